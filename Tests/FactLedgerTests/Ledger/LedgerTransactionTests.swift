import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A write of several files names each file once: two changes of one file, however named,
/// would leave which content won to the order of the renames.
@Suite("Ledger transactions")
struct LedgerTransactionTests {
  @Test(
    "two changes naming one file (by its name, or through a link inside the ledger) are refused, nothing written",
    arguments: ["a.json", "link.json"])
  func oneFileTwice(secondName: String) throws {
    let folder = try TemporaryFolder()
    try folder.write("[1]\n", to: "Ledger/a.json")
    try folder.write("[2]\n", to: "Ledger/b.json")
    let root = folder.path + "/Ledger"
    try FileManager.default.createSymbolicLink(
      atPath: root + "/link.json", withDestinationPath: "a.json")
    let transaction = LedgerTransaction(files: LedgerFiles(root: root))
    let changes = [
      LedgerTransaction.Change(path: root + "/b.json", text: "[3]\n"),
      LedgerTransaction.Change(path: root + "/a.json", text: "[4]\n"),
      LedgerTransaction.Change(path: root + "/" + secondName, text: "[5]\n"),
    ]
    #expect(
      throws: LedgerWriteError.cannotWrite(
        path: root + "/" + secondName, reason: "two changes of one write name this file")
    ) { try transaction.commit(changes) }
    #expect(try String(contentsOfFile: root + "/a.json", encoding: .utf8) == "[1]\n")
    #expect(try String(contentsOfFile: root + "/b.json", encoding: .utf8) == "[2]\n")
    let left = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    #expect(left == ["a.json", "b.json", "link.json"])
  }

  @Test("a write of many files names each once and writes them all")
  func manyFiles() throws {
    let folder = try TemporaryFolder()
    try folder.write("{}\n", to: "Ledger/keep.json")
    let root = folder.path + "/Ledger"
    let changes = (0..<500).map {
      LedgerTransaction.Change(path: root + "/c\($0).json", text: "[\($0)]\n", isNew: true)
    }
    try LedgerTransaction(files: LedgerFiles(root: root)).commit(changes)
    for index in [0, 250, 499] {
      #expect(
        try String(contentsOfFile: root + "/c\(index).json", encoding: .utf8) == "[\(index)]\n")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).count == 501)
  }
}
