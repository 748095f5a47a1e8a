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

  @Test(
    "the slash is added where the folder's last character is no slash, as hasSuffix reads it",
    arguments: [
      "", "/", "//", "a", "é/", "dir/\u{301}", "a\u{600}/", "\u{600}/", "Ledger/articles",
    ])
  func lastCharacter(folder: String) {
    let byCharacters = folder.hasSuffix("/") ? folder + "x.json" : folder + "/" + "x.json"
    #expect(joinPath(folder, "x.json") == byCharacters)
    #expect(joinPath(folder, "x.json").utf8.elementsEqual(byCharacters.utf8))
  }
}
