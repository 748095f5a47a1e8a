import Testing

@testable import FactLedger

@Suite("Text comparator")
struct TextComparatorTests {
  typealias F = CheckFixtures

  @Test("names match through aliases and as whole words inside longer descriptions")
  func names() {
    #expect(TextComparator.sameName("Sam Bendett", "Samuel Bendett", gazetteer: F.gazetteer))
    #expect(
      TextComparator.sameName(
        "Gholamreza Tahani", "Admiral Gholamreza Tahani, deputy commander", gazetteer: F.gazetteer))
    #expect(
      TextComparator.sameName("ArmHiTec-2018", "ArmHiTec-2018 exhibition", gazetteer: F.gazetteer))
    #expect(!TextComparator.sameName("Vladimir Putin", "Dmitry Rytenkov", gazetteer: F.gazetteer))
    #expect(!TextComparator.sameName("Tahani", "Tahanii", gazetteer: F.gazetteer))
  }
}
