import Foundation

/// A folder in the temporary directory, removed when the value goes away.
public final class TemporaryFolder {
  /// The folder.
  public let url: URL

  /// Creates an empty folder.
  public init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "factledger-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The folder's path.
  public var path: String { url.path }

  /// Writes `text` at `relativePath`, creating folders on the way.
  public func write(_ text: String, to relativePath: String) throws {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// Copies the shipped ledger here, into `name`, and returns its folder.
  @discardableResult
  public func copyOfShippedLedger(named name: String = "Ledger") throws -> URL {
    let destination = url.appendingPathComponent(name)
    try FileManager.default.copyItem(atPath: RepositoryPaths.ledger, toPath: destination.path)
    return destination
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}
