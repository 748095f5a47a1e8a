import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Loading a ledger")
struct LedgerLoaderTests {
  @Test("a valid ledger loads with its policy, sources, article text and records")
  func valid() throws {
    let fixture = try LedgerFixture()
    let ledger = try LedgerLoader().load(at: fixture.root)
    #expect(ledger.policy.sourcedKinds == [.event, .quote])
    #expect(ledger.policy.severity(of: .vagueAttribution) == .warning)
    #expect(ledger.sources.source(withID: "tass")?.kind == .newsAgency)
    #expect(ledger.articles.map(\.text) == [LedgerFixture.articleText])
    #expect(ledger.claims.map(\.claim.id) == ["drill-began"])
    #expect(ledger.warnings.isEmpty)
  }

  @Test(
    "a syntax error, a wrong type and an unknown outlet in three files are all reported, each at its line and column"
  )
  func everyProblemOfEveryFile() throws {
    let fixture = try LedgerFixture(claims: [
      "syntax": "{\n  \"id\": \"syntax\",\n  \"kind\" \"event\"\n}",
      "wrong-type": LedgerFixture.claim(id: "wrong-type").replacingOccurrences(
        of: "\"text\": \"The drill began.\"", with: "\"text\": [1]"),
      "unknown-outlet": LedgerFixture.claim(id: "unknown-outlet", outlet: "tass2"),
    ])
    #expect(
      fixture.loadFailure() == [
        "articles/a1/claims/syntax.json:3:10: error: unexpected '\"', expected ':' [json-syntax]",
        "articles/a1/claims/unknown-outlet.json:7:49: error: unknown source 'tass2': add it to sources.json or fix the id [unknown-source]",
        "articles/a1/claims/wrong-type.json:5:11: error: /text: expected string, not array [schema-violation]",
      ])
  }

  @Test("records stay with their own article when an article before them cannot be read")
  func articlesAroundAnUnreadableOne() throws {
    let claim = { (article: String, id: String) in
      LedgerFixture.claim(id: id).replacingOccurrences(
        of: #""article": "a1""#, with: #""article": "\#(article)""#)
    }
    let fixture = try LedgerFixture(claims: [
      "a1-first": claim("a1", "a1-first"), "a1-second": claim("a1", "a1-second"),
    ])
    for article in ["a2", "a3"] {
      let folder = "Ledger/articles/\(article)"
      try fixture.folder.write(LedgerFixture.articleText, to: "\(folder)/article.txt")
      try fixture.folder.write(
        """
        {"id": "\(article)", "title": "A drill", "published": "2020-05-27", "language": "en",
         "textFile": "article.txt", "sha256": "\(SHA256.hexDigest(of: LedgerFixture.articleText.utf8))"}
        """, to: "\(folder)/article.json")
      for id in ["\(article)-first", "\(article)-second", "\(article)-third"] {
        try fixture.folder.write(claim(article, id), to: "\(folder)/claims/\(id).json")
      }
    }
    // The middle article's text is gone: it is refused, and its three records are not read.
    try FileManager.default.removeItem(atPath: fixture.root + "/articles/a2/article.txt")

    let (ledger, diagnostics) = try LedgerLoader().loadLeniently(at: fixture.root)
    #expect(ledger?.articles.map(\.article.id) == ["a1", "a3"])
    #expect(
      ledger?.articles.map { $0.claims.map(\.id) } == [
        ["a1-first", "a1-second"], ["a3-first", "a3-second", "a3-third"],
      ])
    #expect(!diagnostics.isEmpty)
    #expect(diagnostics.allSatisfy { $0.path.contains("/articles/a2/") }, "\(diagnostics)")
  }

  @Test("a record whose id differs from its file name, or repeats another's id, is refused")
  func idRules() throws {
    let fixture = try LedgerFixture(claims: [
      "first": LedgerFixture.claim(id: "first"),
      "second": LedgerFixture.claim(id: "first"),
    ])
    #expect(
      fixture.loadFailure() == [
        "articles/a1/claims/second.json:2:9: error: claim id 'first' does not match its file name; name the file 'first.json' [ledger-layout]",
        "articles/a1/claims/second.json:2:9: error: duplicate id 'first' (also in articles/a1/claims/first.json) [duplicate-id]",
      ])
  }

  @Test("missing policy and sources files are named")
  func missingFiles() throws {
    let fixture = try LedgerFixture()
    try FileManager.default.removeItem(atPath: fixture.root + "/sources.json")
    try FileManager.default.removeItem(atPath: fixture.root + "/factledger.json")
    #expect(
      fixture.loadFailure() == [
        "factledger.json:1:1: error: missing file [ledger-layout]",
        "sources.json:1:1: error: missing file [ledger-layout]",
      ])
  }

  @Test("a policy with an unknown rule or severity is refused at the offending key")
  func badPolicy() throws {
    let fixture = try LedgerFixture()
    try fixture.folder.write(
      #"{"version": 1, "sourcedKinds": ["event", "headline"], "rules": {"no-such-rule": "error", "anchor-drift": "loud"}}"#,
      to: "Ledger/factledger.json")
    #expect(
      fixture.loadFailure() == [
        "factledger.json:1:42: error: /sourcedKinds/1: \"headline\" is not one of \"event\", \"statistic\", \"quote\", \"statement\", \"credential\", \"analysis\", \"opinion\", \"prediction\" [schema-violation]",
        "factledger.json:1:65: error: /rules: \"no-such-rule\" is not one of \"unsourced-claim\", \"vague-attribution\", \"schema-violation\", \"anchor-drift\", \"uncovered-sentence\", \"unknown-source\", \"duplicate-id\", \"article-changed\", … [schema-violation]",
        "factledger.json:1:106: error: /rules/anchor-drift: \"loud\" is not one of \"error\", \"warning\", \"off\" [schema-violation]",
      ])
  }

  @Test("a path that does not exist, or is a file, gets a clear error")
  func notALedger() throws {
    #expect(throws: LedgerError.notFound(path: "/no/such/ledger")) {
      try LedgerLoader().load(at: "/no/such/ledger")
    }
    let fixture = try LedgerFixture()
    let file = fixture.root + "/sources.json"
    #expect(throws: LedgerError.notADirectory(path: file)) { try LedgerLoader().load(at: file) }
  }

  @Test("an article folder that is not a slug is refused before it is read")
  func badFolderName() throws {
    let fixture = try LedgerFixture()
    try fixture.folder.write("{}", to: "Ledger/articles/Bad Name/article.json")
    #expect(
      fixture.loadFailure() == [
        "articles/Bad Name:1:1: error: article folder 'Bad Name' is not a lowercase slug ([a-z0-9][a-z0-9-]*) [ledger-layout]"
      ])
  }

  @Test(
    "an article of more claim files than one task reads: every record once, in order, a link inside followed, each problem at its file"
  )
  func manyClaimFilesOfOneArticle() throws {
    let ids = (0..<40).map { "c" + String($0 + 100).dropFirst() }
    var claims = Dictionary(uniqueKeysWithValues: ids.map { ($0, LedgerFixture.claim(id: $0)) })
    claims["c20"] = "{\n  \"id\": \"c20\",\n  \"kind\" \"event\"\n}"
    claims["c33"] = nil
    claims["c35"] = nil
    let fixture = try LedgerFixture(claims: claims)
    try fixture.folder.write(LedgerFixture.claim(id: "c33"), to: "Ledger/kept/c33.json")
    try fixture.folder.write(LedgerFixture.claim(id: "c35"), to: "outside/c35.json")
    let folder = fixture.root + "/articles/a1/claims"
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/c33.json", withDestinationPath: "../../../kept/c33.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/c35.json", withDestinationPath: fixture.folder.path + "/outside/c35.json")

    let (ledger, diagnostics) = try LedgerLoader().loadLeniently(at: fixture.root)
    #expect(ledger?.claims.map(\.id) == ids.filter { $0 != "c20" && $0 != "c35" })
    #expect(ledger?.claims.first { $0.id == "c33" }?.path == folder + "/c33.json")
    #expect(
      diagnostics.map { $0.description.replacingOccurrences(of: fixture.root + "/", with: "") } == [
        "articles/a1/claims/c20.json:3:10: error: unexpected '\"', expected ':' [json-syntax]",
        "articles/a1/claims/c35.json:1:1: error: a symbolic link leads outside the ledger; it is not followed (--follow-links allows it) [outside-ledger]",
      ])
  }
}
