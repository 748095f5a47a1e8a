/// Writes a listing as a GitHub-flavoured Markdown table, each cell's text escaped with
/// `Escape.markdown`.
public struct MarkdownListingWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ listing: ClaimListing) -> String {
    var output = "| ID | Kind | Status | Source | Cue | Claim |\n"
    output += "| --- | --- | --- | --- | --- | --- |\n"
    for row in listing.rows {
      let cells = [row.kind.rawValue, row.status, row.sourceSummary, row.cue ?? "", row.text]
      // An id is a slug, so it needs no escape inside its code span.
      output += "| `\(row.id)` | " + cells.map(Escape.markdown).joined(separator: " | ") + " |\n"
    }
    output += "\n\(listing.rows.count) of \(listing.totalRecords) records.\n"
    return output
  }
}
