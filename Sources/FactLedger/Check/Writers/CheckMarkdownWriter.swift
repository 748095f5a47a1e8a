/// Writes a check report as Markdown: a section per status, a table of claims, then the
/// details of each claim that is not verified. Text from the ledger and the evidence goes
/// through `Escape.markdown`.
public struct CheckMarkdownWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: CheckReport) -> String {
    var output = "# Fact-check report\n\n"
    for (status, results) in report.groups {
      output += "## \(status.rawValue.capitalized) (\(results.count))\n\n"
      output += "| Claim | Kind | Attribution | Content | Reasons | Evidence |\n"
      output += "| --- | --- | --- | --- | --- | --- |\n"
      for result in results {
        let cells = [
          result.kind.rawValue, result.attribution.rawValue, result.content.rawValue,
          result.reasons.map(\.rawValue).joined(separator: ", "),
          result.evidence.joined(separator: ", "),
        ]
        // An id is a slug, so it needs no escape inside its code span.
        output +=
          "| `\(result.id)`: \(Escape.markdown(result.text)) | "
          + cells.map(Escape.markdown).joined(separator: " | ") + " |\n"
      }
      output += "\n"
      for result in results where result.overall != .verified {
        output += "### `\(result.id)`\n\n"
        for assertion in result.assertions {
          output +=
            "- **\(assertion.field.rawValue)** \(Escape.markdown(assertion.value)): \(assertion.state.rawValue)\n"
          for detail in assertion.details { output += "  - \(Escape.markdown(detail))\n" }
        }
        for note in result.notes { output += "- \(Escape.markdown(note))\n" }
        output += "\n"
      }
    }
    return output + report.summary + "\n"
  }
}
