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

/// An item that shows the claim's words without a `facts.speaker`: who says them is read from
/// its excerpt, and a claim with no speaker assertion is still held to its attribution's
/// speaker.
@Suite("Checking claims: the speaker an excerpt gives")
struct ExcerptSpeakerCheckTests {
  typealias F = CheckFixtures

  fileprivate static let words =
    "We do not have a military alliance with China and we do not plan to create one."

  /// An item of Newsweek with the words as `facts.quote`, no speaker, and `excerpt`.
  private static func item(excerpt: String?) -> EvidenceItem {
    let excerptMember = excerpt.map { #", "excerpt": "\#($0)""# } ?? ""
    return F.item(
      #"{"id": "ev-nw", "claims": ["putin"], \#(F.source("Newsweek"))\#(excerptMember), "facts": {"quote": "\#(words)"}}"#
    )
  }

  /// `putinQuote` with its quote assertion alone: the speaker is the attribution's.
  fileprivate static let quoteOnly: Claim = {
    var claim = F.putinQuote
    claim.assertions.removeAll { $0.field == .speaker }
    return claim
  }()

  @Test(
    "an excerpt that gives the words to someone else misattributes the claim",
    arguments: [
      #"Foreign Minister Sergei Lavrov said: \"\#(words)\""#,
      #"\"\#(words.dropLast()),\" Lavrov told reporters on Friday."#,
      #"According to Sergei Lavrov, \"\#(words)\""#,
    ])
  func excerptGivesOtherSpeaker(excerpt: String) {
    for claim in [F.putinQuote, Self.quoteOnly] {
      let result = F.check(claim, [Self.item(excerpt: excerpt)])
      #expect(result.attribution == .misattributed, "\(claim.assertions.count) assertions")
      #expect(result.reasons.contains(.speakerMismatch))
      #expect(result.notes.contains { $0.contains("Lavrov") }, "\(result.notes)")
    }
  }

  @Test(
    "an excerpt that gives the words to the claim's speaker, or names no one, lets the outlet's words confirm it",
    arguments: [
      #"President Vladimir Putin said: \"\#(words)\""#,
      #"Lavrov and Putin met in Moscow. Putin said: \"\#(words)\""#,
      #"\"\#(words)\""#,
      nil,
    ])
  func excerptGivesClaimedSpeaker(excerpt: String?) {
    for claim in [F.putinQuote, Self.quoteOnly] {
      let result = F.check(claim, [Self.item(excerpt: excerpt)])
      #expect(result.attribution == .confirmed, "\(result.notes)")
      #expect(!result.reasons.contains(.speakerMismatch))
    }
  }

  @Test(
    "a claim with no speaker assertion is misattributed by an item giving its words to someone else"
  )
  func attributionSpeakerHeld() {
    let item = F.quoteItem(
      "ev-nw", publisher: "Newsweek", speaker: "Sergei Lavrov", words: Self.words)
    let result = F.check(Self.quoteOnly, [item])
    #expect(result.attribution == .misattributed)
    #expect(result.reasons.contains(.speakerMismatch))
  }
}

extension ExcerptSpeakerCheckTests {
  @Test(
    "an item whose speaker said other words, with the claim's words in its excerpt, does not misattribute the claim"
  )
  func speakerOfOtherWords() {
    let excerpt =
      #"Lavrov said the talks went well. Putin added: \"\#(Self.words)\""#
    let item = F.item(
      #"{"id": "ev-nw", "claims": ["putin"], \#(F.source("Newsweek")), "excerpt": "\#(excerpt)", "facts": {"speaker": "Sergei Lavrov", "quote": "The talks went well."}}"#
    )
    for claim in [F.putinQuote, Self.quoteOnly] {
      let result = F.check(claim, [item])
      #expect(result.attribution == .confirmed, "\(result.notes)")
      #expect(!result.reasons.contains(.speakerMismatch))
    }
  }
}

/// Which items come from the outlet a claim cites: the outlet by name, or its name with words
/// after it that say what it is (an edition, a web address); not a publisher that merely names
/// it, nor one whose name only starts with it.
@Suite("Checking claims: items from the cited outlet")
struct CitedOutletCheckTests {
  typealias F = CheckFixtures

  private static let words =
    "We do not have a military alliance with China and we do not plan to create one."

  /// An item of `publisher` with the words and no speaker: only the outlet could be the named
  /// source.
  private static func item(publisher: String) -> EvidenceItem {
    F.item(
      #"{"id": "ev", "claims": ["putin"], \#(F.source(publisher)), "facts": {"quote": "\#(words)"}}"#
    )
  }

