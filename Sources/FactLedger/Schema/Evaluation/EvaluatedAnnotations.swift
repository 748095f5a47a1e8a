/// The properties and items that a schema evaluated, for `unevaluatedProperties` and
/// `unevaluatedItems`.
///
/// Most evaluations gather no property or item index: the sets are only made at the first one
/// gathered, so that the annotations every evaluation returns are plain values that need no
/// release.
struct EvaluatedAnnotations {
  var allItems = false
  var itemPrefix = 0
  /// The sets, once something is put in one.
  private var sets: Sets?

  private struct Sets {
    var properties: Set<String> = []
    var itemIndices: Set<Int> = []
  }

  /// The names of the properties evaluated.
  var properties: Set<String> {
    get { sets?.properties ?? [] }
    _modify {
      if sets == nil { sets = Sets() }
      yield &sets!.properties
    }
  }

  /// The indices of the items evaluated one by one (`contains`).
  var itemIndices: Set<Int> {
    get { sets?.itemIndices ?? [] }
    _modify {
      if sets == nil { sets = Sets() }
      yield &sets!.itemIndices
    }
  }

  mutating func merge(_ other: EvaluatedAnnotations) {
    allItems = allItems || other.allItems
    itemPrefix = max(itemPrefix, other.itemPrefix)
    // Most evaluations gather nothing; skip the set operations then.
    guard let gathered = other.sets else { return }
    if !gathered.properties.isEmpty { properties.formUnion(gathered.properties) }
    if !gathered.itemIndices.isEmpty { itemIndices.formUnion(gathered.itemIndices) }
  }

  func hasEvaluated(item index: Int) -> Bool {
    allItems || index < itemPrefix || (sets?.itemIndices.contains(index) ?? false)
  }
}
