import TestSupport
import Testing

@testable import FactLedger

/// `list --format json` writes its rows straight into bytes, in parts on all cores: the text
/// must be the document the whole listing made as one value gives.
@Suite("Listing: JSON rows written straight into bytes")
struct JSONListingWriterTests {
  /// The listing as one JSON value, written at once: the rendering before rows were written
  /// member by member.
  private static func wholeDocument(_ listing: ClaimListing) -> String {
    JSONWriter().string(
      for: .object([
        "count": .integer(listing.rows.count), "totalRecords": .integer(listing.totalRecords),
        "claims": .array(
          listing.rows.map { row in
            .object([
              "id": .string(row.id), "article": .string(row.article),
              "kind": .string(row.kind.rawValue), "status": .string(row.status),
              "attribution": .string(row.attribution.rawValue), "vague": .bool(row.isVague),
              "speaker": row.speaker?.json ?? .null,
              "outlet": row.outlet.map(JSONValue.string) ?? .null,
              "via": .array(row.via.map(JSONValue.string)),
              "cue": row.cue.map(JSONValue.string) ?? .null, "text": .string(row.text),
              "file": .string(row.path), "line": .integer(row.line),
            ])
          }),
      ]))
  }

  /// Rows with every optional part given or not, and text that needs escaping.
  private static func rows(_ count: Int) -> [ClaimListing.Row] {
    let speakers: [Speaker?] = [
      nil, Speaker(name: "Vladimir Putin"),
      Speaker(name: "Gholamreza Tahani", role: "Second Rear Admiral", organization: "Iranian Navy"),
      Speaker(description: "Russian experts"),
    ]
    return (0..<count).map { index in
      ClaimListing.Row(
        id: "claim-\(index)", article: "crespo-2020-05-27", kind: ClaimKind.allCases[index % 5],
        status: index % 2 == 0 ? "unreviewed" : "verified",
        attribution: index % 3 == 0 ? .none : .explicit, isVague: index % 7 == 0,
        speaker: speakers[index % speakers.count], outlet: index % 2 == 0 ? nil : "tass",
        via: Array(["the-national-interest", "cnn"].prefix(index % 3)),
        cue: index % 4 == 0 ? nil : "according to",
        text: "He said \"meaningful\"\n\tlevel — \(index)\u{1}",
        path: "Ledger/articles/a/claims/claim-\(index).json", line: index % 3 + 1)
    }
  }

  @Test(
    "the rows written member by member make the whole document, for few rows and many parts",
    arguments: [0, 1, 255, 256, 512, 513, 3000])
  func streamedIsWhole(count: Int) throws {
    var listing = ClaimListing(
      try LedgerLoader().load(at: RepositoryPaths.ledger), filter: ClaimFilter())
    listing.rows = Self.rows(count)
    let written = JSONListingWriter().write(listing)
    #expect(written == Self.wholeDocument(listing))
    let parsed = try JSONParser().parse(written)
    #expect(parsed["claims"]?.arrayValue?.count == count)
  }
}
