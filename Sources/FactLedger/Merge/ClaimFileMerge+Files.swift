import Foundation

extension ClaimFileMerge {
  /// How `factledger merge-driver` ended.
  public enum DriverResult: Sendable, Equatable {
    /// Merged; the result is in the `ours` file.
    case merged
    /// Not mergeable review by review: `ours` holds both versions with conflict markers.
    case conflict(reason: String)
  }

  /// Does what git's `merge.<driver>.driver` asks of `%O %A %B`: merges the three files and
  /// writes the result into `oursPath`; on a conflict, writes git's line merge with both
  /// versions marked (or, when the lines merge cleanly although the record does not, the two
  /// whole versions between markers), so nothing that cannot be merged passes silently.
  ///
  /// - Throws: `BoundedFile.Failure` when a file cannot be read; `ours` is untouched then.
  public static func runDriver(
    base basePath: String, ours oursPath: String, theirs theirsPath: String
  ) throws(BoundedFile.Failure) -> DriverResult {
    let limit = InputLimits.default.maxFileBytes
    let base = try BoundedFile.read(basePath, limit: limit)
    let ours = try BoundedFile.read(oursPath, limit: limit)
    let theirs = try BoundedFile.read(theirsPath, limit: limit)
    switch merge(base: base, ours: ours, theirs: theirs) {
    case .merged(let text):
      try write(text, to: oursPath)
      return .merged
    case .conflict(let reason):
      let lineMerge = try? Git(directory: FileManager.default.currentDirectoryPath).run([
        "merge-file", "-p", "--diff3", "-L", "ours", "-L", "base", "-L", "theirs", oursPath,
        basePath, theirsPath,
      ])
      let marked: String
      if let lineMerge, lineMerge.status > 0 {
        marked = String(decoding: lineMerge.output, as: UTF8.self)
      } else {
        marked =
          "<<<<<<< ours\n\(String(decoding: ours, as: UTF8.self))"
          + "=======\n\(String(decoding: theirs, as: UTF8.self))>>>>>>> theirs\n"
      }
      try write(marked, to: oursPath)
      return .conflict(reason: reason)
    }
  }

  private static func write(_ text: String, to path: String) throws(BoundedFile.Failure) {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
  }
}
