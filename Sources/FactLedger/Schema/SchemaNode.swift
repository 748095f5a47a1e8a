import Foundation

/// One compiled (sub)schema: its keywords, ready to evaluate.
///
/// Nodes form a graph with cycles (`$ref` back to a parent), so they are classes; they are
/// filled in while a `SchemaCompiler` builds them, laid out as a `SchemaProgram` for
/// evaluation, and then dismantled by the compiler so that their cycles do not leak.
final class SchemaNode: @unchecked Sendable {
  /// Where the node stands: its document's URI and the JSON Pointer within it.
  let location: String
  /// `true` or `false` for a boolean schema.
  var constant: Bool?
  /// The keywords, in evaluation order (the `unevaluated*` keywords last).
  var keywords: [SchemaKeyword] = []
  /// The root of the schema resource this node belongs to (itself for a resource root).
  var resource: SchemaNode!
  /// For a resource root: the `$dynamicAnchor`s declared within it, by name.
  var dynamicAnchors: [String: SchemaNode] = [:]
  /// The name of the `$dynamicAnchor` this node declares, if any.
  var dynamicAnchorName: String?
  /// Whether the node has `unevaluatedProperties` or `unevaluatedItems`, and so needs the
  /// annotations of its in-place subschemas.
  var needsAnnotations = false

  init(location: String) {
    self.location = location
  }
}

/// A `$ref` target, linked after every document has been compiled.
final class SchemaReference: @unchecked Sendable {
  /// The reference as written.
  let text: String
  /// The absolute URI it resolves to.
  let uri: String
  /// The node it names; set by the compiler's linking pass.
  var target: SchemaNode!

  init(text: String, uri: String) {
    self.text = text
    self.uri = uri
  }
}

/// A compiled keyword with its checked value.
enum SchemaKeyword: @unchecked Sendable {
  case type(SchemaTypes)
  case enumeration([JSONValue])
  case constant(JSONValue)
  case multipleOf(Decimal)
  case maximum(Double, exclusive: Bool)
  case minimum(Double, exclusive: Bool)
  case maxLength(Int)
  case minLength(Int)
  case pattern(SchemaPattern)
  case format(SchemaFormat)
  case maxItems(Int)
  case minItems(Int)
  case uniqueItems
  case maxProperties(Int)
  case minProperties(Int)
  case required([String])
  case dependentRequired([(String, [String])])
  /// The names, and the subschema of each at the same position.
  case properties([String], [SchemaNode])
  case patternProperties([(SchemaPattern, SchemaNode)])
  /// With the names and patterns of the sibling `properties` and `patternProperties`.
  case additionalProperties(SchemaNode, named: [String], patterns: [SchemaPattern])
  case propertyNames(SchemaNode)
  case dependentSchemas([(String, SchemaNode)])
  case prefixItems([SchemaNode])
  case items(SchemaNode)
  case contains(SchemaNode, min: Int, max: Int?)
  case allOf([SchemaNode])
  case anyOf([SchemaNode])
  case oneOf([SchemaNode])
  case not(SchemaNode)
  case conditional(if: SchemaNode, then: SchemaNode?, else: SchemaNode?)
  case ref(SchemaReference)
  case dynamicRef(SchemaReference, anchor: String?)
  case unevaluatedProperties(SchemaNode)
  case unevaluatedItems(SchemaNode)
}
