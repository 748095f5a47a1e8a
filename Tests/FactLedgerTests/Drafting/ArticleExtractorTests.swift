import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The extractor behind `extract`: every draft valid, every word accounted for, on the seed
/// article and on hostile texts.
@Suite("Article extractor")
struct ArticleExtractorTests {
  static let seed = "crespo-2020-05-27"

  /// The shipped ledger with one more article, `h`, holding `text` and no records.
  private func ledger(with text: String, author: String? = nil) throws -> Ledger {
    var ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let article = Article(
      id: "h", title: "Should U.S. Worry About China-Russia Military Ties?", author: author,
      publisher: nil, published: CalendarDate(year: 2020, month: 5, day: 27)!, url: nil,
      language: "en", textFile: "article.txt", sha256: SHA256.hexDigest(of: text.utf8))
    ledger.articles.append(
      LoadedArticle(
        article: article, path: "articles/h/article.json", text: text,
        textPath: "articles/h/article.txt", claims: []))
    return ledger
  }

  /// Checks what every extraction must give: valid drafts, anchored on their words, in text
  /// order without overlap (a credential inside the sentence drafted just before it), with
  /// unique ids, leaving no word uncovered.
  private func expectSound(_ drafts: [ClaimDrafter.Draft], text: String) throws {
    let article = ArticleText(text)
    var sentence = 0..<0
    for draft in drafts {
      let claim = draft.claim
      try ClaimDrafter.validate(claim)
      #expect(claim.isDraft)
      #expect(claim.anchor.status(in: article) == .intact)
      if claim.kind == .credential, sentence.contains(claim.anchor.start) {
        #expect(claim.anchor.end <= sentence.upperBound)
      } else {
        #expect(claim.anchor.start >= sentence.upperBound)
        sentence = claim.anchor.start..<claim.anchor.end
      }
      #expect(draft.path == "articles/h/claims/\(claim.id).json")
      if let cue = claim.attribution.cue {
        #expect(article.text(from: cue.start, to: cue.end) == cue.exact)
      }
    }
    #expect(Set(drafts.map(\.claim.id)).count == drafts.count)
    let ranges = drafts.map { $0.claim.anchor.start..<$0.claim.anchor.end }
    #expect(article.uncoveredRuns(by: ranges).isEmpty, "every word is in a record")
  }

  @Test("the seed article: valid drafts that account for every word")
  func seedArticle() throws {
    let text = try String(
      contentsOfFile: RepositoryPaths.ledger + "/articles/\(Self.seed)/article.txt",
      encoding: .utf8)
    let ledger = try ledger(with: text, author: "Paul Crespo")
    let result = try ArticleExtractor(ledger: ledger).extract(article: "h")
    try expectSound(result.drafts, text: text)
    // 40 sentences and 8 credentials inside them.
    #expect(result.drafts.count == 48)
    #expect(result.drafts.filter { $0.claim.kind == .credential }.count == 8)
    let kochkin = try #require(
      result.drafts.first { $0.claim.id == "joint-experimental-design-work-with" })
    #expect(kochkin.claim.kind == .quote)
    #expect(
      kochkin.claim.assertions
        == [
          Assertion(
            field: .quote,
            value: .text("Joint experimental design work with the Chinese side is underway")),
          Assertion(field: .speaker, value: .text("Alexander Kochkin")),
          Assertion(field: .role, value: .text("deputy CEO")),
          Assertion(field: .organization, value: .text("Tecmash Research and Production Group")),
        ])
    #expect(kochkin.location == SourceLocation(line: 17, column: 179))
  }

  @Test(
    "hostile texts: valid drafts that account for every word, or none for no words",
    arguments: [
      "", " \n\n\t ", "“", "”", "\"\"\"", "...", "…", "(RELATED:", "- -", "U.S.", "1.",
      "“That means more. And more.", "he said.” She said “", "\u{0}\u{1}\u{7F}",
      "\u{202E}Putin said so.\u{202C} Then he left.", "e\u{301}\u{301}\u{301}. Ö. 🇺🇸 said 🇷🇺.",
      "Line one\r\nLine two.\r\n", "\u{2028}Geng Shuang said\u{2029}so.",
      String(repeating: "a. ", count: 2000), String(repeating: "“x ", count: 500),
      String(repeating: "MOSCOW (Reuters) - ", count: 20),
      String(repeating: "According to TASS, said, told, added. ", count: 50),
      "Paul Crespo is. Paul Crespo\nPaul Crespo is a writer.",
    ])
  func hostile(text: String) throws {
    let ledger = try ledger(with: text, author: "Paul Crespo")
    let result = try ArticleExtractor(ledger: ledger).extract(article: "h")
    try expectSound(result.drafts, text: text)
    let hasWords = text.unicodeScalars.contains {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
    }
    #expect(result.drafts.isEmpty == !hasWords)
  }

  @Test("an article with records is refused unless merging; an unknown article is named")
  func refusals() throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let extractor = ArticleExtractor(ledger: ledger)
    #expect {
      try extractor.extract(article: Self.seed)
    } throws: { error in
      guard case .hasRecords(let article, let count, _) = error as? ExtractError else {
        return false
      }
      return article == Self.seed && count == 49
    }
    #expect(throws: ExtractError.unknownArticle("nowhere")) {
      try extractor.extract(article: "nowhere")
    }
    // The shipped ledger accounts for every word: merging drafts nothing.
    #expect(try extractor.extract(article: Self.seed, merging: true).drafts.isEmpty)
  }

  @Test("ids are slugs of the first words, unique against the ledger and each other")
  func ids() throws {
    let ledger = try ledger(
      with: "Wednesday, May 27, 2020\n\nThe drills ended.\n\nThe drills ended.")
    let ids = try ArticleExtractor(ledger: ledger).extract(article: "h").drafts.map(\.claim.id)
    #expect(ids == ["wednesday-may-27-2020", "the-drills-ended", "the-drills-ended-2"])
  }
}