  @Test(
    "a publisher that is the cited outlet confirms the quote it shows",
    arguments: [
      "Newsweek", "newsweek", "Newsweek (US edition)", "newsweek.com", "www.newsweek.com",
      "NEWSWEEK Magazine", "Newsweek International", "Newsweek Digital Edition",
      "newsweek.co.uk", "Newsweek UK", "Newsweek (per the article)", "Newsweek Digital LLC",
      "Newsweek Politics", "Newsweek English", "Newsweek Limited", "Newsweek Europe",
      "Newsweek Radio 4", "Newsweek One", "Newsweek HD", "Newsweek Now", "Newsweek Pro",
      "Newsweek (New York)", "Newsweek (London)", "Newsweek (in Russian)",
      "Newsweek (as it reported)",
    ])
  func fromOutlet(publisher: String) {
    let item = Self.item(publisher: publisher)
    let result = F.check(F.putinQuote, [item])
    #expect(result.attribution == .confirmed, "\(result.notes)")
  }

  @Test(
    "a publisher that only names the cited outlet is not it",
    arguments: [
      "Fox News (criticising Newsweek)", "Fact-check of Newsweek by PolitiFact", "Not Newsweek",
      "A blog about Newsweek", "Newsweek of Pakistan",
      // A licensee or regional outlet under the name ("Sky News Arabia" is not Sky News).
      "Newsweek Japan", "Newsweek Middle East", "Newsweek Polska",
      "Newsweek Japan (licensed edition)", "Newsweek Arabia TV", "Newsweek (Japan edition)",
      "Newsweek (Turkey)", "Newsweek AU", "newsweek.pl", "Newsweek 58", "Newsweek Balkans",
    ])
  func notFromOutlet(publisher: String) {
    let item = Self.item(publisher: publisher)
    let result = F.check(F.putinQuote, [item])
    #expect(result.attribution != .confirmed, "\(result.notes)")
  }
}

/// Which items can confirm a claim, or misattribute it by other words: those of the named
/// source, the cited outlet or the named speaker.
@Suite("Checking claims: items of the named source")
struct NamedSourceCheckTests {
  typealias F = CheckFixtures

  private static let words =
    "We do not have a military alliance with China and we do not plan to create one."

  /// `putinQuote` with no outlet: Vladimir Putin is the named source.
  private static let speakerOnly: Claim = {
    var claim = F.putinQuote
    claim.attribution.outlet = nil
    return claim
  }()

  private static func item(publisher: String, speaker: String?, words: String) -> EvidenceItem {
    let speakerMember = speaker.map { #""speaker": "\#($0)", "# } ?? ""
    return F.item(
      #"{"id": "ev", "claims": ["putin"], \#(F.source(publisher)), "facts": {\#(speakerMember)"quote": "\#(words)"}}"#
    )
  }

  @Test(
    "a claim that names only a speaker is confirmed by an item giving the words to that speaker, not by one naming no one"
  )
  func speakerOnlyClaim() {
    let ofSpeaker = Self.item(publisher: "Reuters", speaker: "Vladimir Putin", words: Self.words)
    #expect(F.check(Self.speakerOnly, [ofSpeaker]).attribution == .confirmed)
    let noOne = Self.item(publisher: "A blog", speaker: nil, words: Self.words)
    let result = F.check(Self.speakerOnly, [noOne])
    #expect(result.attribution == .unconfirmed, "\(result.notes)")
    #expect(result.reasons.contains(.attributionUnconfirmed))
  }

  @Test(
    "other words misattribute the claim only from the named source; from anyone else they are a misquote of content"
  )
  func misquoteFromWhom() {
    let changed = "We do have a military alliance with China and we do not plan to end it."
    let blog = F.check(
      Self.speakerOnly, [Self.item(publisher: "A blog", speaker: nil, words: changed)])
    #expect(blog.attribution != .misattributed, "\(blog.notes)")
    let ofSpeaker = F.check(
      Self.speakerOnly, [Self.item(publisher: "Reuters", speaker: "Vladimir Putin", words: changed)]
    )
    #expect(ofSpeaker.attribution == .misattributed)
    #expect(ofSpeaker.reasons.contains(.misquote))
  }

  @Test(
    "a claim citing an outlet is also confirmed by another outlet's item giving the words to the named speaker"
  )
  func speakerBesideOutlet() {
    let reuters = Self.item(publisher: "Reuters", speaker: "Vladimir Putin", words: Self.words)
    #expect(F.check(F.putinQuote, [reuters]).attribution == .confirmed)
  }
}
