import Foundation

extension SchemaCompiler {
  /// Turns one keyword of a schema object into a `SchemaKeyword`, checking its value.
  struct KeywordContext {
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

    /// The keyword `name` with its checked `value`, or `nil` for a keyword that asserts nothing
    /// (its subschemas are still compiled, so an `$id` or anchor inside them can be named).
    mutating func keyword(_ name: String, _ value: JSONValue) throws(SchemaError) -> SchemaKeyword?
    {
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
      case "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
        "exclusiveMinimum", "maxLength", "minLength", "pattern", "format":
        return try valueKeyword(name, value)
      case "maxProperties", "minProperties", "required", "dependentRequired", "properties",
        "patternProperties", "additionalProperties", "propertyNames", "dependentSchemas",
        "unevaluatedProperties":
        return try objectKeyword(name, value)
      case "maxItems", "minItems", "uniqueItems", "prefixItems", "items", "contains",
        "unevaluatedItems":
        return try arrayKeyword(name, value)
      case "allOf", "anyOf", "oneOf", "not", "if", "$ref", "$dynamicRef":
        return try applicatorKeyword(name, value)
      default:
        throw .unsupportedKeyword(name, at: location)
      }
    }

    // MARK: - Keywords by what they judge

    /// A keyword that judges a value on its own: its type, its value, a number or a string.
    private func valueKeyword(_ name: String, _ value: JSONValue) throws(SchemaError)
      -> SchemaKeyword
    {
      switch name {
      case "type":
        let names = value.stringValue.map { [$0] } ?? value.arrayValue?.compactMap(\.stringValue)
        guard let names, !names.isEmpty, let types = SchemaTypes(names) else {
          throw .invalidKeywordValue(
            name, at: location, expected: "a JSON type name or an array of them")
        }
        return .type(types)
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
        let source = try string(name, value)
        return .pattern(try regex(source))
      case "format": return .format(SchemaFormat(name: try string(name, value)))
      default: throw .unsupportedKeyword(name, at: location)
      }
    }

    /// A keyword that judges an object: its size, required members, and member subschemas.
    private func objectKeyword(_ name: String, _ value: JSONValue) throws(SchemaError)
      -> SchemaKeyword
    {
      switch name {
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
        var names: [String] = []
        var nodes: [SchemaNode] = []
        try forEachMember(name, value) { key, child throws(SchemaError) in
          names.append(key)
          nodes.append(try schema(child, at: [name, key]))
        }
        return .properties(names, nodes)
      case "patternProperties":
        var patterns: [(SchemaPattern, SchemaNode)] = []
        try forEachMember(name, value) { key, child throws(SchemaError) in
          patterns.append((try regex(key), try schema(child, at: [name, key])))
        }
        return .patternProperties(patterns)
      case "additionalProperties":
        let named = object["properties"]?.objectMembers?.map(\.key) ?? []
        var patterns: [SchemaPattern] = []
        for member in object["patternProperties"]?.objectMembers ?? [] {
          patterns.append(try regex(member.key))
        }
        return .additionalProperties(
          try schema(value, at: [name]), named: named, patterns: patterns)
      case "propertyNames": return .propertyNames(try schema(value, at: [name]))
      case "dependentSchemas":
        var dependencies: [(String, SchemaNode)] = []
        try forEachMember(name, value) { key, child throws(SchemaError) in
          dependencies.append((key, try schema(child, at: [name, key])))
        }
        return .dependentSchemas(dependencies)
      case "unevaluatedProperties": return .unevaluatedProperties(try schema(value, at: [name]))
      default: throw .unsupportedKeyword(name, at: location)
      }
    }

    /// A keyword that judges an array: its size, uniqueness, and item subschemas.
    private func arrayKeyword(_ name: String, _ value: JSONValue) throws(SchemaError)
      -> SchemaKeyword?
    {
      switch name {
      case "maxItems": return .maxItems(try count(name, value))
      case "minItems": return .minItems(try count(name, value))
      case "uniqueItems":
        guard case .bool(let flag) = value.kind else {
          throw .invalidKeywordValue(name, at: location, expected: "true or false")
        }
        return flag ? .uniqueItems : nil
      case "prefixItems": return .prefixItems(try schemas(name, value))
      case "items": return .items(try schema(value, at: [name]))
      case "contains":
        let minimum = try sibling("minContains", count) ?? 1
        let maximum = try sibling("maxContains", count)
        return .contains(try schema(value, at: [name]), min: minimum, max: maximum)
      case "unevaluatedItems": return .unevaluatedItems(try schema(value, at: [name]))
      default: throw .unsupportedKeyword(name, at: location)
      }
    }

    /// A keyword that applies subschemas to the instance itself.
    private func applicatorKeyword(_ name: String, _ value: JSONValue) throws(SchemaError)
      -> SchemaKeyword
    {
      switch name {
      case "allOf": return .allOf(try schemas(name, value))
      case "anyOf": return .anyOf(try schemas(name, value))
      case "oneOf": return .oneOf(try schemas(name, value))
      case "not": return .not(try schema(value, at: [name]))
      case "if":
        let thenNode = try sibling("then", schema(_:named:))
        let elseNode = try sibling("else", schema(_:named:))
        return .conditional(if: try schema(value, at: [name]), then: thenNode, else: elseNode)
      case "$ref", "$dynamicRef":
        guard let text = value.stringValue else {
          throw .invalidKeywordValue(name, at: location, expected: "a URI reference")
        }
        let reference = compiler.reference(text, base: base, at: location)
        if name == "$ref" { return .ref(reference) }
        let fragment = URIReference(text).fragment
        let isAnchor = fragment.map { !$0.isEmpty && !$0.hasPrefix("/") } ?? false
        compiler.hasDynamicReferences = true
        return .dynamicRef(reference, anchor: isAnchor ? fragment : nil)
      default: throw .unsupportedKeyword(name, at: location)
      }
    }

    // MARK: - Values

    private func schema(_ value: JSONValue, at tokens: [String]) throws(SchemaError) -> SchemaNode {
      try compiler.subschema(
        value, document: document, pointer: JSONPointer(tokens: pointer.tokens + tokens),
        base: base,
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

    /// The sibling keyword `name`, read by `read`, or `nil` when the object has none.
    private func sibling<Value>(
      _ name: String, _ read: (String, JSONValue) throws(SchemaError) -> Value
    ) throws(SchemaError) -> Value? {
      guard let value = object[name] else { return nil }
      return try read(name, value)
    }

    /// The subschema of the keyword `name`, standing right below the object.
    private func schema(_ name: String, named value: JSONValue) throws(SchemaError) -> SchemaNode {
      try schema(value, at: [name])
    }

    private func string(_ name: String, _ value: JSONValue) throws(SchemaError) -> String {
      guard let text = value.stringValue else {
        throw .invalidKeywordValue(name, at: location, expected: "a string")
      }
      return text
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

    private func regex(_ source: String) throws(SchemaError) -> SchemaPattern {
      do {
        return try SchemaPattern(source)
      } catch {
        throw .invalidPattern(source, at: location)
      }
    }
  }
}
