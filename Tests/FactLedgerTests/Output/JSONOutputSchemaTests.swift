import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// What `list`, `check` and `lint` write as JSON is what their schemas in `Schemas/` promise,
/// checked here with the built-in validator on the shipped ledger (and in CI with
/// check-jsonschema, an independent one).
@Suite("JSON outputs follow their schemas")
struct JSONOutputSchemaTests {
  private let ledger: Ledger

  init() throws {
    ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
  }

  /// The violations of `output` against the schema of `kind`, as lines.
  private func violations(_ output: String, as kind: SchemaKind) throws -> [String] {
    let json = try JSONParser().parse(output)
    return LedgerSchemas.shared.validate(json, as: kind).map(\.description)
  }

  @Test("list --all --format json", arguments: [true, false])
  func list(all: Bool) throws {
    var filter = ClaimFilter()
    filter.includesUnattributed = all
    let output = ListingFormat.json.writer().write(ClaimListing(ledger, filter: filter))
    #expect(try violations(output, as: .listOutput) == [])
    #expect(output.contains("\"kochkin-joint-design-work\""))
  }

  @Test("check --format json, on the shipped evidence")
  func check() throws {
    let path = RepositoryPaths.ledger + "/evidence/crespo-2020-05-27.json"
    let items = try EvidenceLoader().load(at: path, claimIDs: Set(ledger.claims.map(\.claim.id)))
    let report = ClaimChecker(ledger: ledger).check(items, evidenceFiles: [path])
    let output = CheckFormat.json.writer.write(report)
    #expect(try violations(output, as: .checkOutput) == [])
    #expect(output.contains("\"disputed\""))
  }

  @Test("lint --format json, with findings and with a waiver")
  func lint() throws {
    let report = try Linter().lint(at: RepositoryPaths.ledger)
    #expect(!report.findings.isEmpty)
    var waived = report
    waived.findings[0].waiver = Waiver(
      rule: waived.findings[0].rule.rawValue, reason: "a test", by: "Desk")
    for report in [report, waived] {
      let output = LintFormat.json.writer.write(report)
      #expect(try violations(output, as: .lintOutput) == [])
    }
  }
}
