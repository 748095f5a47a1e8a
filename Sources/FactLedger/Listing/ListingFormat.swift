/// The formats of `factledger list --format`.
public enum ListingFormat: String, Sendable, CaseIterable {
  /// Blocks sized to a terminal, for people.
  case table
  /// One JSON document, per `Schemas/list-output.schema.json`.
  case json
  /// RFC 4180 CSV with a header row, for spreadsheets.
  case csv
  /// A Markdown table, for pull requests and reports.
  case markdown

  /// The writer of this format; `width` is the terminal width, used by `table`.
  public func writer(width: Int = 80) -> any ReportWriter<ClaimListing> {
    switch self {
    case .table: TableListingWriter(width: width)
    case .json: JSONListingWriter()
    case .csv: CSVListingWriter()
    case .markdown: MarkdownListingWriter()
    }
  }
}
