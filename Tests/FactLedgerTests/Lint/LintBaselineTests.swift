import Testing

@testable import FactLedger

@Suite("Lint baselines")
struct LintBaselineTests {
  private func finding(
    _ record: String, _ message: String, line: Int = 13, rule: RuleID = .unsourcedClaim
  ) -> Finding {
    Finding(
      .error, path: "Ledger/a/claims/\(record).json",
      at: FactLedger.SourceLocation(line: line, column: 18),
      message, rule: rule, recordID: record)
  }

  private func report(_ findings: [Finding]) -> LintReport {
    LintReport(findings: findings, inputErrors: [], recordCount: 3, headHash: nil)
  }

  @Test("a baselined finding is let off, a new one is reported, and one that went away is stale")
  func applies() {
    let old = [finding("c1", "c1 has no source"), finding("c2", "c2 has no source")]
    let baseline = LintBaseline(of: report(old))
    let today = report([finding("c1", "c1 has no source"), finding("c3", "c3 has no source")])
    let applied = baseline.apply(to: today)
    #expect(applied.findings.map(\.recordID) == ["c3"])
    #expect(applied.baselined.map(\.recordID) == ["c1"])
    #expect(applied.staleBaseline.map(\.record) == ["c2"])
    #expect(applied.summary == "1 error, 0 warnings, 0 waived, 1 baselined in 3 records.")
  }

  @Test(
    "a finding whose line moved or whose offsets changed stays baselined; another rule does not")
  func survivesMoves() {
    let baseline = LintBaseline(of: report([finding("c1", "anchor at 10..20 drifted")]))
    let moved = baseline.apply(to: report([finding("c1", "anchor at 31..41 drifted", line: 40)]))
    #expect(moved.findings.isEmpty)
    #expect(moved.staleBaseline.isEmpty)
    let otherRule = baseline.apply(
      to: report([finding("c1", "anchor at 10..20 drifted", rule: .anchorDrift)]))
    #expect(otherRule.findings.count == 1)
    #expect(otherRule.staleBaseline.count == 1)
  }

  @Test("two identical findings need two entries: one entry lets off one of them")
  func countsEachEntryOnce() {
    let same = finding("c1", "c1 has no source")
    let baseline = LintBaseline(of: report([same]))
    let applied = baseline.apply(to: report([same, same]))
    #expect(applied.findings.count == 1)
    #expect(applied.baselined.count == 1)
  }

  @Test("a waived finding is neither written to a baseline nor matched by one")
  func waivedFindings() {
    var waived = finding("c1", "c1 has no source")
    waived.waiver = Waiver(rule: "unsourced-claim", reason: "accepted", by: "Desk")
    #expect(LintBaseline(of: report([waived])).entries.isEmpty)
    let baseline = LintBaseline(of: report([finding("c1", "c1 has no source")]))
    let applied = baseline.apply(to: report([waived]))
    #expect(applied.findings == [waived])
    #expect(applied.staleBaseline.count == 1)
  }

  @Test("a written baseline reads back to the same entries")
  func roundTrip() throws {
    let baseline = LintBaseline(
      of: report([finding("c1", "c1 \"has\" no source\n"), finding("c2", "ünïcode")]))
    let text = JSONWriter().string(for: baseline.json)
    #expect(try LintBaseline.parse(Array(text.utf8), path: "b.json") == baseline)
  }

  @Test("a baseline that is no JSON, or breaks its schema, is refused at its line and column")
  func badFiles() {
    let cases: [(String, RuleID, FactLedger.SourceLocation)] = [
      (
        "{\"version\": 1,\n \"findings\": [}", .jsonSyntax,
        FactLedger.SourceLocation(line: 2, column: 15)
      ),
      (
        "{\"version\": 1, \"findings\": [\n{\"rule\": \"unsourced-claim\", \"record\": null, \"file\": \"f\", \"fingerprint\": \"abc\", \"message\": \"m\"}]}",
        .schemaViolation, FactLedger.SourceLocation(line: 2, column: 73)
      ),
      (
        "{\"version\": 2, \"findings\": []}", .schemaViolation,
        FactLedger.SourceLocation(line: 1, column: 13)
      ),
    ]
    for (text, rule, location) in cases {
      #expect {
        try LintBaseline.parse(Array(text.utf8), path: "b.json")
      } throws: { error in
        guard let failure = error as? LintBaseline.Failure, let first = failure.findings.first
        else { return false }
        return first.rule == rule && first.location == location && first.path == "b.json"
      }
    }
  }
}
