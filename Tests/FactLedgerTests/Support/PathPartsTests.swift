import Testing

@testable import FactLedger

/// The folder, name and extension of a path, for every path a user may name: one character
/// (`x`, `.`, `-`, where Foundation's `NSString` methods trapped), trailing slashes, the root.
@Suite("Path parts")
struct PathPartsTests {
  @Test(
    "folder, name and extension of each path",
    arguments: [
      ("x", ".", "x", ""), (".", ".", ".", ""), ("-", ".", "-", ""), ("d/", ".", "d", ""),
      ("/", "/", "/", ""), ("//", "/", "/", ""), ("a/b", "a", "b", ""), ("/a", "/", "a", ""),
      ("a//b", "a", "b", ""), ("./x", ".", "x", ""), ("../x.json", "..", "x.json", "json"),
      ("/l/e/a.b.csv", "/l/e", "a.b.csv", "csv"), (".hidden", ".", ".hidden", ""),
      ("a.", ".", "a.", ""), ("dir.d/file", "dir.d", "file", ""), ("", ".", "", ""),
      ("é/ü.JSONL", "é", "ü.JSONL", "JSONL"),
    ])
  func parts(path: String, folder: String, name: String, ext: String) {
    #expect(parentFolder(of: path) == folder)
    #expect(lastComponent(of: path) == name)
    #expect(fileExtension(of: path) == ext)
  }

  @Test("a file's temporary sibling stays in the file's folder, a bare name's in '.'")
  func temporarySibling() {
    #expect(LedgerTransaction.temporaryPath(for: "x").hasPrefix("./.x."))
    #expect(LedgerTransaction.temporaryPath(for: "/l/a.json").hasPrefix("/l/.a.json."))
  }
}
