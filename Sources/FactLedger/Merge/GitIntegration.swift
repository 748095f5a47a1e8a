import Foundation

/// Sets a repository up for a ledger (`factledger install-git`): the merge driver for claim
/// files, declared in `.gitattributes` and configured in the repository's git config, and,
/// when asked, a `pre-commit` hook that lints the staged articles.
public struct GitIntegration: Sendable {
  /// The ledger's folder.
  public var ledger: String
  /// The command git runs for factledger (an absolute path, or a name on `PATH`).
  public var command: String

  /// The name of the merge driver in `.gitattributes` and the git config.
  public static let driverName = "factledger"
  /// The first line of a hook this tool wrote, so it is replaced but a foreign one is not.
  static let hookMarker = "# installed by factledger install-git"

  /// Creates the set-up of the ledger at `ledger`, run as `command`.
  public init(ledger: String, command: String) {
    self.ledger = ledger
    self.command = command
  }

  /// What was done, one line each.
  public typealias Report = [String]

  /// Declares the merge driver for the ledger's claim files and configures it.
  ///
  /// - Throws: `GitError` outside a repository or when git fails; `GitIntegrationError`
  ///   when `.gitattributes` cannot be written.
  public func installMergeDriver() throws(GitIntegrationError) -> Report {
    let git = Git(directory: ledger)
    let prefix: String
    let top: String
    do {
      prefix = try git.prefix()
      top = try git.run(["rev-parse", "--show-toplevel"]).text
    } catch {
      throw .git(error)
    }
    let pattern =
      Self.attributesPattern(Self.globEscaped(prefix) + "articles/*/claims/*.json")
      + " merge=\(Self.driverName)"
    var report: Report = []
    if try Self.append([pattern], to: joinPath(top, ".gitattributes")).isEmpty {
      report.append("'.gitattributes' already routes claim files to the driver")
    } else {
      report.append("added to '.gitattributes': \(pattern)")
    }
    // The writers' lock and journal are the working copy's, never a commit's. A .gitignore
    // that cannot be added to is said, and the set-up goes on: the driver works without it.
    do throws(GitIntegrationError) {
      let ignored = try Self.append(Self.ignoredNames, to: joinPath(top, ".gitignore"))
      if !ignored.isEmpty {
        report.append("added to '.gitignore': \(ignored.joined(separator: ", "))")
      }
    } catch {
      report.append("left '.gitignore' as it is: \(error.message)")
    }
    let driver = "\(Self.quoted(command)) merge-driver %O %A %B %P"
    for (key, value) in [
      ("merge.\(Self.driverName).name", "factledger: claim files, review trails merged"),
      ("merge.\(Self.driverName).driver", driver),
    ] {
      let outcome: Git.Outcome
      do {
        outcome = try git.run(["config", "--local", key, value])
      } catch {
        throw .git(error)
      }
      guard outcome.status == 0 else {
        throw .git(.failed(command: "git config \(key)", message: outcome.errors))
      }
      report.append("git config \(key) \"\(value)\"")
    }
    return report
  }

  /// The baseline the hook lints against when the ledger has one, as the CI gate does.
  public static let baselineName = "lint-baseline.json"

  /// Installs a `pre-commit` hook that runs `lint --staged` on the ledger (against its baseline
  /// when it has one); replaces one this tool wrote, refuses another unless `replacing`.
  public func installHook(replacing: Bool = false) throws(GitIntegrationError) -> Report {
    let git = Git(directory: ledger)
    let hook: String
    let prefix: String
    do {
      prefix = try git.prefix()
      let path = try git.run(["rev-parse", "--git-path", "hooks/pre-commit"]).text
      hook = path.hasPrefix("/") ? path : joinPath(ledger, path)
    } catch {
      throw .git(error)
    }
    if let existing = try? String(contentsOfFile: hook, encoding: .utf8),
      !existing.contains(Self.hookMarker), !replacing
    {
      throw .foreignHook(path: hook)
    }
    // The ledger is found from the top of the working tree the commit is made in, not from
    // this one's: every `git worktree` of the repository shares the hook.
    let inTop = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
    let ledgerPath = inTop.isEmpty ? "\"$top\"" : "\"$top\"/" + Self.quoted(inTop)
    // With the ledger's baseline, as its CI gate runs: without it, a ledger that adopted the
    // gate with a baseline could commit nothing.
    let script = """
      #!/bin/sh
      \(Self.hookMarker)
      # Lints the articles whose files are staged; a new finding stops the commit. Findings in
      # the ledger's baseline (\(Self.baselineName)), when it has one, are let off.
      top=$(git rev-parse --show-toplevel) || exit 1
      ledger=\(ledgerPath)
      if [ -f "$ledger/\(Self.baselineName)" ]; then
        exec \(Self.quoted(command)) lint --staged --ledger "$ledger" --baseline "$ledger/\(Self.baselineName)"
      fi
      exec \(Self.quoted(command)) lint --staged --ledger "$ledger"

      """
    do {
      try FileManager.default.createDirectory(
        atPath: parentFolder(of: hook), withIntermediateDirectories: true)
      try AtomicFile.write(script, to: hook)
    } catch let error as AtomicFile.Failure {
      throw .cannotWrite(path: hook, reason: error.reason)
    } catch {
      throw .cannotWrite(path: hook, reason: "\(error)")
    }
    chmod(hook, 0o755)
    return ["installed the pre-commit hook '\(hook)': lint --staged"]
  }

