import Testing

@testable import FactLedger

@Suite("Organization comparator")
struct OrganizationComparatorTests {
  typealias F = CheckFixtures

  @Test("an organization named by the evidence, a title or the speaker agrees; none contradicts")
  func organizations() {
    let byTitle = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"role": "Tecmash Deputy CEO"}}"#
    )
    #expect(
      OrganizationComparator.compare("Tecmash", with: byTitle, gazetteer: F.gazetteer)
        == .supported(detail: "evidence gives 'Tecmash Deputy CEO'"))
    let named = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"organization": "PIR Center"}}"#
    )
    #expect(
      OrganizationComparator.compare("PIR Center", with: named, gazetteer: F.gazetteer).isSupport)
    #expect(
      OrganizationComparator.compare("Rostec", with: named, gazetteer: F.gazetteer) == .notCovered)
  }
}
