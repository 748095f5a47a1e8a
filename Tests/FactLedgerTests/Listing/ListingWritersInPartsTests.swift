import TestSupport
import Testing

@testable import FactLedger

/// `list` makes its rows in parts on all cores (JSON straight into bytes): each format's text
/// must be what the whole listing written at once on one core gives.
@Suite("Listing: rows made in parts on all cores")
struct ListingWritersInPartsTests {
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

  /// The table, CSV and Markdown listings written at once: the renderings before parts.
  private static func wholeTable(_ listing: ClaimListing, width: Int) -> String {
    let fit = { (line: String) -> String in
      let flat = Escape.terminal(line)
      guard flat.count > width else { return flat }
      return String(flat.prefix(width - 1)) + "…"
    }
    var output = ""
    for row in listing.rows {
      output += fit("\(row.id)  \(row.kind.rawValue)  \(row.status)") + "\n"
      output += fit("  source  " + row.sourceSummary + (row.isVague ? " (vague)" : "")) + "\n"
      if let cue = row.cue { output += fit("  cue     " + cue) + "\n" }
      output += fit("  claim   " + row.text) + "\n\n"
    }
    let shown = listing.rows.count
    output +=
      fit("\(shown) record\(shown == 1 ? "" : "s") shown of \(listing.totalRecords).") + "\n"
    if listing.unattributedHidden > 0 {
      output +=
        fit("--all adds \(listing.unattributedHidden) unsourced claims and non-claims.") + "\n"
    }
    return output
  }

  private static func wholeCSV(_ listing: ClaimListing) -> String {
    var lines = [Escape.csvRecord(CSVListingWriter.columns)]
    for row in listing.rows {
      lines.append(
        Escape.csvRecord([
          row.id, row.article, row.kind.rawValue, row.status, row.attribution.rawValue,
          row.isVague ? "true" : "false", row.speaker?.displayName ?? "", row.outlet ?? "",
          row.via.joined(separator: ";"), row.cue ?? "", row.text, row.path, String(row.line),
        ]))
    }
    return lines.joined()
  }

  private static func wholeMarkdown(_ listing: ClaimListing) -> String {
    var output = "| ID | Kind | Status | Source | Cue | Claim |\n"
    output += "| --- | --- | --- | --- | --- | --- |\n"
    for row in listing.rows {
      let cells = [row.kind.rawValue, row.status, row.sourceSummary, row.cue ?? "", row.text]
      output += "| `\(row.id)` | " + cells.map(Escape.markdown).joined(separator: " | ") + " |\n"
    }
    output += "\n\(listing.rows.count) of \(listing.totalRecords) records.\n"
    return output
  }

  @Test(
    "table, CSV and Markdown rows made in parts are the whole text",
    arguments: [0, 1, 255, 256, 257, 3000])
  func otherFormats(count: Int) throws {
    var listing = ClaimListing(
      try LedgerLoader().load(at: RepositoryPaths.ledger), filter: ClaimFilter())
    listing.rows = Self.rows(count)
    listing.unattributedHidden = count % 2
    for width in [40, 80, 200] {
      #expect(
        TableListingWriter(width: width).write(listing) == Self.wholeTable(listing, width: width))
    }
    #expect(CSVListingWriter().write(listing) == Self.wholeCSV(listing))
    #expect(MarkdownListingWriter().write(listing) == Self.wholeMarkdown(listing))
  }
}
