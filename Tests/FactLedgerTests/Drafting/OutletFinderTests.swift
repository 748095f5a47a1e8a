import Testing

@testable import FactLedger

/// Outlets and agencies: matched against `sources.json`, chained when an outlet reports what an
/// agency reported, and drafted as new entries when `sources.json` lacks them.
@Suite("Outlet finder")
struct OutletFinderTests {
  @Test(
    "an outlet beside a cue, by name or alias",
    arguments: [
      ("According to CNN, the drills were large.", "cnn"),
      ("Sam Bendett told Newsweek that Russia sells weapons.", "newsweek"),
      ("The drills were large, reported Newsweek.", "newsweek"),
      ("Newsweek reported that the drills were large.", "newsweek"),
      (
        "One example noted by The National Interest (TNI) is a new drone.",
        "the-national-interest"
      ),
      ("Sam Bendett told TNI that Russia sells weapons.", "the-national-interest"),
      ("Geng Shuang was quoted in Newsweek as saying the talks went well.", "newsweek"),
      ("As reported in December 2019 in Newsweek, the talks went well.", "newsweek"),
      ("Alexander Kochkin said so, according to Russia’s TASS news agency.", "tass"),
      ("Alexander Kochkin said so, according to Russia's TASS news agency.", "tass"),
      ("Alexander Kochkin said in remarks to TASS that the work is underway.", "tass"),
      ("Geng Shuang said in an interview with CNN that the talks went well.", "cnn"),
    ])
  func outlet(text: String, id: String) {
    #expect(AttributionFixture.draft(text).attribution.outlet == id)
  }

  @Test("a name of one word in capitals matches only in capitals; a body that is no outlet is none")
  func notOutlets() {
    #expect(
      AttributionFixture.draft("Sam Bendett told tni that it grew.").attribution.outlet == nil)
    let ministry = AttributionFixture.draft(
      "The Chinese Foreign Ministry said the talks went well.")
    #expect(ministry.attribution.outlet == nil)
    let quoted = AttributionFixture.draft("“CNN got it wrong,” Sam Bendett said.")
    #expect(quoted.attribution.outlet == nil)
    let listener = AttributionFixture.draft(
      "Russian President Vladimir Putin spoke first. Sam Bendett told Putin so.",
      of: "Sam Bendett told Putin so.")
    #expect(listener.attribution.outlet == nil)
    #expect(listener.unknownOutlets.isEmpty)
    for text in [
      "Vladimir Putin told Geng Shuang that the talks went well.",
      "Geng Shuang told reporters the talks went well.",
    ] {
      #expect(AttributionFixture.draft(text).attribution.outlet == nil)
      #expect(AttributionFixture.draft(text).unknownOutlets.isEmpty)
    }
  }

  @Test("an agency cited in a paragraph that an earlier sentence attributes to an outlet")
  func chainAcrossSentences() {
    let text =
      "One example noted by The National Interest (TNI) is a new drone. “Joint work is "
      + "underway,” Alexander Kochkin said, according to Russia’s TASS news agency."
    let draft = AttributionFixture.draft(text, of: "“Joint work is underway,”")
    #expect(draft.attribution.outlet == "tass")
    #expect(draft.attribution.via == ["the-national-interest"])
    #expect(
      AttributionFixture.text(draft.carrier, in: text)
        == "One example noted by The National Interest (TNI) is a new drone.")
  }

  @Test("the outlet the speaker spoke to first reported the words; the one citing it is via")
  func chainInOneSentence() {
    let draft = AttributionFixture.draft(
      "Alexander Kochkin told TASS that the work is underway, according to CNN.")
    #expect(draft.attribution.outlet == "tass")
    #expect(draft.attribution.via == ["cnn"])
    let citing = AttributionFixture.draft("CNN reported the drills, citing TASS.")
    #expect(citing.attribution.outlet == "tass")
    #expect(citing.attribution.via == ["cnn"])
  }

  @Test("no chain when the later sentence cites an outlet, not an agency, or another paragraph")
  func noChain() {
    let outlet = AttributionFixture.draft(
      "One example noted by TNI is a drone. Sam Bendett said so, according to CNN.",
      of: "Sam Bendett said so")
    #expect(outlet.attribution.outlet == "cnn")
    #expect(outlet.attribution.via.isEmpty)
    let paragraphs = AttributionFixture.draft(
      "One example noted by TNI is a drone.\n\nAlexander Kochkin said so, according to TASS.",
      of: "Alexander Kochkin said so")
    #expect(paragraphs.attribution.outlet == "tass")
    #expect(paragraphs.attribution.via.isEmpty)
  }

  @Test(
    "an outlet sources.json lacks is drafted as a new entry that the attribution names",
    arguments: [
      (
        "Alexander Kochkin told The Moscow Times that the work is underway.", "the-moscow-times",
        "The Moscow Times", Source.Kind.outlet
      ),
      (
        "Sam Bendett said so, according to the Kommersant newspaper.", "kommersant", "Kommersant",
        .outlet
      ),
      (
        "Geng Shuang was quoted in Izvestia as saying the talks went well.", "izvestia",
        "Izvestia", .outlet
      ),
      (
        "The drills were large, according to the Interfax news agency.", "interfax", "Interfax",
        .newsAgency
      ),
    ])
  func unknown(text: String, id: String, name: String, kind: Source.Kind) {
    let draft = AttributionFixture.draft(text)
    #expect(draft.attribution.outlet == id)
    #expect(draft.unknownOutlets.map(\.source) == [Source(id: id, name: name, kind: kind)])
    #expect(AttributionFixture.drafter(text).unknownOutlets.map(\.source.id) == [id])
  }

  @Test("a new entry's id is a slug no source of sources.json has")
  func uniqueID() {
    let drafter = AttributionDrafter(
      text: ArticleText("Sam Bendett told The Moscow Times that it grew."),
      sources: AttributionFixture.sources + [
        Source(id: "the-moscow-times", name: "Another Outlet", kind: .outlet)
      ])
    #expect(drafter.unknownOutlets.map(\.source.id) == ["the-moscow-times-2"])
  }

  @Test("a lone name that reports is an outlet; the outlet the speaker told is where it began")
  func reportingName() {
    let draft = AttributionFixture.draft(
      "Vladimir Putin told The Moscow Times that ties are strong, Interfax reported.")
    #expect(draft.attribution.speaker?.name == "Vladimir Putin")
    #expect(draft.attribution.outlet == "the-moscow-times")
    #expect(draft.attribution.via == ["interfax"])
    #expect(draft.unknownOutlets.map(\.source.name) == ["The Moscow Times", "Interfax"])
    let person = AttributionFixture.draft(
      "Sam Bendett told TNI that Russia sells weapons. Bendett reported the same.",
      of: "Bendett reported the same.")
    #expect(person.attribution.speaker?.name == "Sam Bendett")
    #expect(person.attribution.outlet == nil)
  }
}
