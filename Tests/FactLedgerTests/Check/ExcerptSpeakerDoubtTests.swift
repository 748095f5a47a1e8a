import Testing

@testable import FactLedger

/// Who an excerpt has say a claim's words is read as `extract` reads an article, and that
/// reading can miss. It may confirm the claimed speaker, but it accuses someone else only when
/// the claimed speaker does not speak in the sentence that holds the words too ("Putin, who
/// had said", "quoting Putin"): there, the reading is a guess between the two, and a guess is
/// no misattribution. Named otherwise ("Xi told Putin"), the claimed speaker says nothing.
@Suite("Checking claims: an excerpt naming the claimed speaker beside another")
struct ExcerptSpeakerDoubtTests {
  typealias F = CheckFixtures

  private static let words = "We do not have a military alliance with China"

  /// A quote of `speaker`'s, with a speaker assertion, and no outlet.
  private static func claim(speaker: String) -> Claim {
    F.claim(
      "putin", kind: .quote,
      attribution: Attribution(kind: .explicit, speaker: Speaker(name: speaker)),
      [
        Assertion(field: .quote, value: .text(words)),
        Assertion(field: .speaker, value: .text(speaker)),
      ])
  }

  /// An item of a blog whose excerpt is `excerpt`, naming no speaker in its facts.
  private static func item(excerpt: String) -> EvidenceItem {
    F.item(
      #"{"id": "ev", "claims": ["putin"], \#(F.source("A blog")), "excerpt": "\#(excerpt)"}"#)
  }

  @Test(
    "an excerpt that names the claimed speaker in the sentence of the words does not misattribute them to the other person named",
    arguments: [
      (
        "Sergei Lavrov",
        #"Foreign Minister Sergei Lavrov, standing next to Russian President Vladimir Putin, said: \"We do not have a military alliance with China.\""#
      ),
      (
        "Vladimir Putin",
        #"Lavrov said he agreed with Putin, who had said: \"We do not have a military alliance with China.\""#
      ),
      (
        "Vladimir Putin",
        #"\"We do not have a military alliance with China,\" Lavrov said, quoting Putin."#
      ),
      (
        "Vladimir Putin",
        #"According to Putin, \"We do not have a military alliance with China,\" Lavrov said."#
      ),
      (
        "Xi Jinping",
        #"Putin said he agreed with Xi, who had said: \"We do not have a military alliance with China.\""#
      ),
    ])
  func namedBesideAnother(speaker: String, excerpt: String) {
    let result = F.check(Self.claim(speaker: speaker), [Self.item(excerpt: excerpt)])
    #expect(result.attribution != .misattributed, "\(result.notes)")
    #expect(!result.reasons.contains(.speakerMismatch), "\(result.notes)")
    #expect(result.overall != .disputed)
  }

  @Test(
    "an excerpt giving the words to someone else misattributes, whether or not it names the claimed speaker other than as speaking",
    arguments: [
      ("Vladimir Putin", #"Foreign Minister Sergei Lavrov said: \"\#(words).\""#),
      ("Vladimir Putin", #"Vladimir Zhirinovsky said: \"\#(words).\""#),
      ("Mike Pence", #"Mike Pompeo said: \"\#(words).\""#),
      ("Vladimir Putin", #"Xi Jinping told Putin: \"\#(words).\""#),
      ("Vladimir Putin", #"In a call with Putin, Xi Jinping said: \"\#(words).\""#),
      ("Vladimir Putin", #"Asked whether Putin agreed, Dmitry Peskov said: \"\#(words).\""#),
    ])
  func otherSpeaker(speaker: String, excerpt: String) {
    let result = F.check(Self.claim(speaker: speaker), [Self.item(excerpt: excerpt)])
    #expect(result.attribution == .misattributed, "\(result.notes)")
    #expect(result.reasons.contains(.speakerMismatch))
  }

  @Test("an excerpt giving the words to the claimed speaker beside another person still confirms")
  func claimedSpeakerBesideAnother() {
    let excerpt =
      #"Vladimir Putin said after a meeting with Xi Jinping: \"We do not have a military alliance with China.\""#
    let result = F.check(Self.claim(speaker: "Vladimir Putin"), [Self.item(excerpt: excerpt)])
    #expect(result.attribution == .confirmed, "\(result.notes) \(result.assertions.map(\.details))")
  }
}
