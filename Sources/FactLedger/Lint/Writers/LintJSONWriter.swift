/// Writes a lint report as JSON, per `Schemas/lint-output.schema.json`.
public struct LintJSONWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    // Each finding's object on all cores; the counts read the findings in place.
    let findings = report.findings.parallelMap { finding in
      JSONValue.object([
        "rule": .string(finding.rule.rawValue), "severity": .string(finding.severity.rawValue),
        "file": .string(finding.path), "line": .integer(finding.location.line),
        "column": .integer(finding.location.column), "message": .string(finding.message),
        "claim": finding.recordID.map(JSONValue.string) ?? .null,
        "waiver": finding.waiver?.json ?? .null,
      ])
    }
    let (errors, warnings, waived) = report.counts
    let baseline = { (count: Int) in report.usesBaseline ? JSONValue.integer(count) : nil }
    return JSONWriter().string(
      for: .object([
        "findings": .array(findings),
        "summary": .object([
          "errors": .integer(errors), "warnings": .integer(warnings),
          "waived": .integer(waived),
          "records": .integer(report.recordCount),
          "baselined": baseline(report.baselined.count),
          "staleBaseline": baseline(report.staleBaseline.count),
        ]),
        "head": report.headHash.map(JSONValue.string) ?? .null,
      ]))
  }
}
