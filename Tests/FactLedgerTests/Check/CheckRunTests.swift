import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A check written as its results are made says what the whole report says, byte for byte,
/// and tells the caller what each result came to (for `--fail-on`).
@Suite("A check run: results made as they are written")
struct CheckRunTests {
  private let ledger: Ledger
  private let items: [EvidenceItem]

  init() throws {
    ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    items = try EvidenceLoader().load(
      at: RepositoryPaths.ledger + "/evidence/crespo-2020-05-27.json",
      claimIDs: Set(ledger.claims.map(\.id)))
  }

  @Test("the streamed JSON is the JSON of the whole report, and the outcomes are its results'")
  func streamedJSONMatchesReport() throws {
    let checker = ClaimChecker(ledger: ledger)
    let report = checker.check(items, evidenceFiles: ["evidence.json"])
    var streamed: [UInt8] = []
    let outcomes = CheckJSONWriter().write(checker.run(items, evidenceFiles: ["evidence.json"])) {
      streamed += $0
    }
    #expect(String(decoding: streamed, as: UTF8.self) == CheckJSONWriter().write(report))
    #expect(outcomes == report.results.map(\.outcome))
    // What the document says, read back, is the report's: every result in order, and the
    // counts as the report's own results give them.
    let document = try JSONParser().parse(streamed)
    #expect(
      document["results"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
        == report.results.map(\.id))
    #expect(document["summary"]?["checked"]?.intValue == report.results.count)
    for status in CheckReport.OverallStatus.allCases {
      #expect(
        document["summary"]?["counts"]?[status.rawValue]?.intValue
          == report.results.filter { $0.overall == status }.count)
    }
    #expect(outcomes.contains { $0.overall == .disputed })
    #expect(outcomes.contains { $0.overall == .verified })
  }

  @Test("a report of many parts, written on all cores, reads back whole and in order")
  func manyParts() throws {
    var large = ClaimChecker(ledger: ledger).check(items)
    large.results = Array(repeating: large.results, count: 30).flatMap { $0 }
    var pieces: [[UInt8]] = []
    CheckJSONWriter().write(large) { pieces.append($0) }
    #expect(pieces.count > 2)
    let document = try JSONParser().parse(Array(pieces.joined()))
    let results = try #require(document["results"]?.arrayValue)
    #expect(results.compactMap { $0["id"]?.stringValue } == large.results.map(\.id))
    #expect(
      results.compactMap { $0["overall"]?.stringValue } == large.results.map(\.overall.rawValue))
    #expect(document["summary"]?["checked"]?.intValue == large.results.count)
  }

  @Test("a result asked for twice, or out of order, is the same result")
  func resultsAreStable() {
    let run = ClaimChecker(ledger: ledger).run(items)
    let report = run.report()
    #expect(run.count == report.results.count)
    for position in (0..<run.count).reversed() {
      #expect(run.result(at: position) == report.results[position])
    }
  }

  @Test("without evidence every claim that needs a source is still checked, and counted")
  func noEvidence() {
    let run = ClaimChecker(ledger: ledger).run([])
    let report = run.report()
    #expect(run.count > 0)
    #expect(report.results.allSatisfy { $0.reasons.contains(.noEvidence) })
    #expect(run.notChecked + run.count == ledger.claims.count)
  }
}
