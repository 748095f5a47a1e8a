import Foundation

extension TemporaryFolder {
  /// Every file under `folder` and its bytes, links read through, the writers' lock aside
  /// (any writer may create it): equal before and after a command that wrote nothing.
  public static func files(under folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let name = walker?.nextObject() as? String {
      guard name != ".factledger.lock" else { continue }
      let path = folder.appendingPathComponent(name).path
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }

  /// Sets the `limits` of the ledger at `ledger` (its `factledger.json`), for instance
  /// `{"maxStringBytes": 40}`.
  public static func setLimits(_ limits: String, of ledger: URL) throws {
    let policy = ledger.appendingPathComponent("factledger.json")
    let text = try String(contentsOf: policy, encoding: .utf8)
    guard text.contains(#""version": 1,"#) else { throw CocoaError(.fileReadCorruptFile) }
    try text.replacingOccurrences(
      of: #""version": 1,"#, with: #""version": 1, "limits": \#(limits),"#
    ).write(to: policy, atomically: true, encoding: .utf8)
  }
}
