import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("A folder of the ledger listed once and held open while its files are read by name")
struct LedgerFilesFolderTests {
  /// A ledger with a `claims/` folder holding a plain file, an empty one, a large one, a folder,
  /// a link inside, a link out, a dangling link and a hidden file; and a file outside it.
  private static func ledger() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("secret", to: "outside/secret.json")
    try folder.write("{\"a\": 1}", to: "Ledger/claims/a.json")
    try folder.write("", to: "Ledger/claims/empty.json")
    try folder.write(String(repeating: "x", count: 200), to: "Ledger/claims/large.json")
    try folder.write("{}", to: "Ledger/claims/.hidden.json")
    try folder.write("{}", to: "Ledger/claims/folder.json/inner.json")
    try folder.write("{\"b\": 2}", to: "Ledger/kept/b.json")
    let claims = folder.path + "/Ledger/claims"
    try FileManager.default.createSymbolicLink(
      atPath: claims + "/inside.json", withDestinationPath: "../kept/b.json")
    try FileManager.default.createSymbolicLink(
      atPath: claims + "/out.json", withDestinationPath: folder.path + "/outside/secret.json")
    try FileManager.default.createSymbolicLink(
      atPath: claims + "/dangling.json", withDestinationPath: "nowhere.json")
    return folder
  }

  private static let names = [
    "a.json", "empty.json", "large.json", "folder.json", "inside.json", "out.json",
    "dangling.json", "missing.json",
  ]

  /// The files of `ledger`, with a limit of 100 bytes a file.
  private static func files(of ledger: TemporaryFolder, followsLinks: Bool = false) -> LedgerFiles {
    var limits = InputLimits.default
    limits.maxFileBytes = 100
    return LedgerFiles(root: ledger.path + "/Ledger", followsLinks: followsLinks, limits: limits)
  }

  /// What reading `name` gives, by its path or in its open folder.
  private static func outcome(_ read: () throws(LedgerFiles.Failure) -> [UInt8]) -> String {
    do { return "bytes " + String(decoding: try read(), as: UTF8.self) } catch {
      return "\(error)"
    }
  }

  @Test(
    "each file read in the open folder gives what reading its path gives: the same bytes or the same failure, named by the same path",
    arguments: [false, true])
  func sameAsByPath(followsLinks: Bool) throws {
    let ledger = try Self.ledger()
    let files = Self.files(of: ledger, followsLinks: followsLinks)
    let claims = ledger.path + "/Ledger/claims"
    let listed = try #require(try files.listFolder(claims))
    // Its files, and paths that are no plain name in it (read by path either way).
    let others = [
      claims + "/folder.json/inner.json", claims + "/.", claims + "/..", claims + "/",
      claims + "//a.json", claims + "/../kept/b.json", ledger.path + "/Ledger/kept/b.json",
      claims + "x/a.json",
    ]
    for path in Self.names.map({ claims + "/" + $0 }) + others {
      let byPath = Self.outcome { () throws(LedgerFiles.Failure) in try files.read(path) }
      let inFolder = files.withOpenFolder(listed.folder) { folder in
        Self.outcome { () throws(LedgerFiles.Failure) in try folder.read(path) }
      }
      #expect(inFolder == byPath, "\(path)")
    }
  }

  @Test(
    "in the open folder: links inside are followed, a link out is refused, each failure says what it is"
  )
  func whatEachFileGives() throws {
    let ledger = try Self.ledger()
    let files = Self.files(of: ledger)
    let claims = ledger.path + "/Ledger/claims"
    let listed = try #require(try files.listFolder(claims))
    try files.withOpenFolder(listed.folder) { (folder) throws in
      let read = { (name: String) throws(LedgerFiles.Failure) in
        try folder.read(claims + "/" + name)
      }
      #expect(try read("a.json") == Array("{\"a\": 1}".utf8))
      #expect(try read("empty.json") == [])
      #expect(try read("inside.json") == Array("{\"b\": 2}".utf8))
      #expect(throws: LedgerFiles.Failure.outsideLedger(path: claims + "/out.json")) {
        try read("out.json")
      }
      #expect(throws: LedgerFiles.Failure.unreadable(.missing(path: claims + "/dangling.json"))) {
        try read("dangling.json")
      }
      #expect(throws: LedgerFiles.Failure.unreadable(.missing(path: claims + "/missing.json"))) {
        try read("missing.json")
      }
      #expect(
        throws: LedgerFiles.Failure.unreadable(.isAFolder(path: claims + "/folder.json"))
      ) {
        try read("folder.json")
      }
      #expect(
        throws: LedgerFiles.Failure.unreadable(
          .tooLarge(path: claims + "/large.json", bytes: 200, limit: 100, setting: .fileBytes))
      ) {
        try read("large.json")
      }
    }
  }

  @Test(
    "names are sorted as String's < sorts them, ASCII or not",
    arguments: [
      ["b.json", "B.json", "a-b.json", "a.b.json", "a.json", "a_b.json", "10.json", "9.json", "~"],
      ["é.json", "e.json", "f.json", "e\u{301}x.json", "Z.json", "a.json"],
    ])
  func sortedNames(names: [String]) throws {
    let folder = try TemporaryFolder()
    for name in names + [".hidden"] { try folder.write("", to: "names/" + name) }
    let listed = try #require(LedgerFiles.names(inFolder: folder.path + "/names"))
    #expect(listed == names.sorted())
  }

  @Test("listing gives the folder's real path and its names, sorted, without hidden ones")
  func listing() throws {
    let ledger = try Self.ledger()
    let files = Self.files(of: ledger)
    let claims = ledger.path + "/Ledger/claims"
    let listed = try #require(try files.listFolder(claims))
    #expect(listed.folder.path == claims)
    #expect(listed.folder.realPath == LedgerFiles.realPath(claims))
    #expect(
      listed.names == [
        "a.json", "dangling.json", "empty.json", "folder.json", "inside.json", "large.json",
        "out.json",
      ])
    #expect(try files.listFolder(ledger.path + "/Ledger/none") == nil)
    try FileManager.default.createSymbolicLink(
      atPath: ledger.path + "/Ledger/linked", withDestinationPath: ledger.path + "/outside")
    #expect(throws: LedgerFiles.Failure.outsideLedger(path: ledger.path + "/Ledger/linked")) {
      try files.listFolder(ledger.path + "/Ledger/linked")
    }
  }

  @Test("a folder removed after it was listed is read path by path: each file is missing")
  func folderRemovedAfterListing() throws {
    let ledger = try Self.ledger()
    let files = Self.files(of: ledger)
    let claims = ledger.path + "/Ledger/claims"
    let listed = try #require(try files.listFolder(claims))
    try FileManager.default.removeItem(atPath: claims)
    _ = files.withOpenFolder(listed.folder) { folder in
      #expect(throws: LedgerFiles.Failure.unreadable(.missing(path: claims + "/a.json"))) {
        try folder.read(claims + "/a.json")
      }
    }
  }

  @Test("a folder replaced by a link out of the ledger after it was listed is not read through")
  func folderReplacedByALinkOut() throws {
    let ledger = try Self.ledger()
    let files = Self.files(of: ledger)
    let claims = ledger.path + "/Ledger/claims"
    let listed = try #require(try files.listFolder(claims))
    try FileManager.default.removeItem(atPath: claims)
    try ledger.write("{\"a\": \"outside\"}", to: "outside/a.json")
    try FileManager.default.createSymbolicLink(
      atPath: claims, withDestinationPath: ledger.path + "/outside")
    _ = files.withOpenFolder(listed.folder) { folder in
      #expect(throws: LedgerFiles.Failure.outsideLedger(path: claims + "/a.json")) {
        try folder.read(claims + "/a.json")
      }
    }
  }
}
