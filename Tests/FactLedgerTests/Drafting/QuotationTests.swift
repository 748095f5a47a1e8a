import Testing

@testable import FactLedger

/// Quotation marks: which words are quoted, and the kind a span drafts as.
@Suite("Quotations and kinds")
struct QuotationTests {
  private func kind(_ text: String, of words: String? = nil) -> ClaimKind {
    AttributionFixture.drafter(text).kind(of: AttributionFixture.span(of: words, in: text))
  }

  @Test(
    "a quote: quoted words, a quoted sentence and its cue, a block quote, a quote to the paragraph's end",
    arguments: [
      ("“Joint work is underway,” Alexander Kochkin said.", nil),
      ("Vladimir Putin stated: “We do not have a military alliance with China.”", nil),
      ("We are advancing, but we are not allies,” Evgeny Buzhinskiy told Newsweek.", nil),
      (
        "He added, “It does not target any third party and will not be affected.\n\nNext.",
        "It does not target any third party"
      ),
      ("\"Joint work is underway,\" Alexander Kochkin said.", nil),
    ] as [(String, String?)])
  func quote(text: String, words: String?) {
    #expect(kind(text, of: words) == .quote)
  }

  @Test(
    "a quote in other languages' marks is a quote: guillemets either way, German low-high marks, corner brackets",
    arguments: [
      "«Joint work is underway,» Alexander Kochkin said.",
      "« Joint work is underway, » Alexander Kochkin said.",
      "„Joint work is underway,“ Alexander Kochkin said.",
      "„Joint work is underway,” Alexander Kochkin said.",
      "「Joint work is underway,」 Alexander Kochkin said.",
      "『Joint work is underway,』 Alexander Kochkin said.",
      "Vladimir Putin stated: «We do not have a military alliance with China.»",
    ])
  func quoteInOtherMarks(text: String) {
    #expect(kind(text) == .quote)
  }

  @Test(
    "the quoted words of a quote in other marks are drafted without the marks",
    arguments: zip(["«", "„", "「", "『", "« "], ["»", "“", "」", "』", " »"]))
  func quotedWordsInOtherMarks(opening: String, closing: String) {
    #expect(
      ClaimDrafter.quotedWords("\(opening)Joint work is underway,\(closing)")
        == "Joint work is underway")
  }

  @Test(
    "a mark closes only the quotation of its pair: German „ by “, « by » past an inner “…”; an English “ still opens one"
  )
  func pairedRegions() {
    let german = ArticleText("a „b“ c “d” e")
    #expect(QuoteRegions(german).regions == [2..<5, 8..<11])
    #expect(Quotations(german).passages.map(\.range) == [2..<5, 8..<11])
    let french = ArticleText("a «b “c” d» e")
    #expect(QuoteRegions(french).regions == [2..<11])
    #expect(Quotations(french).passages.map(\.range) == [2..<11])
  }

  @Test("a few quoted words inside reported speech make a statement, not a quote")
  func partial() {
    #expect(
      kind("Vladimir Putin said the aim was to “add new quality to the defense capability.”")
        == .statement)
    #expect(kind("Gholamreza Tahani said relations reached a “meaningful” level.") == .statement)
  }

  @Test("with no cue and no full quotation, an event")
  func event() {
    #expect(kind("China and Russia call it a “Strategic Partnership,” not an alliance.") == .event)
    #expect(kind("China and Russia held drills in December.") == .event)
  }

  @Test("quoted passages, marks included, paragraph by paragraph")
  func regions() {
    let text = ArticleText("a “b” c\nd” e “f\ng")
    #expect(QuoteRegions(text).regions == [2..<5, 8..<10, 13..<15])
  }
}

/// Texts at the edges: every span of them drafts without trapping.
@Suite("Attribution drafter at the edges")
struct AttributionEdgeTests {
  @Test(
    "every span of a short odd text drafts",
    arguments: [
      "", "“", "”", "\"", "said", "according to", "was quoted in", "was quoted in Newsweek as",
      "\n\n:", "Sam Bendett said:\n\n", ":\n\n“", "told The", "he added, noting", "…", "A… “B",
      "Sam Bendett, a", "Sam Bendett, at the", ", said", "according to the",
    ])
  func edges(text: String) {
    let drafter = AttributionFixture.drafter(text)
    let count = text.unicodeScalars.count
    for start in 0...count {
      for end in start...count {
        let attribution = drafter.attribution(of: start..<end)
        #expect(attribution.kind != .contextual || attribution.carriedBy != nil)
        _ = drafter.kind(of: start..<end)
        _ = drafter.credentials(in: start..<end)
      }
    }
  }
}
