import Testing

@testable import FactLedger

@Suite("Set comparator")
struct SetComparatorTests {
  typealias F = CheckFixtures

  @Test(
    "participants match through demonyms; a participant missing from the evidence's list contradicts"
  )
  func participants() {
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"participants": ["Russian", "Chinese"]}}"#
    )
    #expect(
      SetComparator.compareParticipants(["Russia", "China"], with: item, gazetteer: F.gazetteer)
        .isSupport)
    #expect(
      SetComparator.compareParticipants(
        ["Russia", "China", "Mongolia"], with: item, gazetteer: F.gazetteer)
        == .contradicted(
          .participantsMismatch, detail: "evidence lists Russian, Chinese, without Mongolia"))
  }

  @Test(
    "a place is supported by a place inside it, through the gazetteer or the item's own 'within'")
  func places() {
    let tsugol = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"location": "Tsugol training range, Trans-Baikal region"}}"#
    )
    #expect(
      SetComparator.compareLocations(["Siberia"], with: tsugol, gazetteer: F.gazetteer).isSupport)
    #expect(
      SetComparator.compareLocations(
        ["Tsugol training ground"], with: tsugol, gazetteer: F.gazetteer
      ).isSupport)
    #expect(
      SetComparator.compareLocations(["Mongolia"], with: tsugol, gazetteer: F.gazetteer)
        == .notCovered)
    let own = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"location": "Chabahar", "within": {"Chabahar": ["Iran"]}}}"#
    )
    #expect(SetComparator.compareLocations(["Iran"], with: own, gazetteer: F.gazetteer).isSupport)
  }
}
