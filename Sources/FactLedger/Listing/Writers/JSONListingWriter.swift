/// Writes a listing as JSON, per `Schemas/list-output.schema.json`; the rows are made and
/// written a part at a time on all cores (`JSONWriter.stream`).
public struct JSONListingWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ listing: ClaimListing) -> String {
    streamedText(listing)
  }

  public func write(_ listing: ClaimListing, into emit: ([UInt8]) -> Void) {
    let rows = listing.rows
    JSONWriter().stream(
      [
        JSONMember(key: "count", value: .integer(rows.count)),
        JSONMember(key: "totalRecords", value: .integer(listing.totalRecords)),
        JSONMember(key: "claims", value: .array([])),
      ], streaming: "claims",
      as: JSONWriter.StreamedArray(count: rows.count) { position, indent, output in
        Self.write(rows[position], indent: indent, into: &output)
      }, into: emit)
  }

  /// One row, written member by member (no value is made for each row).
  private static func write(_ row: ClaimListing.Row, indent: Int, into output: inout [UInt8]) {
    var object = JSONObjectWriter(indent: indent)
    object.add("id", string: row.id, into: &output)
    object.add("article", string: row.article, into: &output)
    object.add("kind", string: row.kind.rawValue, into: &output)
    object.add("status", string: row.status, into: &output)
    object.add("attribution", string: row.attribution.rawValue, into: &output)
    object.add("vague", bool: row.isVague, into: &output)
    object.add("speaker", row.speaker?.json ?? .null, into: &output)
    object.add("outlet", string: row.outlet, into: &output)
    object.add("via", .array(row.via.map(JSONValue.string)), into: &output)
    object.add("cue", string: row.cue, into: &output)
    object.add("text", string: row.text, into: &output)
    object.add("file", string: row.path, into: &output)
    object.add("line", integer: row.line, into: &output)
    object.finish(&output)
  }
}
