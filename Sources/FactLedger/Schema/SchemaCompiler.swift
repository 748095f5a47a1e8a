import Foundation

/// Compiles JSON Schema documents (draft 2020-12) into `SchemaNode` graphs.
///
/// Every document is compiled whole, registering each resource (`$id`) and anchor it
/// declares; then every `$ref` and `$dynamicRef` is linked to its node, compiling further
/// registered documents on demand. A keyword the validator does not implement is an error.
final class SchemaCompiler {
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

  /// The `$schema` values accepted: draft 2020-12.
  static let dialects: Set = [
    "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2020-12/schema#",
  ]

  /// Compiles the subschema `value` found at `pointer` below a node.
  fileprivate func subschema(
    _ value: JSONValue, document: String, pointer: JSONPointer, base: String, resource: SchemaNode
  ) throws(SchemaError) -> SchemaNode {
    try compileNode(value, document: document, pointer: pointer, base: base, resource: resource)
  }

  /// Records a reference to link once everything is compiled.
  fileprivate func reference(_ text: String, base: String, at location: String) -> SchemaReference {
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

/// Turns one keyword of a schema object into a `SchemaKeyword`, checking its value.
private struct KeywordContext {
  let compiler: SchemaCompiler
  let object: JSONValue
  let document: String
  let pointer: JSONPointer
  let base: String
  let resource: SchemaNode

  /// Keywords that carry no assertion: identifiers, annotations, and keywords read by a
  /// sibling (`then` by `if`, `minContains` by `contains`).
  static let passive: Set = [
    "$schema", "$id", "$anchor", "$dynamicAnchor", "$comment", "$vocabulary", "title",
    "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
    "contentEncoding", "contentMediaType", "then", "else", "minContains", "maxContains",
  ]

  private var location: String { document + "#" + pointer.description }

  mutating func keyword(_ name: String, _ value: JSONValue) throws(SchemaError) -> SchemaKeyword? {
    switch name {
    case "$defs":
      try forEachMember(name, value) { key, child throws(SchemaError) in
        _ = try schema(child, at: [name, key])
      }
      return nil
    case "contentSchema":
      _ = try schema(value, at: [name])
      return nil
    case "then" where object["if"] == nil, "else" where object["if"] == nil:
      // Without `if` they never apply, but an `$id` or anchor inside them can still be named.
      _ = try schema(value, at: [name])
      return nil
    case _ where Self.passive.contains(name):
      return nil
    case "type":
      let names = value.stringValue.map { [$0] } ?? value.arrayValue?.compactMap(\.stringValue)
      guard let names, !names.isEmpty, names.allSatisfy(Self.types.contains) else {
        throw .invalidKeywordValue(
          name, at: location, expected: "a JSON type name or an array of them")
      }
      return .type(Set(names))
    case "enum":
      guard let values = value.arrayValue else {
        throw .invalidKeywordValue(name, at: location, expected: "an array")
      }
      return .enumeration(values)
    case "const": return .constant(value)
    case "multipleOf":
      guard let divisor = value.decimalValue, divisor > 0 else {
        throw .invalidKeywordValue(name, at: location, expected: "a number above 0")
      }
      return .multipleOf(divisor)
    case "maximum": return .maximum(try number(name, value), exclusive: false)
    case "exclusiveMaximum": return .maximum(try number(name, value), exclusive: true)
    case "minimum": return .minimum(try number(name, value), exclusive: false)
    case "exclusiveMinimum": return .minimum(try number(name, value), exclusive: true)
    case "maxLength": return .maxLength(try count(name, value))
    case "minLength": return .minLength(try count(name, value))
    case "pattern":
      guard let source = value.stringValue else {
        throw .invalidKeywordValue(name, at: location, expected: "a string")
      }
      return .pattern(try regex(source), source: source)
    case "format":
      guard let format = value.stringValue else {
        throw .invalidKeywordValue(name, at: location, expected: "a string")
      }
      return .format(SchemaFormat(name: format))
    case "maxItems": return .maxItems(try count(name, value))
    case "minItems": return .minItems(try count(name, value))
    case "uniqueItems":
      guard case .bool(let flag) = value.kind else {
        throw .invalidKeywordValue(name, at: location, expected: "true or false")
      }
      return flag ? .uniqueItems : nil
    case "maxProperties": return .maxProperties(try count(name, value))
    case "minProperties": return .minProperties(try count(name, value))
    case "required": return .required(try strings(name, value))
    case "dependentRequired":
      var dependencies: [(String, [String])] = []
      try forEachMember(name, value) { key, child throws(SchemaError) in
        dependencies.append((key, try strings(name, child)))
      }
      return .dependentRequired(dependencies)
    case "properties":
      var properties: [String: SchemaNode] = [:]
      try forEachMember(name, value) { key, child throws(SchemaError) in
        properties[key] = try schema(child, at: [name, key])
      }
      return .properties(properties)
    case "patternProperties":
      var patterns: [(NSRegularExpression, SchemaNode)] = []
      try forEachMember(name, value) { key, child throws(SchemaError) in
        patterns.append((try regex(key), try schema(child, at: [name, key])))
      }
      return .patternProperties(patterns)
    case "additionalProperties":
      let named = Set(object["properties"]?.objectMembers?.map(\.key) ?? [])
      var patterns: [NSRegularExpression] = []
      for member in object["patternProperties"]?.objectMembers ?? [] {
        patterns.append(try regex(member.key))
      }
      return .additionalProperties(try schema(value, at: [name]), named: named, patterns: patterns)
    case "propertyNames": return .propertyNames(try schema(value, at: [name]))
    case "dependentSchemas":
      var dependencies: [(String, SchemaNode)] = []
      try forEachMember(name, value) { key, child throws(SchemaError) in
        dependencies.append((key, try schema(child, at: [name, key])))
      }
      return .dependentSchemas(dependencies)
    case "prefixItems": return .prefixItems(try schemas(name, value))
    case "items": return .items(try schema(value, at: [name]))
    case "contains":
      let minimum =
        try object["minContains"].map { value throws(SchemaError) in try count("minContains", value)
        } ?? 1
      let maximum = try object["maxContains"].map { value throws(SchemaError) in
        try count("maxContains", value)
      }
      return .contains(try schema(value, at: [name]), min: minimum, max: maximum)
    case "allOf": return .allOf(try schemas(name, value))
    case "anyOf": return .anyOf(try schemas(name, value))
    case "oneOf": return .oneOf(try schemas(name, value))
    case "not": return .not(try schema(value, at: [name]))
    case "if":
      let thenNode = try object["then"].map { value throws(SchemaError) in
        try schema(value, at: ["then"])
      }
      let elseNode = try object["else"].map { value throws(SchemaError) in
        try schema(value, at: ["else"])
      }
      return .conditional(if: try schema(value, at: [name]), then: thenNode, else: elseNode)
    case "$ref", "$dynamicRef":
      guard let text = value.stringValue else {
        throw .invalidKeywordValue(name, at: location, expected: "a URI reference")
      }
      let reference = compiler.reference(text, base: base, at: location)
      if name == "$ref" { return .ref(reference) }
      let fragment = URIReference(text).fragment
      let isAnchor = fragment.map { !$0.isEmpty && !$0.hasPrefix("/") } ?? false
      return .dynamicRef(reference, anchor: isAnchor ? fragment : nil)
    case "unevaluatedProperties": return .unevaluatedProperties(try schema(value, at: [name]))
    case "unevaluatedItems": return .unevaluatedItems(try schema(value, at: [name]))
    default:
      throw .unsupportedKeyword(name, at: location)
    }
  }

  static let types: Set = ["null", "boolean", "object", "array", "number", "string", "integer"]

  // MARK: - Values

  private func schema(_ value: JSONValue, at tokens: [String]) throws(SchemaError) -> SchemaNode {
    try compiler.subschema(
      value, document: document, pointer: JSONPointer(tokens: pointer.tokens + tokens), base: base,
      resource: resource)
  }

  private func schemas(_ name: String, _ value: JSONValue) throws(SchemaError) -> [SchemaNode] {
    guard let elements = value.arrayValue, !elements.isEmpty else {
      throw .invalidKeywordValue(name, at: location, expected: "a non-empty array of schemas")
    }
    var nodes: [SchemaNode] = []
    for (index, element) in elements.enumerated() {
      nodes.append(try schema(element, at: [name, String(index)]))
    }
    return nodes
  }

  private func forEachMember(
    _ name: String, _ value: JSONValue, _ body: (String, JSONValue) throws(SchemaError) -> Void
  ) throws(SchemaError) {
    guard let members = value.objectMembers else {
      throw .invalidKeywordValue(name, at: location, expected: "an object")
    }
    for member in members { try body(member.key, member.value) }
  }

  private func number(_ name: String, _ value: JSONValue) throws(SchemaError) -> Double {
    guard let number = value.doubleValue else {
      throw .invalidKeywordValue(name, at: location, expected: "a number")
    }
    return number
  }

  private func count(_ name: String, _ value: JSONValue) throws(SchemaError) -> Int {
    guard value.isIntegral, let number = value.doubleValue, number >= 0, number < Double(Int.max)
    else {
      throw .invalidKeywordValue(name, at: location, expected: "a whole number of 0 or more")
    }
    return Int(number)
  }

  private func strings(_ name: String, _ value: JSONValue) throws(SchemaError) -> [String] {
    guard let elements = value.arrayValue else {
      throw .invalidKeywordValue(name, at: location, expected: "an array of strings")
    }
    let texts = elements.compactMap(\.stringValue)
    guard texts.count == elements.count else {
      throw .invalidKeywordValue(name, at: location, expected: "an array of strings")
    }
    return texts
  }

  private func regex(_ source: String) throws(SchemaError) -> NSRegularExpression {
    do {
      return try NSRegularExpression(pattern: source)
    } catch {
      throw .invalidPattern(source, at: location)
    }
  }
}
