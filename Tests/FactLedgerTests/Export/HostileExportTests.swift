import Foundation
import Testing

@testable import FactLedger

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Both exports on records whose every string is random hostile text: the page must stay
/// well-formed and show each text exactly; the ClaimReview must pass its schema.
@Suite("Exports of random hostile text")
struct HostileExportTests {
  /// Pieces that break HTML, XML, JSON-LD, URLs and terminals, and ordinary words.
  private static let pieces = [
    "<script>", "</script>", "</textarea>", "\"", "'", "&", "&amp;", "<!--", "]]>", "javascript:",
    "\u{0}", "\n", "\r", "\u{1B}[31m", "\u{202E}", "\u{FEFF}", "\u{FFFF}", "😀", "e\u{301}",
    " ", "Vladimir Putin", "said", "https://example.org/?a=1&b=2", "{id}", "\\",
  ]

  private func random(_ generator: inout some RandomNumberGenerator) -> String {
    (0..<Int.random(in: 0...8, using: &generator)).map { _ in
      Self.pieces.randomElement(using: &generator)!
    }.joined()
  }

  @Test("200 random records: the page parses and round-trips, the ClaimReview validates")
  func randomRecords() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for _ in 0..<200 {
      var fixture = ExportFixture()
      fixture.article.title = random(&generator)
      fixture.article.author = random(&generator)
      fixture.article.publisher = random(&generator)
      fixture.article.url = random(&generator)
      var claim = ExportFixture.claim(
        "putin-routine", over: "Russian President Vladimir Putin said the drills were routine.",
        text: random(&generator), speaker: random(&generator), outlet: "tass",
        reviews: [ExportFixture.review(.disputed, reason: .misquote)])
      claim.attribution.speaker?.organization = random(&generator)
      claim.anchor.exact = random(&generator)
      fixture.claims = [claim]
      let evidence = ExportFixture.evidence(
        "ev-1", on: "putin-routine", url: random(&generator), excerpt: random(&generator),
        title: random(&generator))
      let html = fixture.html(evidence: [evidence])
      let document = try XMLDocument(data: Data(html.utf8), options: [.nodePreserveWhitespace])
      let shown = try document.nodes(
        forXPath: "//li[@id='claim-putin-routine']/p[@class='claim-text']")
      #expect(shown.first?.stringValue == Escape.shownInHTML(claim.text), "seed \(seed)")
      #expect(!html.lowercased().contains("href=\"javascript"), "seed \(seed)")
      let script = try document.nodes(forXPath: "//script[@type='application/ld+json']")
      let embedded = try JSONParser().parse(try #require(script.first?.stringValue))
      #expect(
        embedded["@graph"]?.arrayValue?.first?["itemReviewed"]?["text"]?.stringValue == claim.text,
        "seed \(seed)")

      // What `export --format claimreview` writes can be pasted into a script element as is.
      let output = ClaimReviewExport.text(
        of: ClaimReviewExport(ledger: fixture.ledger).document().json)
      #expect(!output.contains("<") && !output.contains(">") && !output.contains("&"))
      let parsed = try JSONParser().parse(Array(output.utf8))
      #expect(
        parsed["@graph"]?.arrayValue?.first?["itemReviewed"]?["text"]?.stringValue == claim.text,
        "seed \(seed)")
      let violations = LedgerSchemas.shared.validate(parsed, as: .claimreviewOutput)
      #expect(violations.map(\.description) == [], "\(claim.text.debugDescription), seed \(seed)")
    }
  }
}
