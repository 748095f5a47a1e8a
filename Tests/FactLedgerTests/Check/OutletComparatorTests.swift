import Testing

@testable import FactLedger

@Suite("Outlet comparator")
struct OutletComparatorTests {
  typealias F = CheckFixtures

  @Test("the publisher or the outlet the evidence names agrees; another outlet never contradicts")
  func outlets() {
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "TASS"}, "facts": {"outlet": "Sputnik"}}"#
    )
    #expect(
      OutletComparator.compare("TASS", with: item, gazetteer: F.gazetteer)
        == .supported(detail: "published by TASS"))
    #expect(
      OutletComparator.compare("Sputnik", with: item, gazetteer: F.gazetteer)
        == .supported(detail: "evidence gives 'Sputnik'"))
    #expect(OutletComparator.compare("Newsweek", with: item, gazetteer: F.gazetteer) == .notCovered)
  }

  @Test(
    "a publisher or outlet that only names the outlet is not it",
    arguments: ["Not TASS", "Fact-check of TASS"])
  func namedOnly(text: String) {
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "\#(text)"}, "facts": {"outlet": "\#(text)"}}"#
    )
    #expect(OutletComparator.compare("TASS", with: item, gazetteer: F.gazetteer) == .notCovered)
  }
}
