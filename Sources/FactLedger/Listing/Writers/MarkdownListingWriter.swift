/// Writes a listing as a GitHub-flavoured Markdown table, each cell's text escaped with
/// `Escape.markdown`.
public struct MarkdownListingWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ listing: ClaimListing) -> String {
    streamedText(listing)
  }

  /// The rows are made a part at a time on all cores (`ParallelPieces`), in order.
  public func write(_ listing: ClaimListing, into emit: ([UInt8]) -> Void) {
    emit(
      Array(
        "| ID | Kind | Status | Source | Cue | Claim |\n| --- | --- | --- | --- | --- | --- |\n"
          .utf8))
    let rows = listing.rows
    ParallelPieces.write(count: rows.count, into: emit) { position, output in
      let row = rows[position]
      let cells = [row.kind.rawValue, row.status, row.sourceSummary, row.cue ?? "", row.text]
      // An id is a slug, so it needs no escape inside its code span.
      output.append(
        contentsOf: ("| `\(row.id)` | " + cells.map(Escape.markdown).joined(separator: " | ")
          + " |\n")
          .utf8)
    }
    emit(Array("\n\(listing.rows.count) of \(listing.totalRecords) records.\n".utf8))
  }
}
