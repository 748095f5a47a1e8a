/// Writes a check report for a terminal: claims grouped by status, each with its two axes,
/// reasons, assertions and evidence ids; the summary last. Text from the ledger and the
/// evidence goes through `Escape.terminal`, so each stays on its line.
///
/// The claims' lines are made a part at a time on all cores (`ParallelPieces`) and handed on
/// in order: a report of 100,000 claims is about 64 MB of text, which is never made on one
/// core nor stands whole in memory beside the report.
public struct CheckTextWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    streamedText(report)
  }

  public func write(_ report: CheckReport, into emit: ([UInt8]) -> Void) {
    let results = report.results
    for (status, positions) in report.positionsByStatus {
      emit(Array("\(status.rawValue.uppercased()) (\(positions.count))\n\n".utf8))
      ParallelPieces.write(count: positions.count, into: emit) { index, output in
        var text = ""
        Self.append(results[positions[index]], to: &text)
        output.append(contentsOf: text.utf8)
      }
    }
    emit(Array((report.summary + "\n").utf8))
  }

  /// One claim's lines, and the empty line after them.
  private static func append(_ result: CheckReport.ClaimResult, to output: inout String) {
    output +=
      "\(result.id)  \(result.kind.rawValue)  attribution: \(result.attribution.rawValue)  content: \(result.content.rawValue)\n"
    output += "  \(Escape.terminal(result.path)):\(result.line)\n"
    output += "  claim: \(Escape.terminal(result.text))\n"
    if !result.reasons.isEmpty {
      output += "  reasons: \(result.reasons.map(\.rawValue).joined(separator: ", "))\n"
    }
    for assertion in result.assertions {
      output +=
        "  [\(assertion.state.mark)] \(assertion.field.rawValue): \(Escape.terminal(assertion.value))\n"
      for detail in assertion.details { output += "       \(Escape.terminal(detail))\n" }
    }
    for note in result.notes { output += "  note: \(Escape.terminal(note))\n" }
    let evidence = result.evidence.isEmpty ? "none" : result.evidence.joined(separator: ", ")
    output += "  evidence: \(Escape.terminal(evidence))\n\n"
  }
}
