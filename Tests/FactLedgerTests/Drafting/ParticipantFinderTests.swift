import Testing

@testable import FactLedger

/// Participants and places read from a sentence, with and without the ledger's gazetteer.
@Suite("Participant finder")
struct ParticipantFinderTests {
  private static let gazetteer = Gazetteer(entries: [
    .init(name: "Russia", aliases: ["Russian", "Russian Federation"]),
    .init(name: "China", aliases: ["Chinese", "People's Republic of China"]),
    .init(name: "Iran", aliases: ["Iranian"]),
    .init(name: "Mongolia", aliases: ["Mongolian"]),
    .init(
      name: "Tsugol training ground", aliases: ["Tsugol training grounds", "Tsugol"],
      within: ["Zabaykalsky Krai"]),
    .init(name: "Siberia", within: ["Russia"]),
    .init(name: "Gulf of Oman", aliases: ["Sea of Oman"], within: ["Indian Ocean"]),
    .init(name: "Tecmash Research and Production Group", aliases: ["Tecmash"]),
  ])
  private let finder = ParticipantFinder(
    names: NameFinder(gazetteer: gazetteer, outlets: ["Newsweek", "CNN", "The National Interest"]))

  private func participants(_ sentence: String) -> [String]? {
    finder.participants(in: ExpressionTokens(sentence))?.names
  }

  private func places(_ sentence: String) -> [String]? {
    finder.places(in: ExpressionTokens(sentence))?.names
  }

  @Test(
    "lists of names joined by 'and' are the participants, through the gazetteer",
    arguments: [
      (
        "In December, China, Russia, and Iran completed a four-day exercise.",
        ["China", "Russia", "Iran"]
      ),
      (
        "In late 2018, Russian, Chinese and Mongolian military forces held drills.",
        ["Russia", "China", "Mongolia"]
      ),
      (
        "In terms of China and Russia co-developing weapons, one example noted by The National Interest",
        ["China", "Russia"]
      ),
      ("while cooperation between Russia and China is booming", ["Russia", "China"]),
      (
        "relations between Tehran, Moscow and Beijing have reached a level",
        ["Tehran", "Moscow", "Beijing"]
      ),
      ("the first time Iran has held a joint exercise", ["Iran"]),
      ("Geng Shuang and Sam Bendett spoke.", ["Geng Shuang", "Sam Bendett"]),
      (
        "The People's Republic of China and the Russian Federation signed it.", ["China", "Russia"]
      ),
      ("SEE ALSO: Trump Backs Turkey to Counter Russia and Iran in Syria", ["Russia", "Iran"]),
    ])
  func foundParticipants(sentence: String, names: [String]) {
    #expect(participants(sentence) == names, "\(sentence)")
  }

  @Test(
    "no list, no known subject, places, months, outlets and clauses are not participants",
    arguments: [
      "According to CNN, Iranian Second Rear Admiral Gholamreza Tahani said so.",
      "Russian experts see a growing partnership.",
      "in the Indian Ocean and Gulf of Oman",
      "As reported in December 2019 in Newsweek and CNN:",
      "in December and January the drills went on",
      "Politically, especially militarily, we are advancing.",
      "Siberia and the Gulf of Oman are far apart.",
      "Another example is a radar system being developed jointly for China.",
      "“Joint work is underway,” Tecmash Research and Production Group deputy CEO Alexander Kochkin said",
    ])
  func notParticipants(sentence: String) {
    #expect(participants(sentence) == nil, "\(sentence): \(participants(sentence) ?? [])")
  }

  @Test(
    "places follow a word of place or precede '-based', as the article writes them",
    arguments: [
      (
        "a four-day exercise in the Indian Ocean and Gulf of Oman – the first time",
        ["Indian Ocean", "Gulf of Oman"]
      ),
      (
        "drills at the Russian Tsugol training grounds in Siberia, reported Newsweek.",
        ["Tsugol training grounds", "Siberia"]
      ),
      ("Moscow-based PIR Center President Evgeny Buzhinskiy", ["Moscow"]),
      ("ships anchored off the Sea of Oman", ["Sea of Oman"]),
      ("forces massed in Russian territory", ["Russia"]),
      ("U.S. embassies in the U.S. and near Kabul", ["U.S.", "Kabul"]),
    ])
  func foundPlaces(sentence: String, names: [String]) {
    #expect(places(sentence) == names, "\(sentence)")
  }

  @Test(
    "months, years, outlets, lowercase words and named events are not places",
    arguments: [
      "Putin also stated in December: more.",
      "In late 2018, forces met.",
      "As reported in December 2019 in Newsweek:",
      "Kochkin said at the ArmHiTec-2018 exhibition",
      "in its adjacent waters, in case there is a conflict",
      "In terms of China and Russia co-developing weapons",
      "Sam Bendett, at the Center for Naval Analyses, told TNI.",
      "The claim first appeared at Moscow Daily Magazine.",
      "Sam Bendett wrote in the Beijing Weekly newspaper.",
    ])
  func notPlaces(sentence: String) {
    #expect(places(sentence) == nil, "\(sentence): \(places(sentence) ?? [])")
  }

  @Test("the article's words are kept when they differ from the names")
  func words() {
    let found = finder.participants(
      in: ExpressionTokens("Russian, Chinese and Mongolian military forces held drills."))
    #expect(found?.text == "Russian, Chinese and Mongolian")
    let plain = finder.participants(in: ExpressionTokens("China and Russia call it so."))
    #expect(plain?.text == nil)
  }

  @Test("without a gazetteer, capitalised names still make lists and places")
  func noGazetteer() {
    let bare = ParticipantFinder(names: NameFinder(gazetteer: Gazetteer(), outlets: []))
    #expect(
      bare.participants(in: ExpressionTokens("China, Russia, and Iran met."))?.names == [
        "China", "Russia", "Iran",
      ])
    #expect(bare.places(in: ExpressionTokens("drills in Siberia"))?.names == ["Siberia"])
    #expect(bare.participants(in: ExpressionTokens("the first time Iran has held drills")) == nil)
  }
}
