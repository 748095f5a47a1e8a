import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Writing an article: add and update")
struct ArticleRecorderTests {
  static let sourcedLedger = RepositoryPaths.root.appendingPathComponent(
    "Tests/Fixtures/lint/sourced-ledger"
  ).path

  private func ledgerCopy(in folder: TemporaryFolder) throws -> String {
    let root = folder.url.appendingPathComponent("Ledger").path
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: root)
    return root
  }

  private func capture(_ text: String) throws -> ArticleCapture {
    try ArticleCapture(bytes: Array(text.utf8), path: "a.txt")
  }

  @Test("add writes the text, article.json and claims/, and the ledger loads with the article")
  func add() throws {
    let folder = try TemporaryFolder()
    let root = try ledgerCopy(in: folder)
    let metadata = ArticleRecorder.Metadata(
      title: "Navy", published: CalendarDate(iso: "2020-01-03"), language: "en")
    let outcome = try ArticleRecorder(root: root).add(
      try capture("A new article.\n"), id: "navy", metadata: metadata)
    #expect(outcome.article.sha256 == SHA256.hexDigest(of: Array("A new article.\n".utf8)))
    let ledger = try LedgerLoader().load(at: root)
    let article = try #require(ledger.articles.first { $0.article.id == "navy" })
    #expect(article.text == "A new article.\n")
    #expect(article.claims.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: joinPath(root, ".factledger.journal")))
  }

  @Test("add refuses an id that exists, or is not a slug, and writes nothing")
  func refusals() throws {
    let folder = try TemporaryFolder()
    let root = try ledgerCopy(in: folder)
    let recorder = ArticleRecorder(root: root)
    let metadata = ArticleRecorder.Metadata(title: "T", published: CalendarDate(iso: "2020-01-03"))
    #expect(
      throws: ArticleRecordError.articleExists(
        id: "wire-2020-01-02", path: joinPath(root, "articles/wire-2020-01-02"))
    ) {
      try recorder.add(try capture("x\n"), id: "wire-2020-01-02", metadata: metadata)
    }
    #expect(throws: ArticleRecordError.invalidID("..")) {
      try recorder.add(try capture("x\n"), id: "..", metadata: metadata)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: joinPath(root, "articles"))
    #expect(names == ["wire-2020-01-02"])
  }

  @Test("update reports every record whose words are gone, at the anchor's place in its file")
  func wordsGone() throws {
    let folder = try TemporaryFolder()
    let root = try ledgerCopy(in: folder)
    let ledger = try LedgerLoader().load(at: root)
    let before = try String(
      contentsOfFile: joinPath(root, "articles/wire-2020-01-02/article.txt"), encoding: .utf8)
    do {
      _ = try ArticleRecorder(root: root).update(
        try capture("Navies Hold Joint Drill\n"), id: "wire-2020-01-02",
        metadata: ArticleRecorder.Metadata(), in: ledger)
      Issue.record("the update should have been refused")
    } catch let error as ArticleRecordError {
      guard case .wordsGone(let findings) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(findings.map(\.recordID) == ["joint-drill-december", "drill-a-success"])
      #expect(findings.allSatisfy { $0.rule == .anchorDrift && $0.location.line == 7 })
    }
    let after = try String(
      contentsOfFile: joinPath(root, "articles/wire-2020-01-02/article.txt"), encoding: .utf8)
    #expect(after == before)
  }
}
