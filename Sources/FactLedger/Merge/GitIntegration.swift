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
    let pattern = "\(prefix)articles/*/claims/*.json merge=\(Self.driverName)"
    let attributes = joinPath(top, ".gitattributes")
    let existing = (try? String(contentsOfFile: attributes, encoding: .utf8)) ?? ""
    var report: Report = []
    if existing.split(separator: "\n").contains(where: { $0 == pattern }) {
      report.append("'.gitattributes' already routes claim files to the driver")
    } else {
      let text =
        existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + pattern + "\n"
      do {
        try AtomicFile.write(text, to: attributes)
      } catch {
        throw .cannotWrite(path: attributes, reason: error.reason)
      }
      report.append("added to '.gitattributes': \(pattern)")
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
    do {
      _ = try git.prefix()
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
    let ledgerPath = URL(fileURLWithPath: ledger).standardizedFileURL.path
    let baseline = joinPath(ledgerPath, Self.baselineName)
    // With the ledger's baseline, as its CI gate runs: without it, a ledger that adopted the
    // gate with a baseline could commit nothing.
    let script = """
      #!/bin/sh
      \(Self.hookMarker)
      # Lints the articles whose files are staged; a new finding stops the commit. Findings in
      # the ledger's baseline (\(Self.baselineName)), when it has one, are let off.
      if [ -f \(Self.quoted(baseline)) ]; then
        exec \(Self.quoted(command)) lint --staged --ledger \(Self.quoted(ledgerPath)) --baseline \(Self.quoted(baseline))
      fi
      exec \(Self.quoted(command)) lint --staged --ledger \(Self.quoted(ledgerPath))

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
