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
      as: JSONWriter.StreamedArray(count: rows.count) { Self.json(of: rows[$0]) }, into: emit)
  }

  /// One row.
  private static func json(of row: ClaimListing.Row) -> JSONValue {
    .object([
      "id": .string(row.id), "article": .string(row.article), "kind": .string(row.kind.rawValue),
      "status": .string(row.status), "attribution": .string(row.attribution.rawValue),
      "vague": .bool(row.isVague), "speaker": row.speaker?.json ?? .null,
      "outlet": row.outlet.map(JSONValue.string) ?? .null,
      "via": .array(row.via.map(JSONValue.string)),
      "cue": row.cue.map(JSONValue.string) ?? .null, "text": .string(row.text),
      "file": .string(row.path), "line": .integer(row.line),
    ])
  }
}
