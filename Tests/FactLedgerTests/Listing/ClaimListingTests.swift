import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Listing claims")
struct ClaimListingTests {
  private let ledger: Ledger

  init() throws {
    ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
  }

  private func ids(_ configure: (inout ClaimFilter) -> Void) -> [String] {
    var filter = ClaimFilter()
    configure(&filter)
    return ClaimListing(ledger, filter: filter).rows.map(\.id)
  }

  @Test("by default only attributed claims are listed; --all lists every record")
  func attributedByDefault() {
    let listing = ClaimListing(ledger, filter: ClaimFilter())
    let attributed = ledger.claims.filter { $0.claim.attribution.isSourced }
    #expect(listing.rows.map(\.id) == attributed.map(\.claim.id))
    #expect(listing.unattributedHidden == ledger.claims.count - attributed.count)
    #expect(ids { $0.includesUnattributed = true }.count == ledger.claims.count)
  }

  @Test("--outlet keeps claims that cite the source directly or through a via chain")
  func outletFilter() {
    #expect(ids { $0.outlet = "tass" } == ["kochkin-joint-design-work"])
    let throughTNI = ids { $0.outlet = "the-national-interest" }
    #expect(throughTNI.contains("kochkin-joint-design-work"))
    #expect(throughTNI.contains("bendett-russia-selling-weapons"))
  }

  @Test("--speaker matches any part of the speaker, in any case; --kind and --status narrow")
  func otherFilters() {
    #expect(
      ids { $0.speaker = "PUTIN" } == ["putin-no-military-alliance", "putin-radar-new-quality"])
    #expect(ids { $0.speaker = "pir center" } == ["buzhinskiy-not-allies"])
    #expect(ids { $0.kinds = [.credential] }.isEmpty)
    #expect(
      !ids {
        $0.kinds = [.credential]
        $0.includesUnattributed = true
      }.isEmpty)
    #expect(ids { $0.statuses = ["verified"] }.isEmpty)
    #expect(ids { $0.statuses = ["unreviewed"] }.count == ids { _ in }.count)
    #expect(ids { $0.article = "no-such-article" }.isEmpty)
  }

  @Test(
    "several articles: rows in ledger order, each article's rows and counts as when it is listed alone",
    arguments: [false, true])
  func severalArticles(includesUnattributed: Bool) {
    var filter = ClaimFilter()
    filter.includesUnattributed = includesUnattributed
    let article = ledger.articles[0]
    var empty = article
    empty.claims = []
    var half = article
    half.claims = Array(article.claims.prefix(article.claims.count / 2))
    var several = ledger
    several.articles = [article, empty, half]
    let listing = ClaimListing(several, filter: filter)
    let alone = several.articles.map { one in
      var single = ledger
      single.articles = [one]
      return ClaimListing(single, filter: filter)
    }
    #expect(listing.rows == alone.flatMap(\.rows))
    #expect(listing.totalRecords == article.claims.count + half.claims.count)
    #expect(listing.unattributedHidden == alone.reduce(0) { $0 + $1.unattributedHidden })
    #expect(includesUnattributed ? listing.unattributedHidden == 0 : listing.unattributedHidden > 0)
  }

  @Test("a row carries its record's fields, its file and the line of its id")
  func rowFields() throws {
    let row = try #require(
      ClaimListing(ledger, filter: ClaimFilter()).rows.first {
        $0.id == "kochkin-joint-design-work"
      })
    let loaded = try #require(ledger.claims.first { $0.id == "kochkin-joint-design-work" })
    let claim = loaded.claim
    #expect(row.article == claim.article)
    #expect(row.kind == claim.kind)
    #expect(row.status == "unreviewed")
    #expect(row.attribution == claim.attribution.kind)
    #expect(row.isVague == claim.attribution.isVague)
    #expect(row.speaker == claim.attribution.speaker)
    #expect(row.speaker != nil)
    #expect(row.outlet == "tass")
    #expect(row.via == ["the-national-interest"])
    #expect(row.cue == claim.attribution.cue?.exact)
    #expect(row.cue != nil)
    #expect(row.text == claim.text)
    #expect(row.path == loaded.path)
    #expect(row.line == loaded.positions.id.line)
    #expect(row.line > 1)
  }

  @Test("the status shown is the latest review's")
  func latestReviewStatus() throws {
    var claim = try #require(ledger.claims.first { $0.claim.attribution.isSourced }).claim
    #expect(claim.latestStatus == nil)
    let hash = String(repeating: "a", count: 64)
    claim.reviews = [
      Review(
        status: .verified, time: "2026-01-01T00:00:00Z", reviewer: "R", previousHash: nil,
        hash: hash),
      Review(
        status: .disputed, time: "2026-01-02T00:00:00Z", reviewer: "R", previousHash: hash,
        hash: hash),
    ]
    var filter = ClaimFilter()
    filter.statuses = ["disputed"]
    #expect(filter.includes(claim))
    filter.statuses = ["verified"]
    #expect(!filter.includes(claim))
  }
}

