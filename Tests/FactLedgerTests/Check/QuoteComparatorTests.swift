import Testing

@testable import FactLedger

@Suite("Quote comparator")
struct QuoteComparatorTests {
  @Test("quotes match after normalising quotes, dashes, case and spacing; a fragment matches")
  func quoteMatches() {
    #expect(
      QuoteComparator.compare(
        claimed: "“Joint work—underway,” he said", source: "\"joint work - underway,\" he  said")
        == .match)
    #expect(
      QuoteComparator.compare(claimed: "meaningful", source: "have reached a “meaningful” level")
        == .match)
    #expect(
      QuoteComparator.compare(claimed: "we do not plan", source: "we do not have a plan") != .match)
  }

  @Test(
    "an ellipsis that leaves out a negation is a misquote naming it, not a match",
    arguments: [
      ("We ... have a military alliance with China", "do not"),
      ("We do … plan to create one", "not"),
      ("Russia has … been a junior partner", "never"),
      ("they … want a bloc", "don't"),
    ])
  func ellipsisOverNegation(claimed: String, dropped: String) {
    let source =
      "We do not have a military alliance with China and we do not plan to create one. Russia has never been a junior partner, and they don't want a bloc."
    let result = QuoteComparator.compare(claimed: claimed, source: source)
    guard case .misquote(let detail) = result else {
      Issue.record("\(claimed): \(result)")
      return
    }
    #expect(detail.contains("drops '") && detail.contains(dropped), "\(detail)")
    // Words left out that negate nothing still shorten the quote.
    #expect(
      QuoteComparator.compare(claimed: "We do not have … alliance with China", source: source)
        == .elidedMatch(omittedWords: 2))
  }

  @Test(
    "a journalist's marks in the quote are read as meant: [sic] is no word, [W]e is 'We', a bracketed phrase stands in for the source's words, '. . .' is an ellipsis",
    arguments: [
      "[W]e do not have a military alliance with China",
      "We do not have a military alliance with [China] and we do not plan to create one.",
      "we do not have a military allaince [sic] with China",
      "We do not have a military alliance . . . we do not plan to create one.",
      "we do not have a military allaince (sic) with China",
      "We do not have a military alliance (. . .) we do not plan to create one.",
      "We do not have a military alliance [. . .] we do not plan to create one.",
      "We do not have a military alliance (....) we do not plan to create one.",
    ])
  func editorialMarks(claimed: String) {
    let source =
      "we do not have a military alliance with them and we do not plan to create one. We do not have a military alliance with China, and we do not have a military allaince with China"
    #expect(QuoteComparator.compare(claimed: claimed, source: source).isMatch, "\(claimed)")
  }

  @Test(
    "a misquote at either end of the quote names the word in its place, not a word added",
    arguments: [
      (
        "They said that we agree", "They said that we disagree",
        "has 'agree' where the source has 'disagree'"
      ),
      (
        "They're ready to go now", "We are ready to go now",
        "has 'They're' where the source has 'We'"
      ),
    ])
  func changeAtAnEnd(claimed: String, source: String, detail: String) {
    #expect(
      QuoteComparator.compare(claimed: claimed, source: source)
        == .misquote("the article " + detail))
  }

  @Test("two short runs in one place that differ only by words around them name those words")
  func inPlaceAround() {
    let result = QuoteComparator.compareInPlace(
      claimed: FoldedWord.words(in: "We have"), source: FoldedWord.words(in: "We have none"))
    #expect(result == .misquote("the article drops 'none'"))
  }

  @Test("an ellipsis over whole sentences that hold a negation still shortens the quote")
  func ellipsisOverSentences() {
    #expect(
      QuoteComparator.compare(
        claimed: "The economy is growing … wages are rising",
        source: "The economy is growing. Unemployment has never been lower. Wages are rising.")
        == .elidedMatch(omittedWords: 5))
  }

  @Test(
    "marks the source has too are read alike on both sides; a bracket that adds a negation, or ends the quote, is compared as words",
    arguments: [
      ("their [sic] going", "their [sic] going", true),
      ("[W]e have no alliance", "[W]e have no alliance", true),
      ("[Putin]'s decision was final", "Putin's decision was final", true),
      ("We will [not] comply", "We will comply", false),
      ("Russia will [defeat Ukraine]", "Russia will negotiate", false),
    ])
  func editorialMarksBothSides(claimed: String, source: String, matches: Bool) {
    let result = QuoteComparator.compare(
      claimed: claimed, source: source, words: { CheckFixtures.gazetteer.foldedWords(of: $0) })
    #expect(result.isMatch == matches, "\(result)")
  }

  @Test(
    "an unclosed bracket is a character: a quote of brackets alone compares without a search for each"
  )
  func unclosedBrackets() {
    let brackets = String(repeating: "[a ", count: 50_000)
    #expect(EditorialMarks.resolved(brackets, isQuote: true) == brackets)
  }

  @Test("a bracketed phrase does not hide a misquote around it")
  func editorialMarksAroundMisquote() {
    let result = QuoteComparator.compare(
      claimed: "We have a military alliance with [China]",
      source: "We do not have a military alliance with them")
    #expect(!result.isMatch)
  }

  @Test("a quote and a source too long to diff word by word are compared by their shared words")
  func tooLongToDiff() {
    let count = 3_000
    let words = (0..<count).map { "w\($0)" }
    let quote = words.joined(separator: " ")
    // Every fifth word changed: still most of the words, in a misquote.
    let source = words.enumerated().map { $0.offset % 5 == 0 ? "x\($0.element)" : $0.element }
      .joined(separator: " ")
    #expect(count * count > QuoteComparator.maxDiffCells)
    guard case .misquote(let detail) = QuoteComparator.compare(claimed: quote, source: source)
    else {
      Issue.record("not a misquote")
      return
    }
    #expect(detail.contains("3000 words, too many to compare word by word; 80%"), "\(detail)")
    // The same words match, however long.
    #expect(QuoteComparator.compare(claimed: quote, source: quote) == .match)
    let unrelated = (0..<count).map { "z\($0)" }.joined(separator: " ")
    #expect(QuoteComparator.compare(claimed: quote, source: unrelated) == .unrelated)
  }

  @Test("an ellipsis matches the words the article left out, in order")
  func ellipsis() {
    let source =
      "peace, friendship and lasting security through cooperation and unity and its result"
    #expect(
      QuoteComparator.compare(claimed: "peace … through cooperation", source: source)
        == .elidedMatch(omittedWords: 4))
    #expect(
      QuoteComparator.compare(claimed: "through cooperation ... peace", source: source)
        != .elidedMatch(omittedWords: 0))
  }

  @Test(
    "a quote splits at every ellipsis, '...' or '…', into the runs of words between them",
    arguments: [
      ("no ellipsis. Two sentences.", [["no", "ellipsis", "two", "sentences"]]),
      ("peace … through cooperation", [["peace"], ["through", "cooperation"]]),
      ("peace...through ... cooperation", [["peace"], ["through"], ["cooperation"]]),
      ("… led by Iran…", [["led", "by", "iran"]]),
      ("a....b", [["a"], ["b"]]),
      ("a.…b", [["a"], ["b"]]),
      ("…", []),
      ("Tahani said…“joint” work", [["tahani", "said"], ["joint", "work"]]),
    ])
  func ellipsisSegments(text: String, segments: [[String]]) {
    #expect(QuoteComparator.segmentsSplitByEllipsis(text).map { $0.map(\.key) } == segments)
  }

  @Test(
    "a source's ellipsis stands for words the article has: its parts in order are a match, other words are not"
  )
  func sourceEllipsis() {
    let article = "We do not have a military alliance with China and we do not plan to create one."
    for source in [
      "We do not have a military alliance with China … we do not plan to create one.",
      "We do not have a military alliance... we do not plan to create one.",
    ] {
      #expect(QuoteComparator.compare(claimed: article, source: source).isMatch, "\(source)")
    }
    #expect(
      QuoteComparator.compare(
        claimed: article,
        source: "We do not have a military alliance with China … we do not plan to create one.")
        == .sourceElided(omittedWords: 1))
    // Words of the article past the source's first or last part are not the source's.
    #expect(
      !QuoteComparator.compare(
        claimed: "Russia will respond to NATO with nuclear strikes",
        source: "Russia will … respond to NATO"
      ).isMatch)
    // A source that ends with an ellipsis leaves the rest open.
    #expect(
      QuoteComparator.compare(
        claimed: "Russia will firmly respond to NATO with nuclear strikes",
        source: "Russia will … respond to NATO …"
      ) == .sourceElided(omittedWords: 1))
    // The parts out of order, or words the article lacks, are no match.
    #expect(
      !QuoteComparator.compare(
        claimed: article,
        source: "we do not plan to create one … We do not have a military alliance with China"
      ).isMatch)
    #expect(
      !QuoteComparator.compare(
        claimed: article,
        source: "We do have a military alliance with China … we do plan to create one."
      ).isMatch)
  }

  @Test("a close difference is a misquote that names what changed; a loose one is a paraphrase")
  func misquoteAndParaphrase() {
    let original = "We do not have a military alliance with China and we do not plan to create one."
    #expect(
      QuoteComparator.compare(
        claimed:
          "We do not have a military alliance with China and we do not intend to create one.",
        source: original)
        == .misquote("the article has 'intend' where the source has 'plan'"))
    #expect(
      QuoteComparator.compare(
        claimed: "We have a military alliance with China and we do not plan to create one",
        source: original)
        == .misquote("the article drops 'do not'"))
    // The same change twice is named with the article's word before each.
    #expect(
      QuoteComparator.compare(
        claimed:
          "We do not have a military alliance with China and we do not not plan to create one.",
        source: "We do have a military alliance with China and we do not plan to create one.")
        == .misquote("the article adds 'not' after 'do'; adds 'not' after 'not'"))
    let sputnik =
      "China-Russia relations do not target third parties and are not influenced by third parties"
    guard
      case .paraphrase = QuoteComparator.compare(
        claimed: "does not target any third party and will not be affected by any third party",
        source: sputnik)
    else {
      Issue.record("expected a paraphrase")
      return
    }
    #expect(
      QuoteComparator.compare(claimed: "the weather is fine today", source: original) == .unrelated)
  }
}
