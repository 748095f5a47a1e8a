import Testing

@testable import FactLedger

/// An excerpt that quotes the claim's words otherwise: a quotation in it close to the claim's
/// quote (three quarters of the words in order) is a misquote, as a `facts.quote` with other
/// words is; from the named source it misattributes the claim. Words in no quotation marks
/// are the page's own, and a quotation the excerpt gives to someone else is another statement.
@Suite("Checking claims: an excerpt quoting the words otherwise")
struct ExcerptMisquoteTests {
  typealias F = CheckFixtures

  /// The claim's words with "not" left out of the first clause.
  private static let changed =
    "We do have a military alliance with China and we do not plan to create one."

  private static func item(publisher: String, excerpt: String) -> EvidenceItem {
    F.item(
      #"{"id": "ev", "claims": ["putin"], \#(F.source(publisher)), "excerpt": "\#(excerpt)"}"#)
  }

  @Test("the named outlet's excerpt quoting the speaker otherwise misattributes the claim")
  func fromNamedOutlet() {
    let item = Self.item(publisher: "Newsweek", excerpt: #"Putin said: \"\#(Self.changed)\""#)
    let result = F.check(F.putinQuote, [item])
    #expect(result.attribution == .misattributed, "\(result.notes)")
    #expect(result.reasons.contains(.misquote))
    #expect(
      result.assertions[0].details.contains { $0.contains("adds 'not'") },
      "\(result.assertions[0].details)")
  }

  @Test("another page's excerpt quoting the speaker otherwise is a misquote of the content only")
  func fromAnotherPage() {
    let item = Self.item(
      publisher: "A blog", excerpt: #"At the forum, Putin said: \"\#(Self.changed)\" He left."#)
    let result = F.check(F.putinQuote, [item])
    #expect(result.attribution != .misattributed, "\(result.notes)")
    #expect(result.assertions[0].state == .contradicted, "\(result.assertions[0])")
    #expect(result.reasons.contains(.misquote))
  }

  @Test(
    "no misquote from a quotation given to someone else, words in no quotation marks, or other words altogether",
    arguments: [
      #"Foreign Minister Sergei Lavrov said: \"\#(changed)\""#,
      "Putin said that we do have a military alliance with China and we do not plan to create one.",
      #"Putin said: \"The weather in Sochi is fine and we plan to rest.\""#,
      // Someone unnamed, or someone else, says the quotation.
      #"A reporter asked: \"\#(changed)\""#,
      #"\"\#(changed)\" a spokesman said."#,
      #"Putin said he agreed with Lavrov, who had said: \"\#(changed)\""#,
      // Another statement sharing the shape of the words.
      #"Putin said in 2017: \"We do not have a trade agreement with Japan and we do not plan to sign one.\""#,
      // A longer quotation holding most of the words among many others.
      #"Putin said: \"We do have a military alliance with China, and we do not plan to create one, he said, adding that the exercise is routine, that it is directed at no third country, and that the threat comes from elsewhere.\""#,
    ])
  func notAMisquote(excerpt: String) {
    let result = F.check(F.putinQuote, [Self.item(publisher: "A blog", excerpt: excerpt)])
    #expect(!result.reasons.contains(.misquote), "\(result.notes) \(result.assertions[0])")
    #expect(result.attribution != .misattributed)
  }
}

/// Items of the named source that disagree on the attribution: one shows the claim's words
/// from the named source, another gives them to someone else, or has the named source say
/// other words. Neither wins: the attribution is unconfirmed, the evidence conflicting, and the
/// claim disputed, with both sides named.
@Suite("Checking claims: evidence that disagrees on who said it")
struct ConflictingAttributionTests {
  typealias F = CheckFixtures

  private static let words =
    "We do not have a military alliance with China and we do not plan to create one."

  @Test(
    "the named outlet showing the words beside an item giving them to someone else is conflicting, not misattributed"
  )
  func confirmedAndGivenToAnother() {
    let outlet = F.item(
      #"{"id": "ev-nw", "claims": ["putin"], \#(F.source("Newsweek")), "facts": {"quote": "\#(Self.words)"}}"#
    )
    let transcript = F.quoteItem(
      "ev-tr", publisher: "Kremlin transcript", speaker: "Sergei Lavrov", words: Self.words)
    for items in [[outlet, transcript], [transcript, outlet]] {
      let result = F.check(F.putinQuote, items)
      #expect(result.attribution == .unconfirmed, "\(result.notes)")
      #expect(result.reasons.contains(.conflictingEvidence))
      #expect(result.overall == .disputed)
      #expect(result.notes.contains { $0.hasPrefix("ev-nw:") }, "\(result.notes)")
      #expect(result.notes.contains { $0.hasPrefix("ev-tr:") }, "\(result.notes)")
    }
  }

  @Test("with no item of the named source showing the words, someone else's item misattributes")
  func onlyGivenToAnother() {
    let transcript = F.quoteItem(
      "ev-tr", publisher: "Kremlin transcript", speaker: "Sergei Lavrov", words: Self.words)
    let result = F.check(F.putinQuote, [transcript])
    #expect(result.attribution == .misattributed)
    #expect(!result.reasons.contains(.conflictingEvidence))
  }
}
