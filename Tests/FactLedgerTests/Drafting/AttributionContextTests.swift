import Testing

@testable import FactLedger

/// Attribution from the sentences around a span: a lead-in paragraph ending with a colon, the
/// sentence of a quote that names its speaker; vague sources; and none.
@Suite("Attribution context")
struct AttributionContextTests {
  private let leadIn =
    "Russian experts see a growing partnership. As reported in December 2019 in Newsweek:\n\n"
    + "We are advancing, but we are not allies. Both sides do not want to interfere."

  @Test("a paragraph after a lead-in with a colon is contextual, carried by the lead-in")
  func leadInParagraph() {
    for words in [
      "We are advancing, but we are not allies.", "Both sides do not want to interfere.",
    ] {
      let draft = AttributionFixture.draft(leadIn, of: words)
      #expect(draft.attribution.kind == .contextual)
      #expect(draft.attribution.outlet == "newsweek")
      #expect(draft.attribution.cue == nil)
      #expect(
        AttributionFixture.text(draft.carrier, in: leadIn)
          == "As reported in December 2019 in Newsweek:")
    }
  }

  @Test("a quote in the paragraph after 'X was quoted in Y as saying:' is X's, through Y")
  func quotedAsSaying() {
    let text =
      "Chinese Foreign Ministry spokesperson Geng Shuang was quoted in Newsweek as saying:\n\n"
      + "The partnership has the highest degree of mutual trust. It targets no third party.\n\n"
      + "The drills grew."
    let second = AttributionFixture.draft(text, of: "It targets no third party.")
    #expect(second.attribution.kind == .contextual)
    #expect(second.attribution.speaker?.name == "Geng Shuang")
    #expect(second.attribution.outlet == "newsweek")
    #expect(
      AttributionFixture.text(second.carrier, in: text)
        == "Chinese Foreign Ministry spokesperson Geng Shuang was quoted in Newsweek as saying:")
    #expect(AttributionFixture.draft(text, of: "The drills grew.").attribution.kind == .none)
  }

  @Test("a cue of its own after a lead-in stays explicit and takes the lead-in's outlet")
  func ownCueAfterLeadIn() {
    let text =
      "Geng Shuang was quoted in Newsweek as saying:\n\n"
      + "The partnership is strong,” he added, noting it targets no third party."
    let draft = AttributionFixture.draft(text, of: "The partnership is strong,” he added,")
    #expect(draft.attribution.kind == .explicit)
    #expect(draft.attribution.cue?.exact == "added")
    #expect(draft.attribution.speaker?.name == "Geng Shuang")
    #expect(draft.attribution.outlet == "newsweek")
    #expect(
      AttributionFixture.text(draft.carrier, in: text)
        == "Geng Shuang was quoted in Newsweek as saying:")
  }

  @Test("the next sentence of a quote is contextual, carried by the sentence naming its speaker")
  func quoteContinuation() {
    let text =
      "“We are not allies,” Evgeny Buzhinskiy told Newsweek. “Both sides do not want to "
      + "interfere. Russia does not want to help.”"
    for words in ["“Both sides do not want to interfere.", "Russia does not want to help.”"] {
      let draft = AttributionFixture.draft(text, of: words)
      #expect(draft.attribution.kind == .contextual)
      #expect(draft.attribution.speaker?.name == "Evgeny Buzhinskiy")
      #expect(draft.attribution.outlet == "newsweek")
      #expect(
        AttributionFixture.text(draft.carrier, in: text)
          == "“We are not allies,” Evgeny Buzhinskiy told Newsweek.")
    }
    let before = "“Both sides do not want to interfere. We are not allies,” Sam Bendett said."
    let first = AttributionFixture.draft(before, of: "“Both sides do not want to interfere.")
    #expect(first.attribution.kind == .contextual)
    #expect(first.attribution.speaker?.name == "Sam Bendett")
  }

  @Test("an ellipsis before a quotation mark ends the sentence that names the speaker")
  func ellipsis() {
    let text =
      "We are not allies,” Evgeny Buzhinskiy told Newsweek… “That means both sides do not "
      + "want to interfere."
    let draft = AttributionFixture.draft(text, of: "“That means both sides")
    #expect(draft.attribution.kind == .contextual)
    #expect(draft.attribution.speaker?.name == "Evgeny Buzhinskiy")
  }

  @Test("a sentence that is not quoted takes nothing from its neighbours")
  func noContext() {
    let text = "“We are not allies,” Evgeny Buzhinskiy told Newsweek. The drills grew in 2019."
    let draft = AttributionFixture.draft(text, of: "The drills grew in 2019.")
    #expect(draft.attribution == Attribution(kind: .none))
    #expect(draft.carrier == nil)
  }

  @Test(
    "a vague source is recorded as the article words it, not as a name",
    arguments: [
      ("Officials said the drills would grow.", "Officials", "said"),
      ("Other analysts see the relationship in a different light.", "Other analysts", "see"),
      ("Sources said the drills would grow.", "Sources", "said"),
      ("According to reports, the drills were large.", "reports", "According to"),
      ("According to officials, the drills were large.", "officials", "According to"),
      ("Russian experts warned that the drills would grow.", "Russian experts", "warned"),
      ("A spokesman said the talks went well.", "A spokesman", "said"),
      (
        "Other analysts see a junior partner, and have noted that it sells weapons.",
        "Other analysts", "have noted"
      ),
    ])
  func vague(text: String, description: String, cue: String) {
    let attribution = AttributionFixture.draft(text).attribution
    #expect(attribution.kind == .explicit)
    #expect(attribution.isVague)
    #expect(attribution.speaker?.description == description)
    #expect(attribution.speaker?.name == nil)
    #expect(attribution.cue?.exact == cue)
  }

  @Test("an unnamed post of a named body is vague, and keeps the post and the body")
  func namedBody() {
    let attribution = AttributionFixture.draft(
      "A Chinese Foreign Ministry spokesperson said the talks went well."
    ).attribution
    #expect(attribution.isVague)
    #expect(attribution.speaker?.name == nil)
    #expect(attribution.speaker?.organization == "Chinese Foreign Ministry")
    #expect(attribution.speaker?.role == "spokesperson")
  }

  @Test(
    "no cue and no context: none",
    arguments: [
      "China and Russia held drills in December.",
      "Another example is a missile early warning radar system being developed for China.",
      "However, is that changing?",
    ])
  func none(text: String) {
    #expect(AttributionFixture.draft(text).attribution == Attribution(kind: .none))
  }

  @Test("carriedBy names the carrier's record, or the id claim new would give it")
  func carriedBy() {
    let drafter = AttributionFixture.drafter(leadIn)
    let span = AttributionFixture.span(of: "Both sides do not want to interfere.", in: leadIn)
    let named = drafter.attribution(of: span) { _ in "newsweek-report-december-2019" }
    #expect(named.kind == .contextual)
    #expect(named.carriedBy == "newsweek-report-december-2019")
    #expect(drafter.attribution(of: span).carriedBy == "as-reported-in-december-2019")
    let own = AttributionFixture.drafter("Sam Bendett said so.")
    #expect(own.attribution(of: 0..<20).carriedBy == nil)
  }
}
