import TestSupport
import Testing

@testable import FactLedger

/// One test per reason code: the evidence that must raise it, and evidence that must not.
@Suite("Checking claims: statuses and reason codes")
struct ClaimCheckerTests {
  typealias F = CheckFixtures

  private let exercise = F.drill

  private func source(_ publisher: String) -> String { F.source(publisher) }

  private let good = F.item(
    #"{"id": "ev-good", "claims": ["drill"], "source": {"publisher": "Reuters"}, "facts": {"start": "2019-12-27", "end": "2019-12-30", "participants": ["Russia", "China"]}}"#
  )

  @Test("verified: every assertion supported by independent evidence")
  func verified() {
    let result = F.check(exercise, [good])
    #expect(result.content == .verified)
    #expect(result.overall == .verified)
    #expect(result.reasons == [.unsourced])
    #expect(
      result.assertions.allSatisfy { $0.state == .supported && $0.supportedBy == ["ev-good"] })
  }

  @Test("incomplete-evidence: one assertion uncovered leaves the claim unverified (FEVER's rule)")
  func incomplete() {
    let partial = F.item(
      #"{"id": "ev-part", "claims": ["drill"], \#(source("Reuters")), "facts": {"participants": ["Russia", "China"]}}"#
    )
    let result = F.check(exercise, [partial])
    #expect(result.content == .unverified)
    #expect(result.reasons.contains(.incompleteEvidence))
    #expect(!F.check(exercise, [good]).reasons.contains(.incompleteEvidence))
  }

  @Test("no-evidence: nothing bears on the claim")
  func noEvidence() {
    #expect(F.check(exercise, []).reasons.contains(.noEvidence))
    #expect(!F.check(exercise, [good]).reasons.contains(.noEvidence))
  }

  @Test("date-mismatch and duration-mismatch: the evidence's days fall outside the claim")
  func dateAndDuration() {
    let september = F.item(
      #"{"id": "ev-sep", "claims": ["drill"], \#(source("Reuters")), "facts": {"start": "2019-09-11", "end": "2019-09-17"}}"#
    )
    let result = F.check(exercise, [september])
    #expect(result.overall == .disputed)
    #expect(result.reasons.contains(.dateMismatch))
    #expect(result.reasons.contains(.durationMismatch))
    #expect(!F.check(exercise, [good]).reasons.contains(.dateMismatch))
  }

  @Test("participants-mismatch: the evidence's list lacks a claimed participant")
  func participants() {
    let twoOthers = F.item(
      #"{"id": "ev-p", "claims": ["drill"], \#(source("Reuters")), "facts": {"participants": ["Russia", "Iran"]}}"#
    )
    #expect(F.check(exercise, [twoOthers]).reasons.contains(.participantsMismatch))
    #expect(!F.check(exercise, [good]).reasons.contains(.participantsMismatch))
  }

  @Test(
    "conflicting-evidence: evidence that contradicts itself disputes the claim and names both sides"
  )
  func conflicting() {
    let late = F.item(
      #"{"id": "ev-late", "claims": ["drill"], \#(source("AFP")), "facts": {"date": "2020-01-05"}}"#
    )
    let result = F.check(exercise, [good, late])
    #expect(result.overall == .disputed)
    #expect(result.reasons.contains(.conflictingEvidence))
    let period = result.assertions.first { $0.field == .period }
    #expect(period?.state == .conflicting)
    #expect(period?.supportedBy == ["ev-good"])
    #expect(period?.contradictedBy == ["ev-late"])
    #expect(!F.check(exercise, [good]).reasons.contains(.conflictingEvidence))
  }

  @Test("circular-sourcing: an event supported only by the outlet it cites stays unverified")
  func circular() {
    let cited = F.claim(
      "drill", attribution: Attribution(kind: .explicit, outlet: "newsweek"), exercise.assertions)
    let fromNewsweek = F.item(
      #"{"id": "ev-nw", "claims": ["drill"], \#(source("Newsweek")), "facts": {"start": "2019-12-27", "end": "2019-12-30", "participants": ["Russia", "China"]}}"#
    )
    let result = F.check(cited, [fromNewsweek])
    #expect(result.attribution == .confirmed)
    #expect(result.content == .unverified)
    #expect(result.reasons.contains(.circularSourcing))
    #expect(result.assertions.allSatisfy { $0.state == .circular })
    let independent = F.check(cited, [fromNewsweek, good])
    #expect(independent.content == .verified)
    #expect(!independent.reasons.contains(.circularSourcing))
  }

  // MARK: - Quotes and attribution

  private let quote = F.putinQuote

  private func quoteItem(_ id: String, publisher: String, speaker: String, words: String)
    -> EvidenceItem
  {
    F.quoteItem(id, publisher: publisher, speaker: speaker, words: words)
  }

  @Test(
    "a quote confirmed by the cited outlet is both confirmed and verified: the words are the content"
  )
  func quoteConfirmed() {
    let item = quoteItem(
      "ev-nw", publisher: "Newsweek", speaker: "Vladimir Putin",
      words: "We do not have a military alliance with China and we do not plan to create one.")
    let result = F.check(quote, [item])
    #expect(result.attribution == .confirmed)
    #expect(result.content == .verified)
    #expect(result.overall == .verified)
    #expect(result.reasons.isEmpty)
  }

  @Test("misquote: the cited outlet has other words, so the claim is misattributed and disputed")
  func misquote() {
    let item = quoteItem(
      "ev-nw", publisher: "Newsweek", speaker: "Vladimir Putin",
      words: "We do not have a military alliance with China and we do not intend to create one.")
    let result = F.check(quote, [item])
    #expect(result.attribution == .misattributed)
    #expect(result.overall == .disputed)
    #expect(result.reasons.contains(.misquote))
    #expect(
      result.assertions[0].details == [
        "ev-nw: contradicts: the article has 'plan' where the source has 'intend'"
      ])
  }

  @Test("speaker-mismatch: evidence gives the very words to someone else")
  func speakerMismatch() {
    let item = quoteItem(
      "ev-x", publisher: "Reuters", speaker: "Dmitry Peskov",
      words: "We do not have a military alliance with China and we do not plan to create one.")
    let result = F.check(quote, [item])
    #expect(result.attribution == .misattributed)
    #expect(result.reasons.contains(.speakerMismatch))
    let unrelated = quoteItem(
      "ev-y", publisher: "Reuters", speaker: "Dmitry Peskov",
      words: "The weather in Moscow is cold.")
    #expect(!F.check(quote, [unrelated]).reasons.contains(.speakerMismatch))
  }

  @Test("paraphrase: other words for the same idea neither confirm nor dispute the quote")
  func paraphrase() {
    let item = quoteItem(
      "ev-p", publisher: "RT", speaker: "Vladimir Putin",
      words: "We do not have an alliance with China and do not plan one")
    let result = F.check(quote, [item])
    #expect(result.reasons.contains(.paraphrase))
    #expect(result.content == .unverified)
    #expect(result.overall != .disputed)
  }

  @Test(
    "attribution-unconfirmed and vague-source: no evidence shows the named or vague source saying it"
  )
  func unconfirmed() {
    #expect(F.check(quote, []).reasons.contains(.attributionUnconfirmed))
    let vague = F.claim(
      "experts", kind: .statement,
      attribution: Attribution(
        kind: .explicit, speaker: Speaker(description: "Russian experts"), isVague: true),
      [Assertion(field: .proposition, value: .text("a growing partnership"))])
    let result = F.check(
      vague, [F.item(#"{"id": "e", "claims": ["experts"], \#(source("X")), "stance": "supports"}"#)]
    )
    #expect(result.attribution == .unconfirmed)
    #expect(result.reasons.contains(.vagueSource))
    #expect(!result.reasons.contains(.attributionUnconfirmed))
  }

  @Test("unsourced: no source and nothing verified makes the overall status unsourced")
  func unsourced() {
    let result = F.check(exercise, [])
    #expect(result.attribution == .unsourced)
    #expect(result.overall == .unsourced)
    #expect(result.reasons.contains(.unsourced))
    #expect(F.check(quote, []).attribution != .unsourced)
  }

  @Test("role-mismatch and venue-mismatch dispute a credential or a quote's occasion")
  func roleAndVenue() {
    let credential = F.claim(
      "pir", kind: .credential,
      [
        Assertion(field: .role, value: .text("President")),
        Assertion(field: .venue, value: .text("ArmHiTec-2018")),
      ])
    let other = F.item(
      #"{"id": "e", "claims": ["pir"], \#(source("Bulletin")), "facts": {"role": "senior vice president", "venue": "Valdai Discussion Club"}}"#
    )
    let result = F.check(credential, [other])
    #expect(result.reasons.contains(.roleMismatch))
    #expect(result.reasons.contains(.venueMismatch))
    let same = F.item(
      #"{"id": "e", "claims": ["pir"], \#(source("Bulletin")), "facts": {"role": "President", "venue": "ArmHiTec-2018 exhibition"}}"#
    )
    #expect(F.check(credential, [same]).overall == .verified)
  }

  @Test("refuted: an item whose stance refutes the claim disputes it")
  func refuted() {
    let proposition = F.claim(
      "first", [Assertion(field: .proposition, value: .text("the first time"))])
    let refuting = F.item(
      #"{"id": "e", "claims": ["first"], \#(source("X")), "stance": "refutes"}"#)
    #expect(F.check(proposition, [refuting]).reasons.contains(.refuted))
    #expect(F.check(proposition, [refuting]).overall == .disputed)
    let supporting = F.item(
      #"{"id": "e", "claims": ["first"], \#(source("X")), "stance": "supports"}"#)
    #expect(!F.check(proposition, [supporting]).reasons.contains(.refuted))
  }

  @Test("count-mismatch: another number of the same unit")
  func countMismatch() {
    let ships = F.claim(
      "ships", kind: .statistic,
      [Assertion(field: .count, value: .quantity(Quantity(amount: 3, unit: "ship")))])
    let four = F.item(
      #"{"id": "e", "claims": ["ships"], \#(source("X")), "facts": {"count": {"amount": 4, "unit": "ship"}}}"#
    )
    #expect(F.check(ships, [four]).reasons.contains(.countMismatch))
    let three = F.item(
      #"{"id": "e", "claims": ["ships"], \#(source("X")), "facts": {"count": {"amount": 3, "unit": "ship"}}}"#
    )
    #expect(!F.check(ships, [three]).reasons.contains(.countMismatch))
  }

  @Test("review-disagrees: the latest human review says otherwise than the evidence")
  func reviewDisagrees() {
    let hash = String(repeating: "a", count: 64)
    let reviewed = { (status: Review.Status) in
      F.claim(
        "drill", self.exercise.assertions,
        reviews: [
          Review(
            status: status, time: "2026-11-01T10:00:00Z", reviewer: "Standards desk",
            previousHash: nil, hash: hash)
        ])
    }
    let result = F.check(reviewed(.disputed), [good])
    #expect(result.reasons.contains(.reviewDisagrees))
    #expect(result.notes.contains { $0.contains("disputed, by Standards desk") })
    #expect(!F.check(reviewed(.verified), [good]).reasons.contains(.reviewDisagrees))
  }

  @Test("records that are not claims, or need no source and have no evidence, are not checked")
  func notChecked() {
    let headline = F.claim("headline", kind: .headline, [])
    let opinion = F.claim("opinion", kind: .opinion, [])
    let report = ClaimChecker(ledger: F.ledger([headline, opinion, exercise])).check([good])
    #expect(report.results.map(\.id) == ["drill"])
    #expect(report.notChecked == 2)
  }
}
