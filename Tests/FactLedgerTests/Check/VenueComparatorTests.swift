import Testing

@testable import FactLedger

@Suite("Venue comparator")
struct VenueComparatorTests {
  typealias F = CheckFixtures

  @Test("a venue given that names the claimed one agrees; one that names another contradicts")
  func venues() {
    let exhibition = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"venue": "ArmHiTec-2018 exhibition"}}"#
    )
    #expect(
      VenueComparator.compare("ArmHiTec-2018", with: exhibition, gazetteer: F.gazetteer)
        == .supported(detail: "evidence gives 'ArmHiTec-2018 exhibition'"))
    #expect(
      VenueComparator.compare("Valdai Discussion Club", with: exhibition, gazetteer: F.gazetteer)
        == .contradicted(
          .venueMismatch,
          detail: "evidence gives 'ArmHiTec-2018 exhibition', not 'Valdai Discussion Club'"))
  }

  @Test("with no venue given, only the excerpt can agree, and nothing contradicts")
  func venueFromExcerpt() {
    let excerpt = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "excerpt": "speaking at ArmHiTec-2018 on Tuesday"}"#
    )
    #expect(
      VenueComparator.compare("ArmHiTec-2018", with: excerpt, gazetteer: F.gazetteer)
        == .supported(detail: "the excerpt has 'ArmHiTec-2018'"))
    #expect(
      VenueComparator.compare("Valdai Discussion Club", with: excerpt, gazetteer: F.gazetteer)
        == .notCovered)
  }
}
