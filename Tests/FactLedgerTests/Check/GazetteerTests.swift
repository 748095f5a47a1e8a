import Testing

@testable import FactLedger

@Suite("Gazetteer")
struct GazetteerTests {
  static let gazetteer = Gazetteer(entries: [
    .init(name: "Russia", aliases: ["Russian", "Russian Federation"]),
    .init(
      name: "Tsugol training ground", aliases: ["Tsugol training range", "Tsugol"],
      within: ["Zabaykalsky Krai"]),
    .init(name: "Sam Bendett", aliases: ["Samuel Bendett"]),
  ])

  @Test("a text mentions every name whose words it holds in a run, wherever they stand")
  func mentions() {
    let text = "Drills at the Tsugol training range, with the Russian Federation"
    #expect(
      Self.gazetteer.mentions(in: text) == [
        Self.gazetteer.canonical(text), "tsugol training ground", "russia",
      ])
    // Words of a name apart, or only its second word, mention nothing.
    #expect(
      Self.gazetteer.mentions(in: "training at Tsugol's range; a Federation")
        == ["training at tsugol's range a federation"])
    #expect(Self.gazetteer.mentions(in: "said Samuel Bendett").contains("sam bendett"))
  }

  @Test("what one gazetteer has worked out from a text is never another's answer")
  func separateGazetteers() {
    #expect(Self.gazetteer.canonical("Samuel Bendett") == "sam bendett")
    #expect(Gazetteer().canonical("Samuel Bendett") == "samuel bendett")
    #expect(!Gazetteer().mentions(in: "the Russian Federation").contains("russia"))
    #expect(Self.gazetteer.mentions(in: "the Russian Federation").contains("russia"))
  }

  @Test(
    "a claimed place is supported by an evidence place that names it as a name of its own, not inside a sea's or a gulf's",
    arguments: [
      (["Oman"], ["Gulf of Oman"], false),
      (["China"], ["South China Sea"], false),
      (["Japan"], ["the Sea of Japan"], false),
      (["Gulf of Oman"], ["the Gulf of Oman near Chabahar"], true),
      (["China"], ["northern China"], true),
      (["Oman"], ["Muscat, Oman"], true),
      (["Tsugol"], ["Tsugol training range"], true),
      (["Oman"], ["Muscat, Oman, Gulf of Oman"], true),
      (["Oman"], ["Muscat; Gulf of Oman (Sea of Oman)"], false),
      (["Black Sea"], ["the Black Sea coast"], true),
      (["Oman"], ["off the coast of Oman"], true),
    ])
  func placesStandAlone(claimed: [String], evidence: [String], supported: Bool) {
    let gazetteer = Gazetteer(entries: [
      .init(name: "China", aliases: ["Chinese"]), .init(name: "Oman"), .init(name: "Japan"),
      .init(name: "Black Sea"),
      .init(name: "Tsugol training ground", aliases: ["Tsugol training range", "Tsugol"]),
    ])
    let places = evidence.map { "\"\($0)\"" }.joined(separator: ", ")
    let item = CheckFixtures.item(
      #"{"id": "ev-1", "claims": ["c"], "source": {"publisher": "Reuters"}, "facts": {"location": [\#(places)]}}"#
    )
    let verdict = SetComparator.compareLocations(claimed, with: item, gazetteer: gazetteer)
    if case .supported = verdict {
      #expect(supported, "\(claimed) in \(evidence)")
    } else {
      #expect(!supported, "\(claimed) in \(evidence): \(verdict)")
    }
  }
}
