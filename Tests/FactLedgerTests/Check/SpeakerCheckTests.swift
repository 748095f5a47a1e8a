import Testing

@testable import FactLedger

/// The speaker an item gives for a claim's quote, written otherwise than the claim writes it.
@Suite("Checking claims: the speaker written otherwise")
struct SpeakerCheckTests {
  typealias F = CheckFixtures

  private let words =
    "We do not have a military alliance with China and we do not plan to create one."

  @Test(
    "the speaker named with a title, a patronymic, an initial or 'Last, First' is the same speaker: confirmed",
    arguments: [
      "Vladimir Vladimirovich Putin", "President Putin", "Mr. Putin", "V. Putin",
      "Putin, Vladimir",
    ])
  func speakerWrittenOtherwise(speaker: String) {
    let item = F.quoteItem("ev-nw", publisher: "Newsweek", speaker: speaker, words: words)
    let result = F.check(F.putinQuote, [item])
    #expect(result.attribution == .confirmed)
    #expect(result.overall == .verified)
    #expect(!result.reasons.contains(.speakerMismatch))
  }

  @Test(
    "a speaker given by first name alone or in another script neither supports nor contradicts the claimed speaker",
    arguments: ["Vladimir", "Владимир Путин"])
  func speakerUnclear(speaker: String) {
    let item = F.quoteItem("ev-nw", publisher: "Newsweek", speaker: speaker, words: words)
    let result = F.check(F.putinQuote, [item])
    #expect(result.overall != .disputed)
    #expect(!result.reasons.contains(.speakerMismatch))
    // The speaker assertion is left open (the outlet still shows the words).
    #expect(result.assertions[1].details.isEmpty, "\(result.assertions[1].details)")
  }
}
