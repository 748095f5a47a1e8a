import Testing

@testable import FactLedger

/// `lint --format json` hands its findings on in parts made on all cores: the text must be the
/// one document the whole report written at once makes, for any number of findings.
@Suite("Lint output: JSON streamed in parts")
struct LintJSONWriterTests {
  /// The whole report as one JSON tree, written at once: the rendering before streaming.
  private static func wholeDocument(_ report: LintReport) -> String {
    let (errors, warnings, waived) = report.counts
    let baseline = { (count: Int) in report.usesBaseline ? JSONValue.integer(count) : nil }
    return JSONWriter().string(
      for: .object([
        "findings": .array(
          report.findings.map { finding in
            .object([
              "rule": .string(finding.rule.rawValue),
              "severity": .string(finding.severity.rawValue), "file": .string(finding.path),
              "line": .integer(finding.location.line),
              "column": .integer(finding.location.column), "message": .string(finding.message),
              "claim": finding.recordID.map(JSONValue.string) ?? .null,
              "waiver": finding.waiver?.json ?? .null,
            ])
          }),
        "summary": .object([
          "errors": .integer(errors), "warnings": .integer(warnings),
          "waived": .integer(waived), "records": .integer(report.recordCount),
          "baselined": baseline(report.baselined.count),
          "staleBaseline": baseline(report.staleBaseline.count),
        ]),
        "head": report.headHash.map(JSONValue.string) ?? .null,
      ]))
  }

  /// A report of `count` findings: errors and warnings, some waived, some of no record, with
  /// messages that need escaping.
  private static func report(findings count: Int, baseline: Bool, head: String?) -> LintReport {
    let findings = (0..<count).map { index in
      var finding = Finding(
        index % 3 == 0 ? .warning : .error,
        path: "Ledger/articles/a\(index % 7)/claims/c\(index).json",
        at: SourceLocation(line: index % 40 + 1, column: index % 9 + 1),
        "'c\(index)' is a \"quote\" claim with no source:\n\tVladimir Putin said \u{1} — \(index)",
        rule: index % 2 == 0 ? .unsourcedClaim : .vagueAttribution,
        recordID: index % 5 == 0 ? nil : "c\(index)")
      if index % 4 == 0 {
        finding.waiver = Waiver(rule: finding.rule.rawValue, reason: "accepted", by: "Desk")
      }
      return finding
    }
    var report = LintReport(
      findings: findings, inputErrors: [], recordCount: count + 3, headHash: head)
    report.usesBaseline = baseline
    return report
  }

  @Test(
    "the streamed JSON is the whole document, with no findings, fewer than a part, and many parts",
    arguments: [0, 1, 255, 256, 511, 512, 513, 4097, 9000])
  func streamedIsWhole(count: Int) throws {
    for (baseline, head) in [(false, nil), (true, "ab12")] as [(Bool, String?)] {
      let report = Self.report(findings: count, baseline: baseline, head: head)
      var pieces: [[UInt8]] = []
      LintJSONWriter().write(report) { pieces.append($0) }
      let streamed = String(decoding: pieces.joined(), as: UTF8.self)
      #expect(streamed == Self.wholeDocument(report))
      #expect(LintJSONWriter().write(report) == streamed)
      let parsed = try JSONParser().parse(streamed)
      #expect(parsed["findings"]?.arrayValue?.count == count)
    }
  }
}
