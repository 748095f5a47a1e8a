import Foundation

/// Writes a listing as a GitHub-flavoured Markdown table.
public struct MarkdownListingWriter: ListingWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ listing: ClaimListing) -> String {
    var output = "| ID | Kind | Status | Source | Cue | Claim |\n"
    output += "| --- | --- | --- | --- | --- | --- |\n"
    for row in listing.rows {
      let cells = [
        "`\(row.id)`", row.kind.rawValue, row.status, row.sourceSummary, row.cue ?? "", row.text,
      ]
      output += "| " + cells.map(Self.escape).joined(separator: " | ") + " |\n"
    }
    output += "\n\(listing.rows.count) of \(listing.totalRecords) records.\n"
    return output
  }

  /// A cell's text with pipes escaped and line breaks folded, so it stays in its cell.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
      .split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
