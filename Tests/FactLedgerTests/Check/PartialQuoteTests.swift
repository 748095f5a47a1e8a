import TestSupport
import Testing

@testable import FactLedger

/// A quote of one or a few words is checked in its sentence: another word in its place is a
/// misquote naming both, the same word is support, and a source without the sentence says
/// nothing of it.
@Suite("Short and partial quotes, checked in their sentence")
struct PartialQuoteTests {
  typealias F = CheckFixtures

  private let sentence =
    "Vladimir Putin called the drills \u{201C}historic\u{201D} and praised the troops."

  private func claim(
    _ words: String, sentence: String? = nil, by speaker: String = "Vladimir Putin"
  )
    -> Claim
  {
    F.claim(
      "putin-drills", kind: .quote,
      attribution: Attribution(kind: .explicit, speaker: Speaker(name: speaker)),
      [Assertion(field: .quote, value: .text(words))], exact: sentence ?? self.sentence)
  }

  private func item(_ body: String) -> EvidenceItem {
    F.item(
      #"{"id": "ev", "claims": ["putin-drills"], "source": {"publisher": "Reuters"}, \#(body)}"#)
  }

  private func quoteVerdict(_ claim: Claim, _ item: EvidenceItem) -> CheckReport.AssertionResult {
    F.check(claim, [item]).assertions[0]
  }

  @Test("one word replaced in facts.quote is a misquote naming both words")
  func oneWordInFactsQuote() {
    let result = F.check(
      claim("historic"), [item(#""facts": {"speaker": "Vladimir Putin", "quote": "important"}"#)])
    #expect(result.reasons.contains(.misquote))
    #expect(!result.reasons.contains(.incompleteEvidence))
    #expect(
      result.assertions[0].details == [
        "ev: contradicts: the article has 'historic' where the source has 'important'"
      ])
  }

  @Test("one word replaced in the excerpt's sentence is a misquote; the same word supports")
  func inTheExcerptsSentence() {
    let other = quoteVerdict(
      claim("historic"),
      item(#""excerpt": "Putin called the drills \"important\" and praised the troops.""#))
    #expect(other.state == .contradicted)
    #expect(
      other.details.contains { $0.contains("has 'historic' where the source has 'important'") })
    let same = quoteVerdict(
      claim("historic"),
      item(#""excerpt": "Putin called the drills \u02BCHISTORIC\u02BC and praised the troops.""#))
    #expect(same.state == .supported)
  }

  @Test("a few words replaced in a quote given as the whole sentence are a misquote")
  func fewWordsInAWholeSentence() {
    let result = quoteVerdict(
      claim("historic", sentence: "Putin said the drills were \u{201C}historic\u{201D}."),
      item(#""facts": {"quote": "Putin said the drills were truly important."}"#))
    #expect(result.state == .contradicted)
    #expect(
      result.details.contains { $0.contains("'historic' where the source has 'truly important'") })
    let twoWords = quoteVerdict(
      claim(
        "a historic step",
        sentence: "Geng Shuang called it \u{201C}a historic step\u{201D} for both sides."),
      item(#""excerpt": "Geng Shuang called it a major step for both sides.""#))
    #expect(twoWords.state == .contradicted)
    #expect(twoWords.details.contains { $0.contains("'historic' where the source has 'major'") })
  }

  @Test("a source without the fragment's sentence neither supports nor contradicts it")
  func notInTheSentence() {
    let elsewhere = quoteVerdict(
      claim("historic"), item(#""excerpt": "Putin spoke of an important step for both sides.""#))
    #expect(elsewhere.state == .uncovered)
    // Another quoted phrase of the same speaker, in other surroundings, is another quote.
    let otherPhrase = quoteVerdict(
      claim("historic"),
      item(#""excerpt": "Putin said the troops held \u201Cvarious tactical exercises\u201D.""#))
    #expect(otherPhrase.state == .uncovered)
    // A longer quote is not a fragment: an unrelated quote of it stays unrelated.
    let long = quoteVerdict(
      claim("we are advancing, but we are not allies"),
      item(#""facts": {"quote": "the weather in the capital was cold"}"#))
    #expect(long.state == .uncovered)
  }

  @Test("another speaker's other word is another statement, not a misquote")
  func anotherSpeaker() {
    let result = quoteVerdict(
      claim("historic"), item(#""facts": {"speaker": "Geng Shuang", "quote": "important"}"#))
    #expect(result.state == .uncovered)
  }

  @Test("a record that holds an ellipsis matches the words it leaves out, and only those")
  func ellipsis() {
    let sentence =
      "\u{201C}Politically \u{2026} we are advancing, but we are not allies,\u{201D} Evgeny Buzhinskiy told Newsweek."
    let source =
      #""facts": {"speaker": "Evgeny Buzhinskiy", "quote": "Politically, especially militarily, I would say we are advancing, but we are not allies"}"#
    let elided = quoteVerdict(
      claim(
        "Politically \u{2026} we are advancing, but we are not allies", sentence: sentence,
        by: "Evgeny Buzhinskiy"),
      item(source))
    #expect(elided.state == .supported)
    #expect(
      elided.details.contains { $0.contains("the ellipsis stands for 5 words of the source") })
    let changed = quoteVerdict(
      claim(
        "Politically \u{2026} we are moving, but we are not allies",
        sentence: sentence.replacingOccurrences(of: "advancing", with: "moving"),
        by: "Evgeny Buzhinskiy"),
      item(source))
    #expect(changed.state == .contradicted)
    #expect(changed.details.contains { $0.contains("'moving' where the source has 'advancing'") })
  }
}
