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
  func streamedJSONMatchesReport() {
    let checker = ClaimChecker(ledger: ledger)
    let report = checker.check(items, evidenceFiles: ["evidence.json"])
    var streamed: [UInt8] = []
    let outcomes = CheckJSONWriter().write(checker.run(items, evidenceFiles: ["evidence.json"])) {
      streamed += $0
    }
    #expect(String(decoding: streamed, as: UTF8.self) == CheckJSONWriter().write(report))
    #expect(outcomes == report.results.map(\.outcome))
    #expect(outcomes.contains { $0.overall == .disputed })
    #expect(outcomes.contains { $0.overall == .verified })
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
