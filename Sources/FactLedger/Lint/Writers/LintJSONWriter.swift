/// Writes a lint report as JSON, per `Schemas/lint-output.schema.json`; the findings are made
/// and written a part at a time on all cores (`JSONWriter.stream`).
public struct LintJSONWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    streamedText(report)
  }

  public func write(_ report: LintReport, into emit: ([UInt8]) -> Void) {
    let findings = report.findings
    let (errors, warnings, waived) = report.counts
    let baseline = { (count: Int) in report.usesBaseline ? JSONValue.integer(count) : nil }
    JSONWriter().stream(
      [
        JSONMember(key: "findings", value: .array([])),
        // The files that cannot be read, which make the exit status 2.
        JSONMember(key: "inputErrors", value: .array(report.inputErrors.map(Self.json(of:)))),
        JSONMember(
          key: "summary",
          value: .object([
            "errors": .integer(errors), "warnings": .integer(warnings),
            "waived": .integer(waived),
            "records": .integer(report.recordCount),
            "baselined": baseline(report.baselined.count),
            "staleBaseline": baseline(report.staleBaseline.count),
          ])),
        JSONMember(key: "head", value: report.headHash.map(JSONValue.string) ?? .null),
      ], streaming: "findings",
      as: JSONWriter.StreamedArray(count: findings.count) { Self.json(of: findings[$0]) },
      into: emit)
  }

  /// One finding.
  private static func json(of finding: Finding) -> JSONValue {
    .object([
      "rule": .string(finding.rule.rawValue), "severity": .string(finding.severity.rawValue),
      "file": .string(finding.path), "line": .integer(finding.location.line),
      "column": .integer(finding.location.column), "message": .string(finding.message),
      "claim": finding.recordID.map(JSONValue.string) ?? .null,
      "waiver": finding.waiver?.json ?? .null,
    ])
  }
}