  /// The files a writer leaves in the ledger's folder for other writers, which git should not
  /// offer to commit.
  static let ignoredNames = [".factledger.lock", ".factledger.journal"]

  /// Appends each of `lines` the file at `path` lacks (making it when missing).
  ///
  /// - Returns: The lines appended.
  ///
  /// The file is followed through a symbolic link and kept byte for byte: one that cannot be
  /// read, or is not UTF-8 text, is left alone and the lines are asked for by hand.
  private static func append(_ lines: [String], to link: String) throws(GitIntegrationError)
    -> [String]
  {
    let path = URL(fileURLWithPath: link).resolvingSymlinksInPath().path
    var existing = ""
    if FileManager.default.fileExists(atPath: path) {
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(validating: [UInt8](data), as: UTF8.self)
      else {
        throw .cannotWrite(
          path: link,
          reason:
            "it cannot be read as UTF-8 text, so it is left as it is; add these lines to it by hand: \(lines.joined(separator: " | "))"
        )
      }
      existing = text
    }
    // Lines as git reads them: a carriage return before the line feed is not part of one.
    let present = Set(
      existing.unicodeScalars.split(separator: "\n").map { line in
        String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
      })
    let missing = lines.filter { !present.contains($0) }
    guard !missing.isEmpty else { return [] }
    let lineEnd = existing.contains("\r\n") ? "\r\n" : "\n"
    let text =
      existing + (existing.isEmpty || existing.unicodeScalars.last == "\n" ? "" : lineEnd)
      + missing.map { $0 + lineEnd }.joined()
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw .cannotWrite(path: link, reason: error.reason)
    }
    return missing
  }

  /// `path` with the characters a git pattern reads as wildcards escaped with a backslash, and
  /// a first `#` (a comment) or `!` (a negated pattern) too.
  static func globEscaped(_ path: String) -> String {
    var escaped = ""
    for character in path {
      if "\\*?[".contains(character) || (escaped.isEmpty && "#!".contains(character)) {
        escaped.append("\\")
      }
      escaped.append(character)
    }
    return escaped
  }

  /// A `.gitattributes` pattern, in double quotes (C style, as git reads them) when it holds
  /// white space, a quote or a character outside printable ASCII, which would otherwise end
  /// the pattern or make it unreadable.
  static func attributesPattern(_ pattern: String) -> String {
    let plain = pattern.unicodeScalars.allSatisfy {
      $0.value > 0x20 && $0.value < 0x7F && $0 != "\""
    }
    guard !plain else { return pattern }
    var quoted = "\""
    for byte in pattern.utf8 {
      switch byte {
      case UInt8(ascii: "\""): quoted += "\\\""
      case UInt8(ascii: "\\"): quoted += "\\\\"
      case 0x09: quoted += "\\t"
      case 0x0A: quoted += "\\n"
      case 0x20..<0x7F: quoted.unicodeScalars.append(Unicode.Scalar(byte))
      default: quoted += "\\" + String(byte, radix: 8).leftPadded(to: 3)
      }
    }
    return quoted + "\""
  }

  /// `text` quoted for a POSIX shell when it needs it.
  static func quoted(_ text: String) -> String {
    let plain = text.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || "0123456789/._-+:@%".unicodeScalars.contains($0))
    }
    return plain && !text.isEmpty
      ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// Why `install-git` did not finish.
public enum GitIntegrationError: Error, Sendable, Equatable {
  /// git failed, or the ledger is in no repository.
  case git(GitError)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// A `pre-commit` hook this tool did not write is there.
  case foreignHook(path: String)

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .git(let error): error.message
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
    case .foreignHook(let path):
      "'\(path)' is a pre-commit hook factledger did not write; add '--replace-hook' to replace it, or call 'factledger lint --staged' from it"
    }
  }
}

extension String {
  /// The string with zeros in front up to `width` characters (octal escapes).
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