@Suite("Listing formats")
struct ListingWriterTests {
  private let row = ClaimListing.Row(
    id: "c1", article: "a1", kind: .quote, status: "unreviewed", attribution: .explicit,
    isVague: false, speaker: Speaker(name: "Ann | Lee", role: "chair"), outlet: "tass",
    via: ["tni", "cnn"], cue: "said", text: "She said \"yes, and no\"\nthen left.",
    path: "L/c1.json", line: 2)

  private var listing: ClaimListing {
    var listing = ClaimListing(
      try! LedgerLoader().load(at: RepositoryPaths.ledger), filter: ClaimFilter())
    listing.rows = [row]
    listing.totalRecords = 3
    listing.unattributedHidden = 2
    return listing
  }

  @Test("table rows never pass the terminal width, and say what --all would add")
  func tableWidth() {
    for width in [40, 80, 120] {
      let output = TableListingWriter(width: width).write(listing)
      #expect(output.split(separator: "\n").allSatisfy { $0.count <= width })
    }
    let output = TableListingWriter(width: 80).write(listing)
    #expect(output.contains("  source  Ann | Lee (chair) · tass via tni, cnn\n"))
    #expect(
      output.hasSuffix("1 record shown of 3.\n--all adds 2 unsourced claims and non-claims.\n"))
  }

  @Test(
    "CSV quotes fields with commas and quotes (RFC 4180), shows line breaks as \\n so a record is one line, and joins via with ';'"
  )
  func csv() {
    let lines = CSVListingWriter().write(listing).components(separatedBy: "\r\n")
    #expect(lines[0] == CSVListingWriter.columns.joined(separator: ","))
    #expect(
      lines[1]
        == "c1,a1,quote,unreviewed,explicit,false,Ann | Lee (chair),tass,tni;cnn,said,\"She said \"\"yes, and no\"\"\\nthen left.\",L/c1.json,2"
    )
  }

  @Test("Markdown escapes pipes and shows line breaks as \\n so each record stays one table row")
  func markdown() {
    let output = MarkdownListingWriter().write(listing)
    #expect(
      output.contains(
        "| `c1` | quote | unreviewed | Ann \\| Lee (chair) · tass via tni, cnn | said | She said \"yes, and no\"\\\\nthen left. |\n"
      ))
  }

  @Test("JSON carries every field, nulls included, and parses back")
  func json() throws {
    let value = try JSONParser().parse(JSONListingWriter().write(listing))
    #expect(value["count"]?.intValue == 1)
    let first = try #require(value["claims"]?.arrayValue?.first)
    #expect(first["via"]?.arrayValue?.compactMap(\.stringValue) == ["tni", "cnn"])
    #expect(first["speaker"]?["role"]?.stringValue == "chair")
    #expect(first["line"]?.intValue == 2)
  }
}
