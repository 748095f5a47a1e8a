import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The checker on the shipped ledger and its example evidence, built from the research notes.
@Suite("Checking the shipped ledger")
struct ShippedCheckTests {
  private let ledger: Ledger

  init() throws {
    ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
  }

  private func report(_ file: String) throws -> CheckReport {
    let path = RepositoryPaths.ledger + "/evidence/" + file
    let items = try EvidenceLoader().load(at: path, claimIDs: Set(ledger.claims.map(\.claim.id)))
    return ClaimChecker(ledger: ledger).check(items)
  }

  @Test("the JSON evidence and its CSV twin give identical reports")
  func jsonAndCSVAgree() throws {
    let fromJSON = try report("crespo-2020-05-27.json")
    let fromCSV = try report("crespo-2020-05-27.csv")
    #expect(fromJSON == fromCSV)
    #expect(!fromJSON.results.isEmpty)
  }

  @Test("what the research found is what the checker reports")
  func findings() throws {
    let results = Dictionary(
      uniqueKeysWithValues: try report("crespo-2020-05-27.json").results.map { ($0.id, $0) })
    // Vostok-2018 ran 11-17 September 2018: "late 2018" does not fit.
    #expect(results["vostok-2018-tsugol"]?.overall == .disputed)
    #expect(results["vostok-2018-tsugol"]?.reasons.contains(.dateMismatch) == true)
    // Sources call Buzhinskiy senior vice president or chairman, not president.
    #expect(results["buzhinskiy-pir-president"]?.reasons.contains(.roleMismatch) == true)
    // The Kochkin quote matches TASS word for word.
    #expect(results["kochkin-joint-design-work"]?.attribution == .confirmed)
    #expect(results["kochkin-joint-design-work"]?.overall == .verified)
    // The naval drill ran 27-30 December 2019: four days, in December.
    #expect(results["trilateral-naval-exercise-december"]?.content == .verified)
    // Nothing was found for Bendett's quote to TNI.
    #expect(results["bendett-russia-selling-weapons"]?.reasons.contains(.noEvidence) == true)
    // A vague source cannot be confirmed.
    #expect(results["russian-experts-growing-partnership"]?.reasons.contains(.vagueSource) == true)
  }
}
