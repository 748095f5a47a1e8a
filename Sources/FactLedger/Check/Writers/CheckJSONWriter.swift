import Foundation

/// Writes a check report as JSON, per `Schemas/check-output.schema.json`.
///
/// The results are made and written a part at a time on all cores (`JSONWriter.stream`), so a
/// report of 100,000 claims is never a tree or a text in memory whole; written from a
/// `CheckRun`, the results themselves never are either.
public struct CheckJSONWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    streamedText(report)
  }

  public func write(_ report: CheckReport, into emit: ([UInt8]) -> Void) {
    let results = report.results
    write(
      evidenceFiles: report.evidenceFiles, count: results.count, notChecked: report.notChecked,
      element: { position, indent, output in
        Self.write(results[position], indent: indent, into: &output)
      }, counts: { report.counts }, into: emit)
  }

  /// Writes the results of `run` as they are made, a part at a time on all cores, each result
  /// let go once written: the same text as the report of `run`, without the report in memory.
  ///
  /// - Returns: Each result's outcome, in order.
  public func write(_ run: CheckRun, into emit: ([UInt8]) -> Void) -> [CheckReport.Outcome] {
    let outcomes = OutcomeTable(count: run.count)
    write(
      evidenceFiles: run.evidenceFiles, count: run.count, notChecked: run.notChecked,
      element: { position, indent, output in
        let result = run.result(at: position)
        outcomes.set(CheckReport.Outcome(of: result, for: run.claim(at: position)), at: position)
        Self.write(result, indent: indent, into: &output)
      }, counts: { outcomes.counts }, into: emit)
    return outcomes.all
  }

  /// The document: the evidence files, the `count` results that `element` writes by position
  /// and indent (on any core), and the summary, whose `counts` are asked for once the results
  /// are written.
  private func write(
    evidenceFiles: [String], count: Int, notChecked: Int,
    element: @escaping @Sendable (Int, Int, inout [UInt8]) -> Void,
    counts: () -> [CheckReport.OverallStatus: Int], into emit: ([UInt8]) -> Void
  ) {
    JSONWriter().stream(
      [
        JSONMember(key: "evidenceFiles", value: Self.strings(evidenceFiles)),
        JSONMember(key: "results", value: .array([])),
      ], streaming: "results", as: JSONWriter.StreamedArray(count: count, writing: element),
      then: {
        let tally = counts()
        let counts = JSONValue(
          .object(
            CheckReport.OverallStatus.allCases.map {
              JSONMember(key: $0.rawValue, value: .integer(tally[$0, default: 0]))
            }))
        return [
          JSONMember(
            key: "summary",
            value: .object([
              "checked": .integer(count), "notChecked": .integer(notChecked), "counts": counts,
            ]))
        ]
      },
      into: emit)
  }

  /// The outcomes of results made on any core, each put in its place as it is made.
  private final class OutcomeTable: @unchecked Sendable {
    private let lock = NSLock()
    /// Every slot is set once; until then it holds a blank. Not optionals: handing on the
    /// outcomes unwrapped would copy each of them once more, on one core.
    private var outcomes: [CheckReport.Outcome]

    init(count: Int) {
      let blank = CheckReport.Outcome(id: "", path: "", line: 0, overall: .unverified, reasons: [])
      outcomes = Array(repeating: blank, count: count)
    }

    func set(_ outcome: CheckReport.Outcome, at position: Int) {
      lock.lock()
      outcomes[position] = outcome
      lock.unlock()
    }

    /// Every outcome, in order; read once all are set.
    var all: [CheckReport.Outcome] {
      lock.lock()
      defer { lock.unlock() }
      return outcomes
    }

    /// How many outcomes have each status; read once all are set.
    var counts: [CheckReport.OverallStatus: Int] {
      lock.lock()
      defer { lock.unlock() }
      return CheckReport.counts(outcomes.count) { outcomes[$0].overall }
    }
  }

  private static func strings(_ values: [String]) -> JSONValue {
    .array(values.map(JSONValue.string))
  }

  /// One claim's result, written member by member (no value is made for each result).
  private static func write(
    _ result: CheckReport.ClaimResult, indent: Int, into output: inout [UInt8]
  ) {
    var object = JSONObjectWriter(indent: indent)
    object.add("id", string: result.id, into: &output)
    object.add("kind", string: result.kind.rawValue, into: &output)
    object.add("text", string: result.text, into: &output)
    object.add("file", string: result.path, into: &output)
    object.add("line", integer: result.line, into: &output)
    object.add("attribution", string: result.attribution.rawValue, into: &output)
    object.add("content", string: result.content.rawValue, into: &output)
    object.add("overall", string: result.overall.rawValue, into: &output)
    object.add("reasons", strings: result.reasons.map(\.rawValue), into: &output)
    let assertions = result.assertions
    object.addArray("assertions", count: assertions.count, into: &output) {
      position, indent, output in
      let assertion = assertions[position]
      var member = JSONObjectWriter(indent: indent)
      member.add("field", string: assertion.field.rawValue, into: &output)
      member.add("value", string: assertion.value, into: &output)
      member.add("state", string: assertion.state.rawValue, into: &output)
      member.add("supportedBy", strings: assertion.supportedBy, into: &output)
      member.add("contradictedBy", strings: assertion.contradictedBy, into: &output)
      member.add("details", strings: assertion.details, into: &output)
      member.finish(&output)
    }
    object.add("evidence", strings: result.evidence, into: &output)
    object.add("notes", strings: result.notes, into: &output)
    object.finish(&output)
  }
}
