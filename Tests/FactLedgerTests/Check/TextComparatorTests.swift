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

  @Test(
    "a person is the same with a patronymic or middle names between the first and last names, or a middle name by its initial",
    arguments: [
      ("Vladimir Putin", "Vladimir Vladimirovich Putin", true),
      ("Vladimir Vladimirovich Putin", "Vladimir Putin", true),
      ("Vladimir Putin", "President Vladimir Vladimirovich Putin", true),
      ("Vladimir Putin", "Vladimir Zhirinovsky and Putin's aide", false),
      ("Vladimir Putin", "Vladimir Zhirinovsky and Putin", false),
      ("Vladimir Putin", "Vladimir Ilyich Lenin Putin", true),
      ("Vladimir Putin", "Vladimir Ilyich Lenin Stalin Putin", false),
      ("John Kennedy", "John F. Kennedy", true),
      ("John F. Kennedy", "John Fitzgerald Kennedy", true),
      ("Hassan Rouhani", "Hassan Fereydoun Rouhani", true),
      ("Mohammad Zarif", "Mohammad Javad Zarif", true),
      ("Vladimir Putin", "Vladimir Zhirinovsky", false),
      ("Ali Khamenei", "Ali Akbar Velayati", false),
      ("Dmitry Peskov", "Dmitry Sergeyevich Medvedev", false),
      ("John F. Kennedy", "John Gregory Kennedy", false),
      ("Putin", "Vladimir Vladimirovich Putin", true),
    ])
  func middleNames(name: String, other: String, same: Bool) {
    #expect(TextComparator.samePerson(name, other, gazetteer: F.gazetteer) == same)
  }
}
