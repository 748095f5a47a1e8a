import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("The ledger's files are resolved inside it, folder by folder")
struct LedgerFilesTests {
  @Test("files of one folder resolve to their real paths, a link among them is still followed")
  func filesOfOneFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write("{}", to: "Ledger/claims/a.json")
    try folder.write("{}", to: "Ledger/claims/b.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/Ledger/claims/c.json", withDestinationPath: "a.json")
    let files = LedgerFiles(root: folder.path + "/Ledger")
    let real = try #require(LedgerFiles.realPath(folder.path + "/Ledger/claims"))
    #expect(try files.resolve(folder.path + "/Ledger/claims/a.json") == real + "/a.json")
    #expect(try files.resolve(folder.path + "/Ledger/claims/b.json") == real + "/b.json")
    #expect(try files.resolve(folder.path + "/Ledger/claims/c.json") == real + "/a.json")
    #expect(try files.resolve(folder.path + "/Ledger/claims/missing.json") == nil)
  }

  @Test("a link out of the ledger is refused, whether it is the file or its folder")
  func linksOut() throws {
    let folder = try TemporaryFolder()
    try folder.write("secret", to: "outside/secret.json")
    try folder.write("{}", to: "Ledger/claims/a.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/Ledger/claims/b.json",
      withDestinationPath: folder.path + "/outside/secret.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/Ledger/linked", withDestinationPath: folder.path + "/outside")
    let files = LedgerFiles(root: folder.path + "/Ledger")
    _ = try files.resolve(folder.path + "/Ledger/claims/a.json")
    #expect(throws: LedgerFiles.Failure.self) {
      try files.read(folder.path + "/Ledger/claims/b.json")
    }
    #expect(throws: LedgerFiles.Failure.self) {
      try files.read(folder.path + "/Ledger/linked/secret.json")
    }
  }

  @Test("a folder made after it was first looked for is found")
  func folderMadeLater() throws {
    let folder = try TemporaryFolder()
    try folder.write("{}", to: "Ledger/factledger.json")
    let files = LedgerFiles(root: folder.path + "/Ledger")
    #expect(try files.resolve(folder.path + "/Ledger/articles/new/article.json") == nil)
    try folder.write("{}", to: "Ledger/articles/new/article.json")
    #expect(try files.read(folder.path + "/Ledger/articles/new/article.json") == Array("{}".utf8))
  }

  @Test(
    "reading: a plain file, a link inside followed, a link out refused or allowed, and each failure named as the ledger names the path"
  )
  func reading() throws {
    let folder = try TemporaryFolder()
    try folder.write("secret", to: "outside/secret.json")
    try folder.write("{\"a\": 1}", to: "Ledger/claims/a.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/Ledger/claims/inside.json", withDestinationPath: "a.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/Ledger/claims/out.json",
      withDestinationPath: folder.path + "/outside/secret.json")
    let claims = folder.path + "/Ledger/claims"
    let files = LedgerFiles(root: folder.path + "/Ledger")
    #expect(try files.read(claims + "/a.json") == Array("{\"a\": 1}".utf8))
    #expect(try files.read(claims + "/inside.json") == Array("{\"a\": 1}".utf8))
    #expect(throws: LedgerFiles.Failure.outsideLedger(path: claims + "/out.json")) {
      try files.read(claims + "/out.json")
    }
    #expect(throws: LedgerFiles.Failure.unreadable(.missing(path: claims + "/none.json"))) {
      try files.read(claims + "/none.json")
    }
    #expect(throws: LedgerFiles.Failure.unreadable(.isAFolder(path: claims))) {
      try files.read(claims)
    }
    let following = LedgerFiles(root: folder.path + "/Ledger", followsLinks: true)
    #expect(try following.read(claims + "/out.json") == Array("secret".utf8))
  }
}
