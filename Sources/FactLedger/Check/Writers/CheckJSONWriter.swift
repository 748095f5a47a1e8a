/// Writes a check report as JSON, per `Schemas/check-output.schema.json`.
///
/// The results are made and written a part at a time on all cores (`JSONWriter.stream`), so a
/// report of 100,000 claims is never a tree or a text in memory whole.
public struct CheckJSONWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    streamedText(report)
  }

  public func write(_ report: CheckReport, into emit: ([UInt8]) -> Void) {
    let results = report.results
    let tally = report.counts
    let counts = JSONValue(
      .object(
        CheckReport.OverallStatus.allCases.map {
          JSONMember(key: $0.rawValue, value: .integer(tally[$0, default: 0]))
        }))
    JSONWriter().stream(
      [
        JSONMember(key: "evidenceFiles", value: Self.strings(report.evidenceFiles)),
        JSONMember(key: "results", value: .array([])),
        JSONMember(
          key: "summary",
          value: .object([
            "checked": .integer(results.count), "notChecked": .integer(report.notChecked),
            "counts": counts,
          ])),
      ], streaming: "results",
      as: JSONWriter.StreamedArray(count: results.count) { Self.json(of: results[$0]) },
      into: emit)
  }

  private static func strings(_ values: [String]) -> JSONValue {
    .array(values.map(JSONValue.string))
  }

  /// One claim's result.
  private static func json(of result: CheckReport.ClaimResult) -> JSONValue {
    .object([
      "id": .string(result.id), "kind": .string(result.kind.rawValue),
      "text": .string(result.text),
      "file": .string(result.path), "line": .integer(result.line),
      "attribution": .string(result.attribution.rawValue),
      "content": .string(result.content.rawValue),
      "overall": .string(result.overall.rawValue),
      "reasons": strings(result.reasons.map(\.rawValue)),
      "assertions": .array(
        result.assertions.map { assertion in
          .object([
            "field": .string(assertion.field.rawValue), "value": .string(assertion.value),
            "state": .string(assertion.state.rawValue),
            "supportedBy": strings(assertion.supportedBy),
            "contradictedBy": strings(assertion.contradictedBy),
            "details": strings(assertion.details),
          ])
        }),
      "evidence": strings(result.evidence), "notes": strings(result.notes),
    ])
  }
}
