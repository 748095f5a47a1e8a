import Testing

@testable import FactLedger

@Suite("Event comparator")
struct EventComparatorTests {
  typealias F = CheckFixtures

  @Test("an event named by the evidence or its excerpt agrees; another event never contradicts")
  func events() {
    let drill = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"event": "Vostok-2018 strategic exercise"}, "excerpt": "troops arrived for Tsentr-2019"}"#
    )
    #expect(
      EventComparator.compare("Vostok-2018", with: drill, gazetteer: F.gazetteer)
        == .supported(detail: "evidence gives 'Vostok-2018 strategic exercise'"))
    #expect(
      EventComparator.compare("Tsentr-2019", with: drill, gazetteer: F.gazetteer)
        == .supported(detail: "the excerpt has 'Tsentr-2019'"))
    #expect(
      EventComparator.compare("Kavkaz-2020", with: drill, gazetteer: F.gazetteer) == .notCovered)
  }
}
