import Foundation

extension ClaimFileMerge {
  /// How `factledger merge-driver` ended.
  public enum DriverResult: Sendable, Equatable {
    /// Merged; the result is in the `ours` file.
    case merged
    /// Not mergeable review by review: `ours` holds both versions with conflict markers.
    case conflict(reason: String)
    /// A version is not text (a NUL byte, bytes that are not UTF-8), which no line merge can
    /// mark: `ours` is left as it was, and git keeps the others in its index.
    case notText(reason: String)
  }

  /// Why `factledger merge-driver` could not merge: one of its three files cannot be read, or
  /// the result cannot be written.
  public struct DriverFailure: Error, Sendable, Equatable {
    /// Which of git's three files.
    public enum Role: String, Sendable, Hashable {
      case base = "the common ancestor's version (%O)"
      case ours = "this branch's version (%A)"
      case theirs = "the other branch's version (%B)"
    }
    /// The file's role.
    public var role: Role
    /// The file, as git named it.
    public var path: String
    /// A lowercase message.
    public var reason: String

    /// "the other branch's version (%B) 'x': missing file".
    public var message: String { "\(role.rawValue) '\(path)': \(reason)" }
  }

  /// Does what git's `merge.<driver>.driver` asks of `%O %A %B`: merges the three files and
  /// writes the result into `oursPath`; on a conflict, writes git's line merge with both
  /// versions marked (or, when the lines merge cleanly although the record does not, the two
  /// whole versions between markers), so nothing that cannot be merged passes silently.
  ///
  /// - Throws: `DriverFailure` when a file cannot be read (`ours` is untouched then) or the
  ///   result cannot be written.
  public static func runDriver(
    base basePath: String, ours oursPath: String, theirs theirsPath: String
  ) throws(DriverFailure) -> DriverResult {
    let base = try read(basePath, as: .base)
    let ours = try read(oursPath, as: .ours)
    let theirs = try read(theirsPath, as: .theirs)
    let paths: [DriverFailure.Role: String] = [
      .base: basePath, .ours: oursPath, .theirs: theirsPath,
    ]
    for (role, bytes) in [(DriverFailure.Role.base, base), (.ours, ours), (.theirs, theirs)] {
      if let problem = textProblem(of: bytes) {
        return .notText(reason: "\(role.rawValue) '\(paths[role] ?? "")' is not text: \(problem)")
      }
    }
    switch merge(base: base, ours: ours, theirs: theirs) {
    case .merged(let text):
      try write(text, to: oursPath)
      return .merged
    case .conflict(let reason):
      let lineMerge = try? Git(directory: FileManager.default.currentDirectoryPath).run([
        "merge-file", "-p", "--diff3", "-L", "ours", "-L", "base", "-L", "theirs", oursPath,
        basePath, theirsPath,
      ])
      // git merge-file exits with the number of conflicts (at most 127), or negative on an
      // error: then its output is no merge.
      let marked: String
      if let lineMerge, (1...127).contains(lineMerge.status) {
        marked = String(decoding: lineMerge.output, as: UTF8.self)
      } else {
        marked =
          "<<<<<<< ours\n\(lineEnded(ours))=======\n\(lineEnded(theirs))>>>>>>> theirs\n"
      }
      try write(marked, to: oursPath)
      return .conflict(reason: reason)
    }
  }

  /// Why `bytes` are not text a line merge can mark, or `nil` when they are.
  private static func textProblem(of bytes: [UInt8]) -> String? {
    if let nul = bytes.firstIndex(of: 0) { return "a NUL byte at offset \(nul)" }
    guard String(validating: bytes, as: UTF8.self) != nil else { return "it is not UTF-8" }
    return nil
  }

  /// The text of `bytes` (valid UTF-8), with a final line break.
  private static func lineEnded(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }

  private static func read(_ path: String, as role: DriverFailure.Role) throws(DriverFailure)
    -> [UInt8]
  {
    do {
      return try BoundedFile.read(path, limit: InputLimits.default.maxFileBytes)
    } catch {
      throw DriverFailure(role: role, path: path, reason: error.message)
    }
  }

  private static func write(_ text: String, to path: String) throws(DriverFailure) {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw DriverFailure(
        role: .ours, path: path, reason: "cannot write the result: \(error.reason)")
    }
  }
}
