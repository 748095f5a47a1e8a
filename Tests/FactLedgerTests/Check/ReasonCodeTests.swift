import TestSupport
import Testing

@testable import FactLedger

/// Every reason code, each with the evidence that raises it and the nearest case that must not.
@Suite("Reason codes: each raised when it says, and not in its nearest neighbouring case")
struct ReasonCodeTests {
  typealias F = CheckFixtures

  /// A reason, a claim, evidence that raises it, and the nearest evidence that does not.
  struct Case: Sendable, CustomTestStringConvertible {
    var reason: ReasonCode
    var claim: Claim
    var raising: [EvidenceItem]
    var neighbour: [EvidenceItem]
    /// The claim of the neighbouring case, when it is not `claim`.
    var neighbourClaim: Claim? = nil
    var testDescription: String { reason.rawValue }
  }

  static func item(_ claim: String, _ body: String, publisher: String = "Reuters", id: String = "e")
    -> EvidenceItem
  {
    F.item(
      #"{"id": "\#(id)", "claims": ["\#(claim)"], "source": {"publisher": "\#(publisher)"}\#(body.isEmpty ? "" : ", ")\#(body)}"#
    )
  }

  static let putinWords =
    "We do not have a military alliance with China and we do not plan to create one."

  /// Putin's quote, cited to Newsweek.
  static let quote = F.claim(
    "putin", kind: .quote,
    attribution: Attribution(
      kind: .explicit, speaker: Speaker(name: "Vladimir Putin"), outlet: "newsweek"),
    [
      Assertion(field: .quote, value: .text(putinWords)),
      Assertion(field: .speaker, value: .text("Vladimir Putin")),
    ])

