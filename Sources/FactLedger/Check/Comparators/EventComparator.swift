/// Compares a claimed event ("Vostok-2018") with the one evidence names.
///
/// Agrees: the evidence's event names it, by the same canonical name or holding it as whole
/// words; or the excerpt names it.
///
/// Contradicts: nothing; an event given under another name leaves the assertion uncovered.
enum EventComparator {
  static func compare(_ name: String, with item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    TextComparator.named(name, by: item.facts.event, item: item, gazetteer: gazetteer)
  }
}
