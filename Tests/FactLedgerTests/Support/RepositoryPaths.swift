import Foundation

/// Paths of the repository and of the shared conformance suites, found from this file.
enum RepositoryPaths {
  /// The package root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The shipped ledger.
  static let ledger = root.appendingPathComponent("Ledger").path

  /// The schemas.
  static let schemas = root.appendingPathComponent("Schemas")

  /// `../shared/conformance/<suite>` beside the repository, when it exists (a user's clone has
  /// none, and the tests that need it are skipped, saying so).
  static func conformance(_ suite: String) -> URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/conformance/\(suite)")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}

/// A folder in the temporary directory, removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "factledger-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  var path: String { url.path }

  /// Writes `text` at `relativePath`, creating folders on the way.
  func write(_ text: String, to relativePath: String) throws {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// Copies the shipped ledger into `name` and returns its path.
  func copyOfShippedLedger(named name: String = "Ledger") throws -> String {
    let destination = url.appendingPathComponent(name)
    try FileManager.default.copyItem(atPath: RepositoryPaths.ledger, toPath: destination.path)
    return destination.path
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}
