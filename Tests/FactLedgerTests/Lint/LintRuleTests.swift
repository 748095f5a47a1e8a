import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// For every rule, a ledger that triggers it and one that does not. Each test starts from a
/// copy of `Tests/Fixtures/lint/sourced-ledger`, which is clean, and breaks one thing.
@Suite("Lint rules")
struct LintRuleTests: SourcedLedgerTest {
  private let folder: TemporaryFolder
  let root: String

  init() throws {
    folder = try TemporaryFolder()
    root = try Self.copyFixture(into: folder)
  }

  @Test("the clean fixture has no finding at all")
  func clean() throws {
    let report = try lint()
    #expect(report.findings.isEmpty)
    #expect(report.inputErrors.isEmpty)
    #expect(report.recordCount == 3)
  }

  @Test("unsourced-claim: a factual claim with no source is an error; an exempt kind is not")
  func unsourced() throws {
    let file = claims + "joint-drill-december.json"
    let original = try String(contentsOfFile: file, encoding: .utf8)
    let unsourced = try #require(original.range(of: "\"attribution\": {"))
    let end = try #require(
      original.range(
        of: "\n  },\n  \"assertions\"", range: unsourced.upperBound..<original.endIndex))
    try
      (original[..<unsourced.lowerBound] + "\"attribution\": {\n    \"type\": \"none\""
      + original[end.lowerBound...])
      .write(toFile: file, atomically: true, encoding: .utf8)
    let report = try lint()
    #expect(rules(report) == [.unsourcedClaim])
    #expect(report.findings[0].severity == .error)
    #expect(report.findings[0].location == SourceLocation(line: 13, column: 18))
    try edit(file) {
      $0.replacingOccurrences(of: "\"kind\": \"event\"", with: "\"kind\": \"analysis\"")
    }
    #expect(try lint().findings.isEmpty)
  }

  @Test("vague-attribution: an unnamed source is a warning, failing only under --strict")
  func vague() throws {
    try edit(claims + "joint-drill-december.json") {
      $0.replacingOccurrences(
        of: "\"type\": \"explicit\",", with: "\"type\": \"explicit\",\n    \"vague\": true,")
    }
    let report = try lint()
    #expect(rules(report) == [.vagueAttribution])
    #expect(report.findings[0].severity == .warning)
    #expect(!report.findings[0].fails(strict: false))
    #expect(report.findings[0].fails(strict: true))
  }

  @Test(
    "schema-violation: a claim that breaks its schema is a finding, and the rest is still linted")
  func schema() throws {
    try edit(claims + "headline.json") {
      $0.replacingOccurrences(of: "\"kind\": \"headline\"", with: "\"kind\": \"rumour\"")
    }
    let report = try lint()
    // The broken record is left out, so its words are uncovered too.
    #expect(Set(rules(report)) == Set([RuleID.schemaViolation, .uncoveredSentence]))
    #expect(report.inputErrors.isEmpty)
  }

  @Test("uncovered-sentence: words no record covers, at their line and column in the article text")
  func uncovered() throws {
    try FileManager.default.removeItem(atPath: claims + "headline.json")
    let report = try lint()
    #expect(rules(report) == [.uncoveredSentence])
    #expect(report.findings[0].path.hasSuffix("article.txt"))
    #expect(report.findings[0].location == SourceLocation(line: 1, column: 1))
    #expect(report.findings[0].message == "no record covers 'Navies Hold Joint Drill'")
  }

  @Test("unknown-source: an outlet sources.json does not register")
  func unknownSource() throws {
    try edit(claims + "joint-drill-december.json") {
      $0.replacingOccurrences(of: "\"outlet\": \"tass\"", with: "\"outlet\": \"tass2\"")
    }
    #expect(rules(try lint()) == [.unknownSource])
  }

  @Test(
    "two sources with one id: an error of sources.json at the second id, which stops lint as it stops every reader"
  )
  func duplicateSourceID() throws {
    try edit(root + "/sources.json") {
      $0.replacingOccurrences(
        of: "\"sources\": [",
        with:
          "\"sources\": [\n    {\"id\": \"tass\", \"name\": \"TASS again\", \"type\": \"outlet\"},")
    }
    let report = try lint()
    #expect(report.findings.isEmpty)
    let error = try #require(
      report.inputErrors.first { $0.message.contains("duplicate source id") })
    #expect(error.path.hasSuffix("sources.json"))
    #expect(
      error.message.hasPrefix("duplicate source id 'tass' (first at 3:12)"), "\(error.message)")
    #expect(
      try FileValidator().validate(fileAt: root + "/sources.json").contains {
        $0.message.hasPrefix("duplicate source id 'tass'")
      })
  }

  @Test("article-changed: the text no longer hashes to article.json's sha256")
  func articleChanged() throws {
    // A blank line at the end: every anchor still holds, only the hash differs.
    try edit(root + "/articles/wire-2020-01-02/article.txt") { $0 + "\n" }
    #expect(rules(try lint()) == [.articleChanged])
  }

  @Test("broken-review-chain: an edited review")
  func brokenChain() throws {
    let ledger = try LedgerLoader().load(at: root)
    _ = try ReviewRecorder(root: root).record(
      [.init(claimIDs: ["headline"], status: .verified, reviewer: "Desk")], in: ledger)
    #expect(try lint().findings.isEmpty)
    try edit(claims + "headline.json") {
      $0.replacingOccurrences(of: "\"reviewer\": \"Desk\"", with: "\"reviewer\": \"Other\"")
    }
    #expect(rules(try lint()) == [.brokenReviewChain])
  }

  @Test("broken-reference: a 'carriedBy' that names no record")
  func brokenReference() throws {
    try edit(claims + "drill-a-success.json") {
      $0.replacingOccurrences(
        of: "\"type\": \"explicit\",",
        with: "\"type\": \"explicit\",\n    \"carriedBy\": \"nowhere\",")
    }
    #expect(rules(try lint()) == [.brokenReference])
  }

  @Test("empty-assertions: a factual claim with nothing to check warns; a non-claim does not")
  func emptyAssertions() throws {
    try edit(claims + "drill-a-success.json") {
      $0.replacingOccurrences(
        of:
          "\"assertions\": [\n    {\n      \"field\": \"quote\",\n      \"value\": \"The drill was a success\"\n    }\n  ],",
        with: "\"assertions\": [],")
    }
    let report = try lint()
    #expect(rules(report) == [.emptyAssertions])
    #expect(report.findings.first?.severity == .warning)
    #expect(report.findings.first?.location == SourceLocation(line: 25, column: 17))
    #expect(
      report.findings.first?.message
        == "'drill-a-success' is a quote claim with no assertions to check")
    // The headline has no assertions either, and is not a claim: no finding for it.
    #expect(report.findings.allSatisfy { $0.recordID == "drill-a-success" })
  }

  @Test("draft-record: a record marked as a draft is an error at its draft field; without it, none")
  func draftRecord() throws {
    #expect(!rules(try lint()).contains(.draftRecord))
    try edit(claims + "drill-a-success.json") {
      $0.replacingOccurrences(
        of: "\"article\": \"wire-2020-01-02\",",
        with: "\"article\": \"wire-2020-01-02\",\n  \"draft\": true,")
    }
    let report = try lint()
    #expect(rules(report) == [.draftRecord])
    #expect(report.findings.first?.severity == .error)
    #expect(report.findings.first?.location == SourceLocation(line: 4, column: 12))
    #expect(
      report.findings.first?.message
        == "'drill-a-success' is a draft: review its kind, attribution and assertions, then delete its 'draft' field"
    )
  }

  @Test("a waiver lets one record off one rule, and the finding is still listed")
  func waiver() throws {
    try FileManager.default.removeItem(atPath: claims + "headline.json")
    try edit(claims + "drill-a-success.json") {
      $0.replacingOccurrences(
        of: "\"type\": \"explicit\",", with: "\"type\": \"explicit\",\n    \"vague\": true,"
      )
      .replacingOccurrences(
        of: "  \"reviews\": []",
        with:
          "  \"waivers\": [\n    {\"rule\": \"vague-attribution\", \"reason\": \"the ministry's spokesperson is unnamed in the source\", \"by\": \"Desk\"}\n  ],\n  \"reviews\": []"
      )
    }
    let report = try lint()
    #expect(report.waived.map(\.rule) == [.vagueAttribution])
    #expect(report.waived.first?.waiver?.by == "Desk")
    #expect(report.active.map(\.rule) == [.uncoveredSentence])
    #expect(
      LintTextWriter().write(report).contains(
        ": note: waived by Desk (the ministry's spokesperson is unnamed in the source): "))
  }

  @Test("a waiver in article.json lets the article off uncovered-sentence and article-changed")
  func articleWaiver() throws {
    try FileManager.default.removeItem(atPath: claims + "headline.json")
    try edit(root + "/articles/wire-2020-01-02/article.txt") { $0 + "\n" }
    try edit(root + "/articles/wire-2020-01-02/article.json") {
      $0.replacingOccurrences(
        of: "\n}",
        with:
          ",\n  \"waivers\": [\n    {\"rule\": \"uncovered-sentence\", \"reason\": \"the headline is the title\", \"by\": \"Desk\"},\n    {\"rule\": \"article-changed\", \"reason\": \"a trailing newline\", \"by\": \"Desk\"}\n  ]\n}"
      )
    }
    let report = try lint()
    #expect(report.inputErrors.isEmpty)
    #expect(report.active.isEmpty)
    #expect(Set(report.waived.map(\.rule)) == [.uncoveredSentence, .articleChanged])
  }

  @Test("a waiver in the wrong file is a schema violation naming where it goes, not ignored")
  func misplacedWaiver() throws {
    try edit(claims + "headline.json") {
      $0.replacingOccurrences(
        of: "  \"reviews\": []",
        with:
          "  \"waivers\": [{\"rule\": \"uncovered-sentence\", \"reason\": \"r\", \"by\": \"Desk\"}],\n  \"reviews\": []"
      )
    }
    let inRecord = try lint().findings.filter { $0.rule == .schemaViolation }.map(\.message)
    #expect(
      inRecord.contains(
        "a waiver of 'uncovered-sentence' goes in the article's article.json, not in a record"))
    try edit(claims + "headline.json") {
      $0.replacingOccurrences(
        of: "\"rule\": \"uncovered-sentence\"", with: "\"rule\": \"vague-attribution\"")
    }
    try edit(root + "/articles/wire-2020-01-02/article.json") {
      $0.replacingOccurrences(
        of: "\n}",
        with:
          ",\n  \"waivers\": [{\"rule\": \"vague-attribution\", \"reason\": \"r\", \"by\": \"Desk\"}]\n}"
      )
    }
    let messages = try lint().findings.filter { $0.rule == .schemaViolation }.map(\.message)
    #expect(
      messages.contains(
        "a waiver of 'vague-attribution' goes in the record it names, not in article.json"))
  }

  @Test("article-changed names the text's full SHA-256, to paste into article.json")
  func articleChangedHash() throws {
    try edit(root + "/articles/wire-2020-01-02/article.txt") { $0 + "\n" }
    let text = try String(
      contentsOfFile: root + "/articles/wire-2020-01-02/article.txt", encoding: .utf8)
    let message = try #require(try lint().findings.first?.message)
    #expect(message.contains("its SHA-256 is \(SHA256.hexDigest(of: text.utf8)),"))
    #expect(!message.contains("…"))
  }

  @Test("--explain says where each rule's waiver goes")
  func waiverPlace() throws {
    let uncovered = try #require(LintRules.rule(.uncoveredSentence)).explanation
    #expect(uncovered.contains("add to the article's article.json"))
    let unsourced = try #require(LintRules.rule(.unsourcedClaim)).explanation
    #expect(unsourced.contains("Waive it for one record: add to the record"))
  }

  @Test("a rule set to 'off' in the policy is not checked")
  func ruleOff() throws {
    try FileManager.default.removeItem(atPath: claims + "headline.json")
    try edit(root + "/factledger.json") {
      $0.replacingOccurrences(
        of: "\"vague-attribution\": \"warning\"",
        with: "\"vague-attribution\": \"warning\",\n    \"uncovered-sentence\": \"off\"")
    }
    #expect(try lint().findings.isEmpty)
  }

  @Test("unreadable input (a JSON syntax error) is an input error, not a finding")
  func inputError() throws {
    try edit(claims + "headline.json") {
      $0.replacingOccurrences(of: "\"kind\": \"headline\",", with: "\"kind\": \"headline\"")
    }
    let report = try lint()
    #expect(report.inputErrors.map(\.rule) == [.jsonSyntax])
  }
}
