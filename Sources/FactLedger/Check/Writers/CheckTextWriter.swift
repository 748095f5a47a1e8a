/// Writes a check report for a terminal: claims grouped by status, each with its two axes,
/// reasons, assertions and evidence ids; the summary last. Text from the ledger and the
/// evidence goes through `Escape.terminal`, so each stays on its line.
public struct CheckTextWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    var output = ""
    for (status, results) in report.groups {
      output += "\(status.rawValue.uppercased()) (\(results.count))\n\n"
      for result in results {
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
    return output + report.summary + "\n"
  }
}
