/// Writes a listing as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when needed,
/// each field as `Escape.csvField` writes it (one line a record, no formula cells).
///
/// Columns: id, article, kind, status, attribution, vague, speaker, outlet, via (ids joined
/// with `;`, nearest to the article first), cue, text, file, line.
public struct CSVListingWriter: ReportWriter {
  /// The header row's column names.
  public static let columns = [
    "id", "article", "kind", "status", "attribution", "vague", "speaker", "outlet", "via", "cue",
    "text", "file", "line",
  ]

  /// Creates a writer.
  public init() {}

  public func write(_ listing: ClaimListing) -> String {
    streamedText(listing)
  }

  /// The records are made a part at a time on all cores (`ParallelPieces`), in order.
  public func write(_ listing: ClaimListing, into emit: ([UInt8]) -> Void) {
    emit(Array(Escape.csvRecord(Self.columns).utf8))
    let rows = listing.rows
    ParallelPieces.write(count: rows.count, into: emit) { position, output in
      let row = rows[position]
      let record = Escape.csvRecord([
        row.id, row.article, row.kind.rawValue, row.status, row.attribution.rawValue,
        row.isVague ? "true" : "false", row.speaker?.displayName ?? "", row.outlet ?? "",
        row.via.joined(separator: ";"), row.cue ?? "", row.text, row.path, String(row.line),
      ])
      output.append(contentsOf: record.utf8)
    }
  }
}
