import TestSupport
import Testing

@testable import FactLedger

/// An item that refutes a claim, or whose facts contradict it, supports none of its other
/// assertions through its excerpt; an item that supports, or says nothing of its stance, does.
@Suite("Refuting evidence supports nothing through its excerpt")
struct RefutingEvidenceTests {
  typealias F = CheckFixtures

  private let drill = F.claim(
    "drill",
    [
      Assertion(field: .event, value: .text("Marine Security Belt")),
      Assertion(field: .participants, value: .set(["Russia", "China"])), F.december2019,
    ])

  private let excerpt =
    #""excerpt": "Russia and China joined the Marine Security Belt drills in the Gulf of Oman.""#

  private func item(_ extra: String) -> EvidenceItem {
    F.item(
      #"{"id": "ev", "claims": ["drill"], "source": {"publisher": "Reuters"}, \#(excerpt)\#(extra)}"#
    )
  }

  private func state(_ field: Assertion.Field, _ result: CheckReport.ClaimResult)
    -> CheckReport.AssertionResult.State?
  {
    result.assertions.first { $0.field == field }?.state
  }

  @Test("an item whose stance refutes supports no assertion through its excerpt")
  func refutingStance() {
    let result = F.check(drill, [item(#", "stance": "refutes""#)])
    #expect(state(.event, result) == .uncovered)
    #expect(state(.participants, result) == .uncovered)
    #expect(result.reasons.contains(.refuted))
    #expect(result.assertions.allSatisfy { $0.supportedBy.isEmpty })
  }

  @Test("an item whose facts contradict one assertion supports no other through its excerpt")
  func contradictingFacts() {
    let result = F.check(drill, [item(#", "facts": {"date": "2019-11-27"}"#)])
    #expect(state(.period, result) == .contradicted)
    #expect(state(.event, result) == .uncovered)
    #expect(state(.participants, result) == .uncovered)
  }

  @Test("an item whose stance supports, or is unstated, supports through its excerpt")
  func supportingOrUnstated() {
    for extra in [#", "stance": "supports""#, ""] {
      let result = F.check(drill, [item(extra)])
      #expect(state(.event, result) == .supported)
      #expect(state(.participants, result) == .supported)
    }
    let agreeingFacts = F.check(drill, [item(#", "facts": {"date": "2019-12-27"}"#)])
    #expect(agreeingFacts.content == .verified)
  }

  @Test("a refuting item's excerpt does not support a quote, nor confirm who said it")
  func refutingQuote() {
    let quote = F.claim(
      "putin", kind: .quote,
      attribution: Attribution(
        kind: .explicit, speaker: Speaker(name: "Vladimir Putin"), outlet: "newsweek"),
      [Assertion(field: .quote, value: .text("we do not plan to create one"))])
    let words = #""excerpt": "Putin said: we do not plan to create one.""#
    let refuting = F.item(
      #"{"id": "ev", "claims": ["putin"], "stance": "refutes", "source": {"publisher": "Newsweek"}, \#(words)}"#
    )
    let result = F.check(quote, [refuting])
    #expect(result.assertions[0].state == .uncovered)
    #expect(result.attribution == .unconfirmed)
    let supporting = F.item(
      #"{"id": "ev", "claims": ["putin"], "source": {"publisher": "Newsweek"}, \#(words)}"#)
    #expect(F.check(quote, [supporting]).attribution == .confirmed)
  }
}
