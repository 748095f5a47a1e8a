/// Compares a claimed outlet ("TASS") with where evidence was published.
///
/// Agrees: the item's publisher is the outlet, or its facts name it as the outlet, or its
/// excerpt names it.
///
/// Contradicts: nothing; another publisher or outlet leaves the assertion uncovered.
enum OutletComparator {
  static func compare(_ name: String, with item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    if TextComparator.isOutlet(name, item.source.publisher, gazetteer: gazetteer) {
      return .supported(detail: "published by \(item.source.publisher)")
    }
    if let outlet = item.facts.outlet, TextComparator.isOutlet(name, outlet, gazetteer: gazetteer) {
      return .supported(detail: "evidence gives '\(outlet)'")
    }
    return TextComparator.inExcerpt(name, of: item, gazetteer: gazetteer)
  }
}
