import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The drafter behind `claim new`, on the shipped ledger: finding words, ids, kinds and the
/// drafted attribution.
@Suite("Claim drafter")
struct ClaimDrafterTests {
  private let drafter: ClaimDrafter

  init() throws {
    drafter = ClaimDrafter(ledger: try LedgerLoader().load(at: RepositoryPaths.ledger))
  }

  private func draft(_ quote: String, kind: ClaimKind? = nil) throws -> ClaimDrafter.Draft {
    try drafter.draft(ClaimDrafter.Request(article: "crespo-2020-05-27", quote: quote, kind: kind))
  }

  @Test("a slug of the first five words, lowercase ASCII, from any spelling")
  func slug() {
    #expect(
      ClaimDrafter.slug(of: "“Joint experimental design work with the Chinese”")
        == "joint-experimental-design-work-with")
    #expect(ClaimDrafter.slug(of: "Émigrés’ café — 2018") == "emigres-cafe-2018")
    #expect(ClaimDrafter.slug(of: "“…”") == "claim")
  }

  @Test("the Kochkin sentence drafts an explicit attribution: cue, speaker and outlet")
  func kochkin() throws {
    let draft = try draft("Joint experimental design work with the Chinese side is underway")
    #expect(!draft.wasFolded)
    #expect(draft.claim.kind == .quote)
    #expect(draft.claim.attribution.cue == TextSpan(exact: "said", start: 1914, end: 1918))
    #expect(draft.claim.attribution.speaker?.name == "Alexander Kochkin")
    #expect(draft.claim.attribution.outlet == "tass")
    #expect(draft.claim.isDraft)
    #expect(draft.location == SourceLocation(line: 17, column: 180))
  }

  @Test("a sentence with no cue is an event with no attribution; --kind overrides the kind")
  func noCue() throws {
    let event = try draft("China and Russia call it")
    #expect(event.claim.kind == .event)
    #expect(event.claim.attribution.kind == .none)
    #expect(
      event.claim.assertions == [Assertion(field: .participants, value: .set(["China", "Russia"]))])
    #expect(try draft("China and Russia call it", kind: .statistic).claim.kind == .statistic)
  }

  @Test("the drafted record holds the typed assertions its words show, and validates")
  func typedAssertions() throws {
    let exercise = try draft(
      "in December, China, Russia, and Iran completed a four-day joint military exercise in the Indian Ocean and Gulf of Oman"
    )
    let december = Period(
      start: CalendarDate(year: 2019, month: 12, day: 1)!,
      end: CalendarDate(year: 2019, month: 12, day: 31)!)
    #expect(
      exercise.claim.assertions == [
        Assertion(field: .participants, value: .set(["China", "Russia", "Iran"])),
        Assertion(field: .period, text: "in December", value: .period(december)),
        Assertion(
          field: .duration, text: "four-day", value: .quantity(Quantity(amount: 4, unit: "day"))),
        Assertion(field: .location, value: .set(["Indian Ocean", "Gulf of Oman"])),
      ])
    let quote = try draft(
      "We do not have a military alliance with China and we do not plan to create one.")
    #expect(quote.claim.kind == .quote)
    #expect(
      quote.claim.assertions.first
        == Assertion(
          field: .quote,
          value: .text(
            "We do not have a military alliance with China and we do not plan to create one.")))
  }

  @Test("a full stop after U.S. does not end the sentence")
  func abbreviation() {
    let text = ArticleText("Officials in the U.S. said more. Next one.")
    let sentence = SentenceBounds.sentence(around: 22..<26, in: text)
    #expect(
      text.text(from: sentence.lowerBound, to: sentence.upperBound)
        == "Officials in the U.S. said more.")
  }

  @Test("errors: empty words, an unknown article, words that are nowhere")
  func errors() throws {
    #expect(throws: ClaimDraftError.emptyQuote) { try draft(" \n ") }
    #expect(throws: ClaimDraftError.unknownArticle("nowhere")) {
      try drafter.draft(ClaimDrafter.Request(article: "nowhere", quote: "Putin"))
    }
    #expect {
      try draft("zebras in orbit")
    } throws: { error in
      guard case .notFound = error as? ClaimDraftError else { return false }
      return true
    }
  }
}
