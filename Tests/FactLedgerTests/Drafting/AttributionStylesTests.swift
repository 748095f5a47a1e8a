import Testing

@testable import FactLedger

/// Attribution in the styles of wire stories and agency reports, beyond the seed article's:
/// more verbs of speech, a subject in a relative clause, bodies and countries that speak,
/// reports without a named outlet, unnamed posts, and a medium named in a lead-in clause.
@Suite("Attribution styles")
struct AttributionStylesTests {
  private func draft(_ text: String, of words: String? = nil) -> Attribution {
    AttributionFixture.draft(text, of: words).attribution
  }

  @Test(
    "verbs of speech beyond 'said', and a weekday between the subject and the verb",
    arguments: [
      ("Vladimir Putin underlined that the talks went well.", "Vladimir Putin"),
      ("Sam Bendett dismissed the claim as baseless.", "Sam Bendett"),
      ("Geng Shuang suggested that the drills were routine.", "Geng Shuang"),
      ("Sam Bendett Tuesday dismissed the claim, calling it baseless.", "Sam Bendett"),
      ("Vladimir Putin rejected the report.", "Vladimir Putin"),
    ])
  func verbs(text: String, name: String) {
    let found = draft(text)
    #expect(found.kind == .explicit)
    #expect(found.speaker?.name == name)
  }

  @Test(
    "a cue in a clause about something else, or 'it emerged', gives the sentence no source",
    arguments: [
      "The drills went ahead in May, a claim Sam Bendett has denied.",
      "Later it emerged that the drills had been moved.",
      "Vladimir Putin visited Beijing, a trip the ministry has confirmed.",
      "Sam Bendett was dismissed from the ministry in May.",
      "Vladimir Putin had been warned about the drills.",
      "A first review suggested that the engine had failed.",
      "The drills, which Vladimir Putin announced in May, began on Monday.",
      "Vladimir Putin, who has denied the reports, met Geng Shuang in Beijing.",
    ])
  func noSource(text: String) {
    #expect(draft(text).kind == .none)
  }

  @Test(
    "a person named between commas after a description of them speaks, with the description's post",
    arguments: [
      (
        "A Chinese spokesperson, Wang Wenbin, said the drill was routine.", "Wang Wenbin",
        "spokesperson"
      ),
      (
        "The ministry's spokesman, Igor Konashenkov, said the ships returned.", "Igor Konashenkov",
        "spokesman"
      ),
      (
        "An analyst at the Center for Naval Analyses, Sam Bendett, said ties grew.", "Sam Bendett",
        "analyst"
      ),
      (
        "An analyst at the Center for Naval Analyses, Sam Bendett, told Newsweek that ties grew.",
        "Sam Bendett", "analyst"
      ),
    ])
  func nameAfterDescription(text: String, name: String, post: String) {
    let found = draft(text)
    #expect(found.kind == .explicit)
    #expect(found.speaker?.name == name, "\(found)")
    #expect(found.speaker?.role?.contains(post) == true, "\(String(describing: found.speaker))")
    #expect(!found.isVague)
  }

  @Test("a list of people before the cue is not one named after a description")
  func listOfPeople() {
    let found = draft("Vladimir Putin, Xi Jinping, said the talks went well.")
    #expect(found.speaker?.name != "Xi Jinping" || found.speaker?.role == nil)
  }

  @Test("a subject before the cue still speaks, with or without a comma")
  func subjectStillSpeaks() {
    #expect(draft("The drills went ahead, Sam Bendett said.").speaker?.name == "Sam Bendett")
    #expect(draft("The drills went ahead, a spokesman said.").isVague)
  }

  @Test("a passive verb of speech with its agent: the agent speaks")
  func passiveAgent() {
    let ministry = draft(
      "The Chinese Foreign Ministry met on Monday.\nThe report was dismissed by the ministry.",
      of: "The report was dismissed")
    #expect(ministry.kind == .explicit)
    #expect(ministry.speaker?.organization == "Chinese Foreign Ministry")
    let person = draft("The claim was rejected by Sam Bendett as baseless.")
    #expect(person.speaker?.name == "Sam Bendett")
  }

