import Testing

@testable import FactLedger

/// What the checker works out once and reuses (a claim's quotes for all its items, an item's
/// words for every claim) never hands one text's answer to another.
@Suite("Checking claims: work done once is each text's own")
struct CheckerCacheTests {
  typealias F = CheckFixtures

  private static let words =
    "We do not have a military alliance with China and we do not plan to create one."

  private func quoteClaim(_ id: String, words: String = CheckerCacheTests.words) -> Claim {
    F.claim(
      id, kind: .quote,
      attribution: Attribution(
        kind: .explicit, speaker: Speaker(name: "Vladimir Putin"), outlet: "newsweek"),
      [
        Assertion(field: .quote, value: .text(words)),
        Assertion(field: .speaker, value: .text("Vladimir Putin")),
      ])
  }

  private func quoteItem(_ id: String, claim: String, words: String) -> EvidenceItem {
    F.item(
      #"{"id": "\#(id)", "claims": ["\#(claim)"], "source": {"publisher": "Newsweek"}, "facts": {"speaker": "Vladimir Putin", "quote": "\#(words)"}}"#
    )
  }

  @Test("two claims with the same quote, each against its own item, get each item's verdict")
  func sameQuoteOtherItems() {
    let ledger = F.ledger([quoteClaim("first"), quoteClaim("second")])
    let report = ClaimChecker(ledger: ledger).check([
      quoteItem("ev-same", claim: "first", words: Self.words),
      quoteItem(
        "ev-other", claim: "second",
        words: "We do not have a military alliance with China and we do not intend to create one."),
    ])
    #expect(report.results.map(\.id) == ["first", "second"])
    #expect(report.results[0].overall == .verified)
    #expect(report.results[0].assertions[0].details == ["ev-same: supports: the words match"])
    #expect(report.results[1].overall == .disputed)
    #expect(
      report.results[1].assertions[0].details == [
        "ev-other: contradicts: the article has 'plan' where the source has 'intend'"
      ])
  }

  @Test("one quote against several items: each item's words are compared on their own")
  func oneQuoteManyItems() {
    let result = F.check(
      quoteClaim("putin"),
      [
        quoteItem("ev-a", claim: "putin", words: Self.words),
        quoteItem(
          "ev-b", claim: "putin",
          words: "We do not have a military alliance with China and we do not wish to create one."),
        quoteItem("ev-c", claim: "putin", words: "The weather is cold."),
      ])
    #expect(result.assertions[0].state == .conflicting)
    #expect(
      result.assertions[0].details == [
        "ev-a: supports: the words match",
        "ev-b: contradicts: the article has 'plan' where the source has 'wish'",
      ])
  }

  @Test("an elided quote matches each source that has its words, and only those")
  func elidedQuoteManyItems() {
    var claim = quoteClaim("putin")
    claim.assertions[0] = Assertion(
      field: .quote,
      value: .text("We do not have a military alliance … we do not plan to create one."))
    let result = F.check(
      claim,
      [
        quoteItem("ev-a", claim: "putin", words: Self.words),
        quoteItem(
          "ev-b", claim: "putin",
          words: "we do not plan to create one. We do not have a military alliance"),
      ])
    #expect(
      result.assertions[0].details.first
        == "ev-a: supports: the words match; the ellipsis stands for 3 words of the source")
    #expect(result.assertions[0].supportedBy == ["ev-a"])
  }

  @Test(
    "a word spelt two ways (one letter, or a letter and a combining mark) is the same word to every claim, whichever spelling came first"
  )
  func spellings() {
    let precomposed = "We do not have a na\u{EF}ve alliance with China."
    let combining = "We do not have a nai\u{308}ve alliance with China."
    for (claimed, first, second) in [
      (precomposed, combining, precomposed), (combining, precomposed, combining),
    ] {
      let result = F.check(
        quoteClaim("putin", words: claimed),
        [
          quoteItem("ev-first", claim: "putin", words: first),
          quoteItem("ev-second", claim: "putin", words: second),
        ])
      #expect(result.overall == .verified)
      #expect(
        result.assertions[0].details == [
          "ev-first: supports: the words match", "ev-second: supports: the words match",
        ])
    }
  }

  @Test("a title is compared with each role it meets, and a name looked for in each excerpt")
  func pairsOfTexts() {
    let gazetteer = F.gazetteer
    let deputy = F.item(
      #"{"id": "ev-1", "claims": ["c"], "source": {"publisher": "TASS"}, "facts": {"role": "Tecmash Deputy CEO"}}"#
    )
    let chief = F.item(
      #"{"id": "ev-2", "claims": ["c"], "source": {"publisher": "TASS"}, "facts": {"role": "senior vice president"}}"#
    )
    #expect(RoleComparator.compare("deputy CEO", with: deputy, gazetteer: gazetteer).isSupport)
    #expect(
      RoleComparator.compare("deputy CEO", with: chief, gazetteer: gazetteer).reason
        == .roleMismatch)
    #expect(
      RoleComparator.compare("president", with: chief, gazetteer: gazetteer).reason == .roleMismatch
    )
    // The same role against another title: not the answer kept for the first title.
    #expect(
      RoleComparator.compare("senior vice president", with: chief, gazetteer: gazetteer)
        .isSupport)
    let naming = F.item(
      #"{"id": "ev-3", "claims": ["c"], "source": {"publisher": "TASS"}, "excerpt": "said Samuel Bendett, an analyst"}"#
    )
    let silent = F.item(
      #"{"id": "ev-4", "claims": ["c"], "source": {"publisher": "TASS"}, "excerpt": "said an analyst"}"#
    )
    #expect(TextComparator.inExcerpt("Sam Bendett", of: naming, gazetteer: gazetteer).isSupport)
    #expect(
      TextComparator.inExcerpt("Sam Bendett", of: silent, gazetteer: gazetteer) == .notCovered)
    #expect(
      TextComparator.inExcerpt("Evgeny Buzhinskiy", of: naming, gazetteer: gazetteer) == .notCovered
    )
  }
}
