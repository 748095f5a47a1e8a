/// Writes a check report for a terminal: claims grouped by status, each with its two axes,
/// reasons, assertions and evidence ids; the summary last.
public struct CheckTextWriter: CheckReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    var output = ""
    for (status, results) in report.groups {
      output += "\(status.rawValue.uppercased()) (\(results.count))\n\n"
      for result in results {
        output +=
          "\(result.id)  \(result.kind.rawValue)  attribution: \(result.attribution.rawValue)  content: \(result.content.rawValue)\n"
        output += "  \(result.path):\(result.line)\n"
        output += "  claim: \(result.text)\n"
        if !result.reasons.isEmpty {
          output += "  reasons: \(result.reasons.map(\.rawValue).joined(separator: ", "))\n"
        }
        for assertion in result.assertions {
          output += "  [\(assertion.state.mark)] \(assertion.field.rawValue): \(assertion.value)\n"
          for detail in assertion.details { output += "       \(detail)\n" }
        }
        for note in result.notes { output += "  note: \(note)\n" }
        output +=
          "  evidence: \(result.evidence.isEmpty ? "none" : result.evidence.joined(separator: ", "))\n\n"
      }
    }
    return output + report.summary + "\n"
  }
}
