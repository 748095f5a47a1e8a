import Testing

@testable import FactLedger

/// An excerpt supports a name, place, role or venue only where it says it, not where it denies
/// it: "not in the Gulf of Oman" is no evidence that the drills were in the Gulf of Oman.
@Suite("Names an excerpt denies")
struct ExcerptNegatedNameTests {
  typealias F = CheckFixtures

  @Test(
    "a name after a negation is not held by the excerpt",
    arguments: [
      ("The drills were held not in the Gulf of Oman but in the Arabian Sea.", "Gulf of Oman"),
      ("It was never at the Valdai Discussion Club.", "Valdai Discussion Club"),
      ("They sailed in the Arabian Sea rather than the Gulf of Oman.", "Gulf of Oman"),
      ("They sailed in the Arabian Sea instead of the Gulf of Oman.", "Gulf of Oman"),
      ("The ships weren't in the Gulf of Oman.", "Gulf of Oman"),
      ("The Gulf of Oman, not the Red Sea, saw the drills.", "Red Sea"),
      ("He is not the defence minister.", "defence minister"),
    ])
  func denied(excerpt: String, name: String) {
    #expect(!TextComparator.holds(excerpt, name: name, gazetteer: F.gazetteer))
  }

  @Test(
    "a name said, beside a negation that is not of it, is held by the excerpt",
    arguments: [
      ("The drills were held not in the Gulf of Oman but in the Arabian Sea.", "Arabian Sea"),
      ("Not only in the Gulf of Oman but also in the Indian Ocean.", "Gulf of Oman"),
      ("Not only in the Gulf of Oman but also in the Indian Ocean.", "Indian Ocean"),
      ("The Gulf of Oman, not the Red Sea, saw the drills.", "Gulf of Oman"),
      ("Not at first in the Gulf of Oman; later they met in the Gulf of Oman.", "Gulf of Oman"),
      ("They did not stop in the Gulf of Oman for long.", "Gulf of Oman"),
      ("There is no doubt the drills were in the Gulf of Oman.", "Gulf of Oman"),
    ])
  func said(excerpt: String, name: String) {
    #expect(TextComparator.holds(excerpt, name: name, gazetteer: F.gazetteer))
  }

  @Test("a venue the excerpt denies is not supported by it")
  func venueDenied() {
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "excerpt": "He spoke not at ArmHiTec-2018 but at the Valdai Discussion Club."}"#
    )
    #expect(
      VenueComparator.compare("ArmHiTec-2018", with: item, gazetteer: F.gazetteer) == .notCovered)
    #expect(
      VenueComparator.compare("Valdai Discussion Club", with: item, gazetteer: F.gazetteer)
        == .supported(detail: "the excerpt has 'Valdai Discussion Club'"))
  }
}
