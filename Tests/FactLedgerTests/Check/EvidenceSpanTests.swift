import TestSupport
import Testing

@testable import FactLedger

/// The days an evidence item's dates span, as the checker compares them with a claim's period.
@Suite("Evidence spans: start, end, date and durationDays")
struct EvidenceSpanTests {
  typealias F = CheckFixtures

  private let exercise = F.drill

  private func source(_ publisher: String) -> String { F.source(publisher) }

  @Test(
    "a day with durationDays and no other end spans those days: a start late in December runs into January",
    arguments: [
      (#""start": "2019-12-30", "durationDays": 4"#, false),
      (#""date": "2019-12-30", "durationDays": 4"#, false),
      (#""end": "2020-01-02", "durationDays": 4"#, false),
      (#""start": "2019-12-27", "durationDays": 4"#, true),
      (#""end": "2019-12-30", "durationDays": 4"#, true),
      // Past the calendar: the days are not counted out (the duration still disagrees).
      (#""start": "2019-12-27", "durationDays": 9223372036854775807"#, true),
    ])
  func durationSpansDays(facts: String, within: Bool) {
    let item = F.item(
      #"{"id": "ev-d", "claims": ["drill"], \#(source("Reuters")), "facts": {\#(facts), "participants": ["Russia", "China"]}}"#
    )
    let result = F.check(exercise, [item])
    #expect(result.reasons.contains(.dateMismatch) == !within, "\(facts): \(result.reasons)")
  }
}
