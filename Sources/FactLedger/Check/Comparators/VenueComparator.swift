/// Compares a claimed venue ("ArmHiTec-2018") with the one evidence gives.
///
/// Agrees: the evidence's venue names it, by the same canonical name or holding it as whole
/// words ("ArmHiTec-2018 exhibition"); with no venue given, an excerpt that names it.
///
/// Contradicts: a venue given that names another place or gathering ("Valdai Discussion
/// Club" for "ArmHiTec-2018").
enum VenueComparator {
  static func compare(_ venue: String, with item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    guard let given = item.facts.venue else {
      return TextComparator.inExcerpt(venue, of: item, gazetteer: gazetteer)
    }
    return TextComparator.sameName(venue, given, gazetteer: gazetteer)
      ? .supported(detail: "evidence gives '\(given)'")
      : .contradicted(.venueMismatch, detail: "evidence gives '\(given)', not '\(venue)'")
  }
}
