import Foundation

/// Compiles JSON Schema documents (draft 2020-12) into `SchemaNode` graphs.
///
/// Every document is compiled whole, registering each resource (`$id`) and anchor it
/// declares; then every `$ref` and `$dynamicRef` is linked to its node, compiling further
/// registered documents on demand. A keyword the validator does not implement is an error.
final class SchemaCompiler {
  /// Whether any `$dynamicRef` was compiled: only then does evaluation track the dynamic
  /// scope it resolves in.
  var hasDynamicReferences = false
  private let documents: [String: JSONValue]
  private var nodes: [String: SchemaNode] = [:]
  private var resources: [String: (document: String, pointer: JSONPointer)] = [:]
  private var anchors: [String: (document: String, pointer: JSONPointer)] = [:]
  private var compiledDocuments: Set<String> = []
  private var unlinked: [(reference: SchemaReference, location: String)] = []

  /// Prepares to compile `documents`, keyed by their retrieval URIs (no fragment).
  init(documents: [String: JSONValue]) {
    self.documents = documents
  }

  /// The root node of the document or resource at `uri`, with every reference linked.
  func compile(_ uri: String) throws(SchemaError) -> SchemaNode {
    guard let node = try node(for: uri) else { throw .unknownSchema(uri) }
    try linkReferences()
    return node
  }

  /// Breaks the cycles of every node compiled (a `$ref` back to a parent, each node's link to
  /// its resource), once they are laid out as a `SchemaProgram`, so that the graph is freed
  /// with the compiler instead of leaking.
  func dismantle() {
    for node in nodes.values {
      node.keywords = []
      node.resource = nil
      node.dynamicAnchors = [:]
    }
  }

  // MARK: - Looking up

  private func node(for uri: String) throws(SchemaError) -> SchemaNode? {
    let reference = URIReference(uri)
    let base = reference.withoutFragment.description
    if resources[base] == nil, documents[base] != nil, !compiledDocuments.contains(base) {
      try compileDocument(base)
    }
    guard let resource = resources[base] else { return nil }
    let fragment = (reference.fragment ?? "").percentDecoded
    if fragment.isEmpty { return nodes[key(resource.document, resource.pointer)] }
    if fragment.hasPrefix("/") {
      guard let pointer = JSONPointer(fragment) else { return nil }
      let full = JSONPointer(tokens: resource.pointer.tokens + pointer.tokens)
      if let existing = nodes[key(resource.document, full)] { return existing }
      // A pointer into a place that is not a subschema keyword: compile what stands there.
      guard let document = documents[resource.document], let value = full.value(in: document),
        let root = nodes[key(resource.document, resource.pointer)]
      else { return nil }
      return try compileNode(
        value, document: resource.document, pointer: full, base: base, resource: root)
    }
    guard let anchor = anchors[base + "#" + fragment] else { return nil }
    return nodes[key(anchor.document, anchor.pointer)]
  }

  private func linkReferences() throws(SchemaError) {
    while let (reference, location) = unlinked.popLast() {
      guard let target = try node(for: reference.uri) else {
        throw .unresolvableReference(reference.text, at: location)
      }
      reference.target = target
    }
  }

  private func compileDocument(_ uri: String) throws(SchemaError) {
    compiledDocuments.insert(uri)
    guard let document = documents[uri] else { throw .unknownSchema(uri) }
    _ = try compileNode(document, document: uri, pointer: .root, base: uri, resource: nil)
    if resources[uri] == nil { resources[uri] = (uri, .root) }
  }

  private func key(_ document: String, _ pointer: JSONPointer) -> String {
    document + "#" + pointer.description
  }

  // MARK: - Compiling

  private func compileNode(
    _ value: JSONValue, document: String, pointer: JSONPointer, base inheritedBase: String,
    resource parentResource: SchemaNode?
  ) throws(SchemaError) -> SchemaNode {
    let location = key(document, pointer)
    if let existing = nodes[location] { return existing }
    let node = SchemaNode(location: location)
    nodes[location] = node
    guard let members = value.objectMembers else {
      guard case .bool(let flag) = value.kind else {
        throw .invalidKeywordValue("schema", at: location, expected: "an object or a boolean")
      }
      node.constant = flag
      node.resource = parentResource ?? node
      return node
    }
    let base = try declareIdentity(
      of: value, node: node, document: document, pointer: pointer, base: inheritedBase,
      in: parentResource)
    var context = KeywordContext(
      compiler: self, object: value, document: document, pointer: pointer, base: base,
      resource: node.resource)
    for member in members {
      if let keyword = try context.keyword(member.key, member.value) {
        node.keywords.append(keyword)
      }
    }
    node.keywords.sort { !$0.isUnevaluated && $1.isUnevaluated }
    node.needsAnnotations = node.keywords.contains(where: \.isUnevaluated)
    return node
  }

  /// Registers what a schema object says of itself: its base URI (`$id`), the resource it
  /// belongs to, its dialect and its anchors; returns the base URI of its keywords.
  private func declareIdentity(
    of value: JSONValue, node: SchemaNode, document: String, pointer: JSONPointer,
    base inheritedBase: String, in parentResource: SchemaNode?
  ) throws(SchemaError) -> String {
    let location = node.location
    var base = inheritedBase
    if let id = value["$id"] {
      guard let text = id.stringValue else {
        throw .invalidKeywordValue("$id", at: location, expected: "a string")
      }
      base = URIReference(inheritedBase).resolving(URIReference(text)).withoutFragment.description
    }
    let isResourceRoot = parentResource == nil || value["$id"] != nil
    node.resource = isResourceRoot ? node : parentResource
    if isResourceRoot, resources[base] == nil { resources[base] = (document, pointer) }
    if let dialect = value["$schema"]?.stringValue, !Self.dialects.contains(dialect) {
      throw .unsupportedDialect(dialect, at: location)
    }
    for name in ["$anchor", "$dynamicAnchor"] {
      guard let anchor = value[name] else { continue }
      guard let text = anchor.stringValue else {
        throw .invalidKeywordValue(name, at: location, expected: "a string")
      }
      anchors[base + "#" + text] = (document, pointer)
      if name == "$dynamicAnchor" {
        node.dynamicAnchorName = text
        node.resource.dynamicAnchors[text] = node
      }
    }
    return base
  }

  /// The `$schema` values accepted: draft 2020-12.
  static let dialects: Set = [
    "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2020-12/schema#",
  ]

  /// Compiles the subschema `value` found at `pointer` below a node.
  func subschema(
    _ value: JSONValue, document: String, pointer: JSONPointer, base: String, resource: SchemaNode
  ) throws(SchemaError) -> SchemaNode {
    try compileNode(value, document: document, pointer: pointer, base: base, resource: resource)
  }

  /// Records a reference to link once everything is compiled.
  func reference(_ text: String, base: String, at location: String) -> SchemaReference {
    let uri = URIReference(base).resolving(URIReference(text)).description
    let reference = SchemaReference(text: text, uri: uri)
    unlinked.append((reference, location))
    return reference
  }
}

extension SchemaKeyword {
  fileprivate var isUnevaluated: Bool {
    switch self {
    case .unevaluatedItems, .unevaluatedProperties: true
    default: false
    }
  }
}
