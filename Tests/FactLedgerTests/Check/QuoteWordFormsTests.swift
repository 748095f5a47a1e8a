import Testing

@testable import FactLedger

/// A quote typed in one house style against a source in another: a contraction and its words
/// in full, a British and an American spelling, are the same words, not a misquote. A word
/// changed is still one.
@Suite("Quotes: contractions and spellings")
struct QuoteWordFormsTests {
  typealias F = CheckFixtures

  @Test(
    "a contraction matches its words in full, either way round",
    arguments: [
      ("We don't have an alliance", "We do not have an alliance"),
      ("They can't and won't", "They cannot and will not"),
      ("They can not and will not", "They can’t and won’t"),
      ("We're sure it's over and I'm leaving", "We are sure it is over and I am leaving"),
      ("they've said they'll go; let's see", "they have said they will go; let us see"),
      ("It doesn't and isn't", "It does not and is not"),
      ("It's been a year and he's got a plan", "It has been a year and he has got a plan"),
      (
        "Russia's been clear and the Kremlin's got a plan",
        "Russia has been clear and the Kremlin has got a plan"
      ),
      ("It's never been and Russia's long been", "It has never been and Russia has long been"),
      (
        "Russia's not been told; he's already got it",
        "Russia has not been told; he has already got it"
      ),
    ])
  func contractions(claimed: String, source: String) {
    #expect(QuoteComparator.compare(claimed: claimed, source: source) == .match)
    #expect(QuoteComparator.compare(claimed: source, source: claimed) == .match)
  }

  @Test(
    "a British spelling matches the American one",
    arguments: [
      ("the Defence Ministry", "the Defense Ministry"),
      ("we organise a programme", "we organize a program"),
      ("organisations analysed it", "organizations analyzed it"),
      ("in the centre of the theatres", "in the center of the theaters"),
      ("honouring the colourful neighbours", "honoring the colorful neighbors"),
      ("they travelled and cancelled", "they traveled and canceled"),
      ("a dialogue and a catalogue", "a dialog and a catalog"),
      ("an offence, a licence, a grey area", "an offense, a license, a gray area"),
      ("they practise a skilful and wilful rigour", "they practice a skillful and willful rigor"),
      ("we fulfil and enrol by instalment", "we fulfill and enroll by installment"),
      ("a defenceless and greying aluminium mould", "a defenseless and graying aluminum mold"),
      ("manoeuvring the plough through sulphur", "maneuvering the plow through sulfur"),
      ("a cheque for a tyre on the third storey", "a check for a tire on the third story"),
      ("cheques for tyres on three storeys", "checks for tires on three stories"),
      ("a chequered chequebook, a draughty kerbside", "a checkered checkbook, a drafty curbside"),
    ])
  func spellings(claimed: String, source: String) {
    #expect(QuoteComparator.compare(claimed: claimed, source: source) == .match)
    #expect(QuoteComparator.compare(claimed: source, source: claimed) == .match)
  }

  @Test(
    "other words are still a misquote",
    arguments: [
      ("We do have an alliance", "We don't have an alliance"),
      ("We don't have an alliance", "We do have an alliance"),
      ("they can act", "they can't act"),
      ("four ships", "for ships"),
      ("the colour red", "the colon red"),
      ("they rise", "they rize"),
      ("the timbre of the talks", "the timber of the talks"),
      ("take a detour now", "take a detor now"),
      // Half a contraction is not the word: "we can" is not in "we cannot".
      ("I know that we can", "I know that we cannot do it"),
      // A possessive is not "has" but before "been" or "got".
      ("Russia's plan", "Russia has plan"),
    ])
  func otherWords(claimed: String, source: String) {
    let result = QuoteComparator.compare(claimed: claimed, source: source)
    #expect(!result.isMatch, "\(result)")
  }

  @Test("a misquote over a contraction names the word as the source writes it")
  func diffShowsTheWord() {
    let result = QuoteComparator.compare(
      claimed: "We do have a military alliance with China",
      source: "We don't have a military alliance with China")
    guard case .misquote(let detail) = result else {
      Issue.record("\(result)")
      return
    }
    #expect(detail == "the article drops 'don't'", "\(detail)")
  }

  @Test("the named outlet's words in the other spelling confirm the claim, not misattribute it")
  func outletConfirms() {
    let british = "We don't have a military alliance with China and we don't plan to create one."
    let item = F.item(
      #"{"id": "ev", "claims": ["putin"], \#(F.source("Newsweek")), "facts": {"speaker": "Vladimir Putin", "quote": "\#(british)"}}"#
    )
    let result = F.check(F.putinQuote, [item])
    #expect(result.attribution == .confirmed, "\(result.notes)")
    #expect(!result.reasons.contains(.misquote))
  }

  @Test("a contraction is split into its words, each marked as part of the one written")
  func splitWords() {
    let words = FoldedWord.words(in: "We don’t, they’re.")
    #expect(words.map(\.key) == ["we", "do", "not", "they", "are"])
    #expect(words.map(\.isFollowedByBreak) == [false, false, false, false, true])
    #expect(words.map(\.isContinuation) == [false, false, true, false, true])
    #expect(words.map(\.shown) == ["We", "don’t", "don’t", "they’re", "they’re"])
  }
}