  static func quoted(_ words: String, by speaker: String, publisher: String = "Newsweek")
    -> EvidenceItem
  {
    item(
      "putin", #""facts": {"speaker": "\#(speaker)", "quote": "\#(words)"}"#, publisher: publisher)
  }

  /// A drill in December 2019, with Russia and China, for four days; no source named.
  static let drill = F.claim(
    "drill",
    [
      Assertion(field: .participants, value: .set(["Russia", "China"])), F.december2019,
      Assertion(
        field: .duration, text: "four-day", value: .quantity(Quantity(amount: 4, unit: "day"))),
    ])

  static let drillFacts =
    #""facts": {"start": "2019-12-27", "end": "2019-12-30", "participants": ["Russia", "China"]}"#
  static let goodDrill = item("drill", drillFacts)

  static let credential = F.claim(
    "pir", kind: .credential,
    [
      Assertion(field: .speaker, value: .text("Evgeny Buzhinskiy")),
      Assertion(field: .role, value: .text("President")),
      Assertion(field: .venue, value: .text("ArmHiTec-2018")),
    ])

  static let proposition = F.claim(
    "first", [Assertion(field: .proposition, value: .text("the first time"))])

  static let ships = F.claim(
    "ships", kind: .statistic,
    [Assertion(field: .count, value: .quantity(Quantity(amount: 3, unit: "ship")))])

  static let vague = F.claim(
    "experts", kind: .statement,
    attribution: Attribution(
      kind: .explicit, speaker: Speaker(description: "Russian experts"), isVague: true),
    [Assertion(field: .proposition, value: .text("a growing partnership"))])

  static let named = F.claim(
    "experts", kind: .statement,
    attribution: Attribution(kind: .explicit, speaker: Speaker(name: "Sam Bendett")),
    [Assertion(field: .proposition, value: .text("a growing partnership"))])

  static let cited = F.claim(
    "drill", attribution: Attribution(kind: .explicit, outlet: "newsweek"), drill.assertions)

  static func reviewed(_ status: Review.Status) -> Claim {
    F.claim(
      "drill", drill.assertions,
      reviews: [
        Review(
          status: status, time: "2026-11-01T10:00:00Z", reviewer: "Standards desk",
          previousHash: nil, hash: String(repeating: "a", count: 64))
      ])
  }

  static let cases: [Case] = [
    Case(
      reason: .misquote, claim: quote,
      raising: [
        quoted(putinWords.replacingOccurrences(of: "plan", with: "intend"), by: "Vladimir Putin")
      ],
      neighbour: [quoted(putinWords, by: "Vladimir Putin")]),
    Case(
      reason: .dateMismatch, claim: drill,
      raising: [item("drill", #""facts": {"date": "2019-11-27"}"#)],
      neighbour: [item("drill", #""facts": {"date": "2019-12-27"}"#)]),
    Case(
      reason: .participantsMismatch, claim: drill,
      raising: [item("drill", #""facts": {"participants": ["Russia", "Iran"]}"#)],
      neighbour: [item("drill", #""facts": {"participants": ["Russia", "China", "Iran"]}"#)]),
    Case(
      reason: .durationMismatch, claim: drill,
      raising: [item("drill", #""facts": {"start": "2019-12-27", "end": "2019-12-31"}"#)],
      neighbour: [item("drill", #""facts": {"start": "2019-12-27", "end": "2019-12-30"}"#)]),
    Case(
      reason: .countMismatch, claim: ships,
      raising: [item("ships", #""facts": {"count": {"amount": 4, "unit": "ship"}}"#)],
      neighbour: [item("ships", #""facts": {"count": {"amount": 3, "unit": "ship"}}"#)]),
    Case(
      reason: .roleMismatch, claim: credential,
      raising: [
        item("pir", #""facts": {"speaker": "Evgeny Buzhinskiy", "role": "vice president"}"#)
      ],
      // The same role given to another person says nothing of the claimed speaker's.
      neighbour: [item("pir", #""facts": {"speaker": "Sam Bendett", "role": "vice president"}"#)]),
    Case(
      reason: .venueMismatch, claim: credential,
      raising: [item("pir", #""facts": {"venue": "Valdai Discussion Club"}"#)],
      neighbour: [item("pir", #""facts": {"venue": "the ArmHiTec-2018 exhibition"}"#)]),
    Case(
      reason: .speakerMismatch, claim: quote,
      raising: [quoted(putinWords, by: "Geng Shuang", publisher: "Reuters")],
      // The named speaker with other words is a misquote, not someone else speaking.
      neighbour: [
        quoted(putinWords.replacingOccurrences(of: "plan", with: "intend"), by: "Vladimir Putin")
      ]),
    Case(
      reason: .refuted, claim: proposition,
      raising: [item("first", #""stance": "refutes""#)],
      neighbour: [item("first", #""stance": "supports""#)]),
    Case(
      reason: .conflictingEvidence, claim: drill,
      raising: [goodDrill, item("drill", #""facts": {"date": "2019-11-27"}"#, id: "e2")],
      neighbour: [goodDrill, item("drill", #""facts": {"date": "2019-12-28"}"#, id: "e2")]),
    Case(
      reason: .circularSourcing, claim: cited,
      raising: [item("drill", drillFacts, publisher: "Newsweek")],
      neighbour: [item("drill", drillFacts, publisher: "Reuters")]),
    Case(
      reason: .incompleteEvidence, claim: drill,
      raising: [item("drill", #""facts": {"participants": ["Russia", "China"]}"#)],
      neighbour: [goodDrill]),
    Case(
      reason: .noEvidence, claim: drill, raising: [],
      neighbour: [item("drill", #""facts": {"participants": ["Russia", "China"]}"#)]),
    Case(
      reason: .paraphrase, claim: quote,
      raising: [
        quoted("We do not have an alliance with China and do not plan one", by: "Vladimir Putin")
      ],
      // One word changed is a misquote, not a paraphrase.
      neighbour: [
        quoted(putinWords.replacingOccurrences(of: "plan", with: "intend"), by: "Vladimir Putin")
      ]),
    Case(reason: .unsourced, claim: drill, raising: [], neighbour: [], neighbourClaim: cited),
    Case(
      reason: .vagueSource, claim: vague, raising: [item("experts", #""stance": "supports""#)],
      neighbour: [item("experts", #""stance": "supports""#)], neighbourClaim: named),
    Case(
      reason: .attributionUnconfirmed, claim: named, raising: [],
      neighbour: [item("experts", #""stance": "supports", "facts": {"speaker": "Sam Bendett"}"#)]),
    Case(
      reason: .reviewDisagrees, claim: reviewed(.disputed), raising: [goodDrill],
      neighbour: [item("drill", #""facts": {"date": "2019-11-27"}"#)]),
  ]

  @Test("every reason code has a case here")
  func everyReasonHasACase() {
    #expect(Set(Self.cases.map(\.reason)) == Set(ReasonCode.allCases))
  }

  @Test("raised by its case, not by the nearest neighbouring case", arguments: cases)
  func raisedAndNotByNeighbour(_ example: Case) {
    let raised = F.check(example.claim, example.raising)
    #expect(raised.reasons.contains(example.reason), "\(raised.reasons)")
    let neighbour = F.check(example.neighbourClaim ?? example.claim, example.neighbour)
    #expect(!neighbour.reasons.contains(example.reason), "\(neighbour.reasons)")
  }
}
