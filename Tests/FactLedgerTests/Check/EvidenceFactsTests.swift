import Testing

@testable import FactLedger

/// An item's facts keep only what is given, and read back exactly what was set, whatever the
/// order it was set in.
@Suite("Evidence facts: only the given ones kept")
struct EvidenceFactsTests {
  private static let day = EvidenceDate(iso: "2019-12-27")!
  private static let month = EvidenceDate(iso: "2019-12")!
  private static let ships = Quantity(amount: JSONNumber(3), unit: "ship")

  /// Sets every fact, one at a time, in the order of `names`.
  private static func facts(settingIn names: [String]) -> EvidenceItem.Facts {
    var facts = EvidenceItem.Facts()
    for name in names {
      switch name {
      case "start": facts.start = day
      case "end": facts.end = month
      case "date": facts.date = day
      case "durationDays": facts.durationDays = 4
      case "participants": facts.participants = ["Russia", "China", "Iran"]
      case "location": facts.location = ["Gulf of Oman"]
      case "within": facts.within = ["Gulf of Oman": ["Indian Ocean"]]
      case "count": facts.count = ships
      case "amount": facts.amount = Quantity(amount: JSONNumber(literal: "2.5")!, unit: "percent")
      case "quote": facts.quote = "a meaningful level"
      case "speaker": facts.speaker = "Gholamreza Tahani"
      case "role": facts.role = "Second Rear Admiral"
      case "venue": facts.venue = "annual press conference"
      case "event": facts.event = "Marine Security Belt"
      case "organization": facts.organization = "Iranian Navy"
      default: facts.outlet = "cnn"
      }
    }
    return facts
  }

  private static let names = [
    "start", "end", "date", "durationDays", "participants", "location", "within", "count",
    "amount", "quote", "speaker", "role", "venue", "event", "organization", "outlet",
  ]

  @Test("every fact reads back what was set, and the rest read as not given")
  func readBack() {
    let all = Self.facts(settingIn: Self.names)
    #expect(all.start == Self.day)
    #expect(all.end == Self.month)
    #expect(all.date == Self.day)
    #expect(all.durationDays == 4)
    #expect(all.participants == ["Russia", "China", "Iran"])
    #expect(all.location == ["Gulf of Oman"])
    #expect(all.within == ["Gulf of Oman": ["Indian Ocean"]])
    #expect(all.count == Self.ships)
    #expect(all.amount?.unit == "percent")
    #expect(all.quote == "a meaningful level")
    #expect(all.speaker == "Gholamreza Tahani")
    #expect(all.role == "Second Rear Admiral")
    #expect(all.venue == "annual press conference")
    #expect(all.event == "Marine Security Belt")
    #expect(all.organization == "Iranian Navy")
    #expect(all.outlet == "cnn")
    let one = Self.facts(settingIn: ["speaker"])
    #expect(one.speaker == "Gholamreza Tahani")
    #expect(one.quote == nil && one.date == nil && one.count == nil && one.within.isEmpty)
    #expect(one.durationDays == nil && one.participants == nil && one.outlet == nil)
  }

  @Test("facts set in any order are equal, and equal to the same facts made at once")
  func orderDoesNotMatter() {
    let forward = Self.facts(settingIn: Self.names)
    #expect(Self.facts(settingIn: Self.names.reversed()) == forward)
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    let shuffled = Self.names.shuffled(using: &generator)
    #expect(Self.facts(settingIn: shuffled) == forward, "\(shuffled), seed \(seed)")
    let atOnce = EvidenceItem.Facts(
      date: Self.day, count: Self.ships, speaker: "Gholamreza Tahani", outlet: "cnn")
    #expect(Self.facts(settingIn: ["outlet", "count", "speaker", "date"]) == atOnce)
    #expect(Self.facts(settingIn: ["outlet", "count", "speaker"]) != atOnce)
  }

  @Test("a fact set to nothing, or within set empty, is taken away; a changed one replaced")
  func takeAwayAndReplace() {
    var facts = Self.facts(settingIn: ["date", "speaker", "within"])
    facts.speaker = "Vladimir Putin"
    #expect(facts.speaker == "Vladimir Putin")
    facts.speaker = nil
    facts.within = [:]
    #expect(facts == Self.facts(settingIn: ["date"]))
    facts.date = nil
    #expect(facts == EvidenceItem.Facts())
  }
}
