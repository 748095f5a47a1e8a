/// Writes a check report as JSON, per `Schemas/check-output.schema.json`.
public struct CheckJSONWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    let strings = { (values: [String]) in JSONValue.array(values.map(JSONValue.string)) }
    let results = report.results.map { result in
      JSONValue.object([
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
    let counts = JSONValue(
      .object(
        CheckReport.OverallStatus.allCases.map {
          JSONMember(key: $0.rawValue, value: .integer(report.counts[$0, default: 0]))
        }))
    return JSONWriter().string(
      for: .object([
        "evidenceFiles": strings(report.evidenceFiles), "results": .array(results),
        "summary": .object([
          "checked": .integer(report.results.count), "notChecked": .integer(report.notChecked),
          "counts": counts,
        ]),
      ]))
  }
}