  @Test("'the analyst' is the last person named with that post, else a vague source")
  func definitePost() {
    let named =
      "Sam Bendett, an analyst at the Center for Naval Analyses, said the drills were routine.\n"
      + "The analyst added that more would follow."
    #expect(draft(named, of: "The analyst added").speaker?.name == "Sam Bendett")
    let unnamed =
      "Sam Bendett said the drills were routine.\nThe analyst added that more would follow."
    let found = draft(unnamed, of: "The analyst added")
    #expect(found.isVague)
    #expect(found.speaker?.name == nil)
  }

  @Test("a pronoun subject of a new verb resolves to the last person named")
  func pronoun() {
    let text =
      "Vladimir Putin said the talks went well.\nHe underlined that the drills were routine."
    #expect(draft(text, of: "He underlined").speaker?.name == "Vladimir Putin")
  }

  @Test(
    "a body or a country that speaks is the speaker's organization, with no outlet",
    arguments: [
      ("The Kremlin said the drills were routine.", "Kremlin"),
      ("The Kremlin Monday said the drills were routine.", "Kremlin"),
      ("The United States said the drills were a signal.", "United States"),
      ("Moscow said the drills were routine.", "Moscow"),
      (
        "Also on Monday, the Chinese Foreign Ministry said it had no comment.",
        "Chinese Foreign Ministry"
      ),
      ("The Russian Migration Board said the rules had changed.", "Russian Migration Board"),
      (
        "The drills were routine, the Russian International Affairs Council (RIAC) said.",
        "Russian International Affairs Council"
      ),
    ])
  func body(text: String, organization: String) {
    let found = draft(text)
    #expect(found.kind == .explicit)
    #expect(found.speaker?.organization == organization)
    #expect(found.speaker?.name == nil)
    #expect(!found.isVague)
    #expect(found.outlet == nil)
  }

