import Testing

@testable import FactLedger

/// The cue lexicon: verbs and phrases as whole words in any case and spacing, with the
/// auxiliary before them, and the places where such words attribute nothing.
@Suite("Cue lexicon")
struct CueLexiconTests {
  @Test(
    "each verb and phrase of the lexicon is a cue, as its words stand",
    arguments: [
      ("Sam Bendett said the drills were large.", "said"),
      ("Sam Bendett says the drills are large.", "says"),
      ("Geng Shuang told reporters the talks went well.", "told reporters"),
      ("Sam Bendett added that the drills were large.", "added"),
      ("Vladimir Putin stated that the partnership is strong.", "stated"),
      ("Sam Bendett noted that Russia sells weapons.", "noted"),
      ("Alexander Kochkin announced a new drone.", "announced"),
      ("According to CNN, the drills were large.", "According to"),
      ("The drills were large, reported Newsweek.", "reported"),
      (
        "Geng Shuang was quoted in Newsweek as saying the talks went well.",
        "was quoted in Newsweek as saying"
      ),
      ("A statement said the talks went well.", "A statement said"),
      (
        "The Chinese Foreign Ministry said in a statement that the talks went well.",
        "said in a statement"
      ),
      ("Sam Bendett wrote that Russia sells weapons.", "wrote"),
      ("Vladimir Putin claimed the alliance is not needed.", "claimed"),
      ("Sam Bendett warned that Russia is a junior partner.", "warned"),
      ("Sam Bendett explained that Russia sells weapons.", "explained"),
      ("Geng Shuang confirmed the talks.", "confirmed"),
      ("Geng Shuang denied the report.", "denied"),
      ("Other analysts have noted that Moscow is a junior partner.", "have noted"),
      ("The drone is one example noted by The National Interest.", "noted by"),
      ("ACCORDING TO CNN, the drills were large.", "ACCORDING TO"),
      ("The drills were large, according\u{00A0}to CNN.", "according\u{00A0}to"),
      ("Russian experts see a growing partnership.", "see"),
    ])
  func cue(sentence: String, cue: String) {
    let drafter = AttributionFixture.drafter(sentence)
    #expect(drafter.cues(in: 0..<sentence.unicodeScalars.count).map(\.exact) == [cue])
  }

  @Test("a cue keeps its offsets in Unicode scalars")
  func offsets() {
    let sentence = "“Здравствуйте,” Sam Bendett told TNI."
    let cue = AttributionFixture.drafter(sentence).cues(in: 0..<sentence.unicodeScalars.count)
    #expect(cue == [TextSpan(exact: "told", start: 28, end: 32)])
  }

  @Test("a phrase names its outlet, and several cues in a sentence come in text order")
  func several() {
    let sentence = "Instead, Putin said, according to Newsweek, that the radar brings new quality."
    let cues = AttributionFixture.drafter(sentence).cues(in: 0..<sentence.unicodeScalars.count)
    #expect(cues.map(\.exact) == ["said", "according to"])
  }

  @Test(
    "words that attribute nothing: quoted, inside words, in a title, a modifier, belief alone",
    arguments: [
      "“We said no to that and told them so.”",
      "The unsaid rule stands, and the toldness is new.",
      "(RELATED: Russia Warns Trump on Using New Weapons)",
      "Another example is a missile early warning radar system.",
      "We will see what happens next.",
      "SEE ALSO: Trump Backs Turkey to Counter Russia",
    ])
  func notCues(sentence: String) {
    #expect(
      AttributionFixture.drafter(sentence).cues(in: 0..<sentence.unicodeScalars.count).isEmpty)
  }

  @Test("a participle after a comma is a cue and shares the speaker of the cue before it")
  func participle() {
    let text = "“The partnership is strong,” Geng Shuang added, noting it targets no third party."
    let draft = AttributionFixture.draft(text, of: "noting it targets no third party.")
    #expect(draft.attribution.cue?.exact == "noting")
    #expect(draft.attribution.speaker?.name == "Geng Shuang")
  }
}
