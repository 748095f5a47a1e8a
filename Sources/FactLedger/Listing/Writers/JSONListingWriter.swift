/// Writes a listing as JSON, per `Schemas/list-output.schema.json`.
public struct JSONListingWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ listing: ClaimListing) -> String {
    let rows = listing.rows.map { row in
      JSONValue.object([
        "id": .string(row.id), "article": .string(row.article), "kind": .string(row.kind.rawValue),
        "status": .string(row.status), "attribution": .string(row.attribution.rawValue),
        "vague": .bool(row.isVague), "speaker": row.speaker?.json ?? .null,
        "outlet": row.outlet.map(JSONValue.string) ?? .null,
        "via": .array(row.via.map(JSONValue.string)),
        "cue": row.cue.map(JSONValue.string) ?? .null, "text": .string(row.text),
        "file": .string(row.path), "line": .integer(row.line),
      ])
    }
    let document = JSONValue.object([
      "count": .integer(listing.rows.count), "totalRecords": .integer(listing.totalRecords),
      "claims": .array(rows),
    ])
    return JSONWriter().string(for: document)
  }
}
