import Testing

@testable import FactLedger

@Suite("Role comparator")
struct RoleComparatorTests {
  typealias F = CheckFixtures

  @Test(
    "a title the evidence makes another post contradicts; a missing qualifier only leaves it open")
  func roles() {
    #expect(
      RoleComparator.compare("President", with: "senior vice president").reason == .roleMismatch
    )
    #expect(
      RoleComparator.compare("President", with: "Chairman of the PIR Center Executive Board")
        .reason == .roleMismatch)
    #expect(RoleComparator.compare("deputy CEO", with: "Tecmash Deputy CEO").isSupport)
    #expect(
      RoleComparator.compare(
        "retired lieutenant-general", with: "lieutenant general (retired 2009)"
      ).isSupport)
    #expect(
      RoleComparator.compare("retired lieutenant-general", with: "Lieutenant General")
        == .notCovered)
  }

}
