/// Compares a claimed organization ("Tecmash") with the bodies evidence names.
///
/// Agrees: the evidence's organization names it, or its role or speaker does, as a title
/// often names the body ("Tecmash Deputy CEO"); or the excerpt names it.
///
/// Contradicts: nothing; another organization leaves the assertion uncovered.
enum OrganizationComparator {
  static func compare(_ name: String, with item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    let facts = item.facts
    for given in [facts.organization, facts.role, facts.speaker].compactMap({ $0 })
    where TextComparator.sameName(name, given, gazetteer: gazetteer) {
      return .supported(detail: "evidence gives '\(given)'")
    }
    return TextComparator.inExcerpt(name, of: item, gazetteer: gazetteer)
  }
}
