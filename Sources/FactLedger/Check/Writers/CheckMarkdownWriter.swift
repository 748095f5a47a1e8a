/// Writes a check report as Markdown: a section per status, a table of claims, then the
/// details of each claim that is not verified.
public struct CheckMarkdownWriter: CheckReportWriter {
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
          "`\(result.id)`: \(result.text)", result.kind.rawValue, result.attribution.rawValue,
          result.content.rawValue, result.reasons.map(\.rawValue).joined(separator: ", "),
          result.evidence.joined(separator: ", "),
        ]
        output += "| " + cells.map(MarkdownListingWriter.escape).joined(separator: " | ") + " |\n"
      }
      output += "\n"
      for result in results where result.overall != .verified {
        output += "### `\(result.id)`\n\n"
        for assertion in result.assertions {
          output +=
            "- **\(assertion.field.rawValue)** \(MarkdownListingWriter.escape(assertion.value)): \(assertion.state.rawValue)\n"
          for detail in assertion.details {
            output += "  - \(MarkdownListingWriter.escape(detail))\n"
          }
        }
        for note in result.notes { output += "- \(MarkdownListingWriter.escape(note))\n" }
        output += "\n"
      }
    }
    return output + report.summary + "\n"
  }
}