  @Test("an acronym and 'the ministry' stand for the body the article named earlier")
  func bodyAgain() {
    let acronym =
      "The talks went well, the Russian International Affairs Council (RIAC) said.\n"
      + "RIAC said the drills were routine."
    #expect(
      draft(acronym, of: "RIAC said the drills").speaker?.organization
        == "Russian International Affairs Council")
    let ministry =
      "The Chinese Foreign Ministry said the talks went well.\nThe ministry said it was routine."
    #expect(
      draft(ministry, of: "The ministry said").speaker?.organization == "Chinese Foreign Ministry")
    let possessive = draft("Russia’s defence ministry said it was routine.")
    #expect(possessive.speaker?.organization == "Russia’s defence ministry")
    #expect(!possessive.isVague)
    let unnamed = draft("The drills ended, the defence ministry said.")
    #expect(unnamed.isVague)
    #expect(unnamed.speaker?.description == "the defence ministry")
    let alone = draft("The ministry said it was routine.")
    #expect(alone.isVague)
    #expect(alone.speaker?.description == "The ministry")
  }

  @Test("a group placed by a name is vague, not the place speaking")
  func placedGroup() {
    let found = draft("Officials in Russia and China said the drills ended.")
    #expect(found.isVague)
    #expect(found.speaker?.description == "Officials in Russia and China")
    #expect(found.speaker?.organization == nil)
  }

  @Test("a post followed by a name after a comma is a new subject, not an appositive")
  func notAppositive() {
    let text = "The ship sailed into the Black Sea, Russian President Vladimir Putin said."
    let found = AttributionFixture.drafter(text).credentials(in: 0..<text.unicodeScalars.count)
    #expect(found.map(\.speaker.name) == ["Vladimir Putin"])
    #expect(draft(text).speaker?.name == "Vladimir Putin")
  }

  @Test("an outlet that speaks stays the outlet")
  func outletSpeaks() {
    let found = draft("TASS said the drills were routine.")
    #expect(found.outlet == "tass")
    #expect(found.speaker == nil)
  }

  @Test("an unnamed person with a post of a body is vague, with the post and the body")
  func unnamedPost() {
    let deputy = draft(
      "“The drills were routine,” the deputy head of the Chinese Foreign Ministry "
        + "said in a report carried by state television.")
    #expect(deputy.isVague)
    #expect(deputy.speaker?.role == "deputy head")
    #expect(deputy.speaker?.organization == "Chinese Foreign Ministry")
    let founder = draft("The founder of the PIR Center Tuesday rejected the claim.")
    #expect(founder.isVague)
    #expect(founder.speaker?.role == "founder")
    #expect(founder.speaker?.organization == "PIR Center")
    #expect(founder.speaker?.name == nil)
    #expect(founder.speaker?.description == "The founder of the PIR Center")
  }

  @Test("a post after a country's body named by a common noun keeps the body")
  func possessiveBody() {
    let found = draft("China’s foreign ministry spokesman Geng Shuang said the talks went well.")
    #expect(found.speaker?.name == "Geng Shuang")
    #expect(found.speaker?.role == "spokesman")
    #expect(found.speaker?.organization == "China’s foreign ministry")
    let unnamed = draft("Iran’s navy commander said the ships had arrived.")
    #expect(unnamed.isVague)
    #expect(unnamed.speaker?.role == "commander")
    #expect(unnamed.speaker?.organization == "Iran’s navy")
  }

  @Test("a body's word between a head and a post belongs to the post")
  func innerBodyWord() {
    let chief = draft("The Russian Chief Cabinet Secretary said the talks went well.")
    #expect(chief.speaker?.role == "Chief Cabinet Secretary")
    #expect(chief.speaker?.organization == "Russia")
    let ministry = draft(
      "Chinese Foreign Ministry spokesperson Geng Shuang said the talks went well.")
    #expect(ministry.speaker?.role == "spokesperson")
    #expect(ministry.speaker?.organization == "Chinese Foreign Ministry")
  }

  @Test("an unnamed source after the cue is vague, with its post and body")
  func invertedGroup() {
    let ministry = draft("The drills were routine, said a spokesman for the ministry.")
    #expect(ministry.isVague)
    #expect(ministry.speaker?.description == "a spokesman for the ministry")
    #expect(ministry.speaker?.role == "spokesman")
    let body = draft("The drills were routine, said a senior official of the PIR Center.")
    #expect(body.speaker?.role == "senior official")
    #expect(body.speaker?.organization == "PIR Center")
    #expect(draft("The drills were routine, said Sam Bendett.").speaker?.name == "Sam Bendett")
  }

  @Test(
    "a report carried by media no name is given for is vague, with the medium in its words",
    arguments: [
      (
        "A report carried by state television said the engine failed.",
        "A report carried by state television"
      ),
      (
        "The engine failed, according to a report carried by state television.",
        "a report carried by state television"
      ),
      ("The engine failed, according to a report.", "a report"),
    ])
  func carriedReport(text: String, description: String) {
    let found = draft(text)
    #expect(found.isVague)
    #expect(found.speaker?.description == description)
    #expect(found.outlet == nil)
  }

  @Test("a report no outlet is named for is a vague source with the article's words")
  func report() {
    let found = draft("The engine failed, the report said.")
    #expect(found.kind == .explicit)
    #expect(found.isVague)
    #expect(found.speaker?.description == "the report")
    #expect(found.outlet == nil)
  }

  @Test("a medium named in a lead-in clause is the outlet of the speaker's next sentences too")
  func medium() {
    let text =
      "In a post on CNN, Sam Bendett said the drills were routine.\n"
      + "Russia sells weapons, Bendett wrote.\n"
      + "He underlined that “the talks went well”.\n"
      + "Vladimir Putin said the talks went well."
    #expect(draft(text, of: "Sam Bendett said").outlet == "cnn")
    #expect(draft(text, of: "Russia sells weapons").outlet == "cnn")
    #expect(draft(text, of: "He underlined").outlet == "cnn")
    #expect(draft(text, of: "Vladimir Putin said").outlet == nil)
    #expect(draft("In Moscow, Sam Bendett said the drills were routine.").outlet == nil)
  }

  @Test("an appositive after a surname already named states a credential of the full name")
  func surnameAppositive() {
    let text =
      "Evgeny Buzhinskiy said the talks went well.\n"
      + "Buzhinskiy, a Russian national, spoke at the forum in August."
    let found = AttributionFixture.drafter(text).credentials(in: 0..<text.unicodeScalars.count)
    #expect(found.map(\.span.exact).contains("a Russian national"))
    #expect(
      found.first { $0.span.exact == "a Russian national" }?.speaker.name == "Evgeny Buzhinskiy")
    let unknown = "Buzhinskiy, a Russian national, spoke at the forum in August."
    #expect(
      AttributionFixture.drafter(unknown).credentials(in: 0..<unknown.unicodeScalars.count)
        .isEmpty)
  }
}
