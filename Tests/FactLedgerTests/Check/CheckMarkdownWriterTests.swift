import Testing

@testable import FactLedger

@Suite("check --format markdown, for a pull request")
struct CheckMarkdownWriterTests {
  private func result(
    _ id: String, _ overall: CheckReport.OverallStatus, text: String = "A claim.",
    reasons: [ReasonCode] = []
  ) -> CheckReport.ClaimResult {
    CheckReport.ClaimResult(
      id: id, kind: .event, text: text, path: "Ledger/a/claims/\(id).json", line: 2,
      attribution: overall == .unsourced ? .unsourced : .unconfirmed,
      content: overall == .disputed ? .disputed : .unverified, overall: overall,
      reasons: reasons,
      assertions: [
        CheckReport.AssertionResult(
          field: .period, value: "2019-12",
          state: overall == .disputed ? .contradicted : .uncovered,
          supportedBy: [], contradictedBy: overall == .disputed ? ["ev-1"] : [],
          details: overall == .disputed ? ["ev-1: 2018-09-11 lies outside the period"] : [])
      ], evidence: overall == .disputed ? ["ev-1"] : [], notes: [])
  }

  private func report(_ results: [CheckReport.ClaimResult]) -> CheckReport {
    CheckReport(evidenceFiles: ["evidence/a.json"], results: results, notChecked: 3)
  }

  @Test("counts first, then disputed and unsourced claims in full, the rest folded in <details>")
  func layout() {
    let output = CheckMarkdownWriter().write(
      report([
        result("v1", .verified), result("u1", .unsourced),
        result("d1", .disputed, reasons: [.dateMismatch]),
        result("n1", .unverified),
      ]))
    let counts = output.range(of: "| disputed | 1 |")
    let attention = output.range(of: "## Needs attention: disputed and unsourced (2)")
    let disputed = output.range(of: "### `d1` (event): disputed")
    let unsourced = output.range(of: "### `u1` (event): unsourced")
    let folded = output.range(of: "<details>\n<summary>Unverified (1)</summary>")
    #expect(
      counts != nil && attention != nil && disputed != nil && unsourced != nil && folded != nil)
    if let counts, let attention, let disputed, let unsourced, let folded {
      #expect(counts.lowerBound < attention.lowerBound)
      #expect(disputed.lowerBound < unsourced.lowerBound)
      #expect(unsourced.lowerBound < folded.lowerBound)
    }
    #expect(output.contains("reasons: `date-mismatch`"))
    #expect(output.contains("  - ev-1: 2018-09-11 lies outside the period"))
    #expect(output.contains("<summary>Verified (1)</summary>"))
    #expect(!output.contains("### `v1`"))
    #expect(
      output.hasSuffix(
        "4 claims checked: 1 disputed, 1 unverified, 1 unsourced, 1 verified; 3 records not checked.\n"
      ))
  }

  @Test(
    "a report past the limit is cut at a claim, its <details> closed, with a note of what is left")
  func cut() {
    // 3,000 claims with long texts holding characters beyond the BMP (two UTF-16 units each).
    let long = String(repeating: "word 😀 ", count: 40)
    var results = (0..<1_500).map { result("d\($0)", .disputed, text: long, reasons: [.misquote]) }
    results += (0..<1_500).map { result("v\($0)", .verified, text: long) }
    let output = CheckMarkdownWriter().write(report(results))
    #expect(output.utf16.count <= 65_536)
    #expect(output.hasPrefix("# Fact-check report\n\n| Status | Claims |"))
    #expect(output.contains("| disputed | 1500 |"))
    #expect(
      output.components(separatedBy: "<details>").count
        == output.components(separatedBy: "</details>").count)
    let shown = output.components(separatedBy: "\n### `d").count - 1
    #expect(shown > 0 && shown < 1_500)
    #expect(
      output.hasSuffix(
        "**Cut to fit 65536 characters: \(3_000 - shown) more claims are not shown.** The whole report: `factledger check --format json`.\n"
      ))
  }

  @Test("a cut inside a folded table closes it; a report within the limit is not cut")
  func cutInsideDetails() {
    let results = [result("d1", .disputed)] + (0..<200).map { result("v\($0)", .verified) }
    let whole = CheckMarkdownWriter().write(report(results))
    #expect(!whole.contains("Cut to fit"))
    let limit = whole.utf16.count / 2
    let cut = CheckMarkdownWriter(limit: limit).write(report(results))
    #expect(cut.utf16.count <= limit)
    #expect(cut.contains("<summary>Verified (200)</summary>"))
    #expect(cut.contains("\n</details>\n\n**Cut to fit \(limit) characters: "))
  }
}
