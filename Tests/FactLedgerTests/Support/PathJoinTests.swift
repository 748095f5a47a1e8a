import TestSupport
import Testing

@testable import FactLedger

@Suite("Joining a folder and a name")
struct PathJoinTests {
  @Test(
    "one slash between folder and name, whether or not the folder ends in one",
    arguments: [
      ("Ledger", "evidence/a.json", "Ledger/evidence/a.json"),
      ("Ledger/", "evidence/a.json", "Ledger/evidence/a.json"),
      ("/", "tmp", "/tmp"),
      (".", "Ledger", "./Ledger"),
    ])
  func join(folder: String, name: String, path: String) {
    #expect(joinPath(folder, name) == path)
  }
}
