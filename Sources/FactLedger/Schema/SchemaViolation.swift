/// One way a JSON document fails its schema.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
  /// Where in the document, as a JSON Pointer (`/attribution/outlet`).
  public var instancePath: JSONPointer
  /// Where in the file: the line and column of the offending value.
  public var location: SourceLocation
  /// What failed, in a lowercase sentence that quotes the value.
  public var message: String
  /// The schema keyword that failed: its schema's URI, a pointer, and the keyword.
  public var keywordLocation: String

  /// `<pointer>: <message>`, with `/` for the whole document.
  public var description: String {
    "\(instancePath.tokens.isEmpty ? "/" : instancePath.description): \(message)"
  }
}

/// The properties and items that a schema evaluated, for `unevaluatedProperties` and
/// `unevaluatedItems`.
struct EvaluatedAnnotations {
  var properties: Set<String> = []
  var allItems = false
  var itemPrefix = 0
  var itemIndices: Set<Int> = []

  mutating func merge(_ other: EvaluatedAnnotations) {
    // Most evaluations gather nothing; skip the set operations then.
    if !other.properties.isEmpty { properties.formUnion(other.properties) }
    allItems = allItems || other.allItems
    itemPrefix = max(itemPrefix, other.itemPrefix)
    if !other.itemIndices.isEmpty { itemIndices.formUnion(other.itemIndices) }
  }

  func hasEvaluated(item index: Int) -> Bool {
    allItems || index < itemPrefix || itemIndices.contains(index)
  }
}
