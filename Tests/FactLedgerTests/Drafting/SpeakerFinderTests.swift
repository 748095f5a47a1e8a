import Testing

@testable import FactLedger

/// Who speaks: the name beside a cue on either side, the post and body written before it or in
/// an appositive after it, and pronouns and surnames resolved to the last person named.
@Suite("Speaker finder")
struct SpeakerFinderTests {
  private func speaker(_ text: String, of words: String? = nil) -> Speaker? {
    AttributionFixture.draft(text, of: words).attribution.speaker
  }

  @Test(
    "a name before or after the cue, with the post and body written before it",
    arguments: [
      ("Vladimir Putin said the talks went well.", "Vladimir Putin", nil, nil),
      (
        "Russian President Vladimir Putin said the talks went well.", "Vladimir Putin",
        "President", "Russia"
      ),
      (
        "Chinese Foreign Ministry spokesperson Geng Shuang said the talks went well.",
        "Geng Shuang", "spokesperson", "Chinese Foreign Ministry"
      ),
      (
        "Tecmash Research and Production Group deputy CEO Alexander Kochkin said so.",
        "Alexander Kochkin", "deputy CEO", "Tecmash Research and Production Group"
      ),
      (
        "Iranian Second Rear Admiral Gholamreza Tahani said the drills were a signal.",
        "Gholamreza Tahani", "Second Rear Admiral", "Iran"
      ),
      (
        "Moscow-based PIR Center President Evgeny Buzhinskiy said they are not allies.",
        "Evgeny Buzhinskiy", "President", "PIR Center"
      ),
      ("“The talks went well,” said Geng Shuang.", "Geng Shuang", nil, nil),
      (
        "“The talks went well,” said Chinese Foreign Ministry spokesperson Geng Shuang.",
        "Geng Shuang", "spokesperson", "Chinese Foreign Ministry"
      ),
      ("According to Sam Bendett, Russia sells weapons to China.", "Sam Bendett", nil, nil),
      (
        "According to Russian President Vladimir Putin, there is no alliance.", "Vladimir Putin",
        "President", "Russia"
      ),
      ("Vladimir Putin also stated that there is no alliance.", "Vladimir Putin", nil, nil),
      ("Sam Bendett said China would buy more.", "Sam Bendett", nil, nil),
    ] as [(String, String, String?, String?)])
  func named(text: String, name: String, role: String?, organization: String?) {
    let found = speaker(text)
    #expect(found?.name == name)
    #expect(found?.role == role)
    #expect(found?.organization == organization)
  }

  @Test(
    "a name followed by an appositive that runs to the cue",
    arguments: [
      (
        "Sam Bendett, at the Center for Naval Analyses, told TNI that Russia sells weapons.",
        "Sam Bendett", nil, "Center for Naval Analyses"
      ),
      (
        "Evgeny Buzhinskiy, a retired Russian lieutenant-general, said they are not allies.",
        "Evgeny Buzhinskiy", "retired Russian lieutenant-general", nil
      ),
      (
        "Evgeny Buzhinskiy, a retired Russian lieutenant-general who is also vice president of "
          + "the Russian International Affairs Council told Newsweek they are not allies.",
        "Evgeny Buzhinskiy", "retired Russian lieutenant-general", nil
      ),
      (
        "Sam Bendett, an analyst at the Center for Naval Analyses, said Russia sells weapons.",
        "Sam Bendett", "analyst", "Center for Naval Analyses"
      ),
      (
        "“Russia sells weapons,” said Sam Bendett, an analyst at the Center for Naval Analyses.",
        "Sam Bendett", "analyst", "Center for Naval Analyses"
      ),
    ] as [(String, String, String?, String?)])
  func appositive(text: String, name: String, role: String?, organization: String?) {
    let found = speaker(text)
    #expect(found?.name == name)
    #expect(found?.role == role)
    #expect(found?.organization == organization)
  }

  @Test("a body speaks for itself: a ministry, a country")
  func body() {
    #expect(
      speaker("The Chinese Foreign Ministry said the talks went well.")
        == Speaker(organization: "Chinese Foreign Ministry"))
    #expect(speaker("Russia warns that it will respond.") == Speaker(organization: "Russia"))
  }

  @Test("no name stands for a place before an inverted cue or a noun after one")
  func noFalseNames() {
    let siberia = AttributionFixture.draft(
      "In 2018, forces held drills at the Tsugol grounds in Siberia, reported Newsweek.")
    #expect(siberia.attribution.speaker == nil)
    #expect(siberia.attribution.outlet == "newsweek")
    #expect(speaker("As reported in December 2019 in Newsweek, the talks went well.") == nil)
  }

  @Test("a pronoun is the last person named before it, across sentences and paragraphs")
  func pronoun() {
    let text =
      "Russian President Vladimir Putin spoke in December.\n\nThe drills grew.\n\n"
      + "“The talks went well,” he added."
    #expect(speaker(text, of: "“The talks went well,” he added.")?.name == "Vladimir Putin")
    let later = "Vladimir Putin said so. Geng Shuang said more. She said it again."
    #expect(speaker(later, of: "She said it again.")?.name == "Geng Shuang")
  }

  @Test("a surname is the full name of the person named earlier who has it")
  func surname() {
    let text =
      "Vladimir Putin said the talks went well.\n\nGeng Shuang said more.\n\n"
      + "Putin added that the radar is new."
    #expect(speaker(text, of: "Putin added that the radar is new.")?.name == "Vladimir Putin")
    let told = "Sam Bendett told TNI that Russia sells weapons. Bendett said China buys them."
    #expect(speaker(told, of: "Bendett said China buys them.")?.name == "Sam Bendett")
  }

  @Test("a pronoun with no one named before it names no one")
  func unresolved() {
    let draft = AttributionFixture.draft("“The talks went well,” he added.")
    #expect(draft.attribution.kind == .explicit)
    #expect(draft.attribution.speaker == nil)
    #expect(draft.attribution.cue?.exact == "added")
  }
}
