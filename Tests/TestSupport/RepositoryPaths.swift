import Foundation

/// Paths of the repository and of the shared conformance suites, found from this file.
public enum RepositoryPaths {
  /// The package root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped ledger.
  public static let ledger = root.appendingPathComponent("Ledger").path

  /// The schemas.
  public static let schemas = root.appendingPathComponent("Schemas")

  /// `../shared/conformance/<suite>` beside the repository, when it exists (a user's clone has
  /// none, and the tests that need it are skipped, saying so).
  public static func conformance(_ suite: String) -> URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/conformance/\(suite)")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}
