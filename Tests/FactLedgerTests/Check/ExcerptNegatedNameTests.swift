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
      // A name the gazetteer knows by another of its names.
      ("Iran drilled with Russia, not with the Chinese.", "China"),
      ("They trained at Tsugol, not on the Tsugol training range.", "Tsugol training ground"),
      ("Iran and Russia drilled rather than China.", "China"),
      ("They drilled neither in the Gulf of Oman nor in the Red Sea.", "Gulf of Oman"),
      ("They drilled neither in the Gulf of Oman nor in the Red Sea.", "Red Sea"),
      ("The ships stayed outside the Gulf of Oman.", "Gulf of Oman"),
      ("The ships stayed far from the Gulf of Oman.", "Gulf of Oman"),
      ("He is no longer deputy CEO.", "deputy CEO"),
      ("The ships were not even in the Gulf of Oman.", "Gulf of Oman"),
    ])
  func denied(excerpt: String, name: String) {
    let gazetteer = F.gazetteer
    #expect(!TextComparator.holds(excerpt, name: name, gazetteer: gazetteer), "\(excerpt)")
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
      // A negation of an earlier clause.
      ("Iran said they would not. In the Gulf of Oman the navies drilled.", "Gulf of Oman"),
      ("Whether Washington liked it or not, in the Gulf of Oman they drilled.", "Gulf of Oman"),
      ("They weren't: in the Gulf of Oman they drilled.", "Gulf of Oman"),
      ("Iran drilled with Russia, not the US. With China too.", "China"),
      // "Not in X alone": X and more.
      ("They drilled not in the Gulf of Oman alone but also in the Red Sea.", "Gulf of Oman"),
      ("They drilled not in the Gulf of Oman only.", "Gulf of Oman"),
      ("Russia and China, not Iran alone, drilled.", "China"),
    ])
  func said(excerpt: String, name: String) {
    let gazetteer = F.gazetteer
    #expect(TextComparator.holds(excerpt, name: name, gazetteer: gazetteer), "\(excerpt)")
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
