import Foundation

/// Evaluates an instance against a compiled schema, collecting every violation.
///
/// Subschemas whose failure is not itself an error (the branches of `anyOf`, `oneOf`, `not`,
/// `if`, `contains`) are evaluated quietly; everywhere else each failure is recorded with the
/// instance's JSON Pointer and the line and column of the offending value.
struct SchemaEvaluator {
  let assertsFormat: Bool
  private(set) var violations: [SchemaViolation] = []
  /// The schema resources entered, outermost first: the dynamic scope of `$dynamicRef`.
  private var scope: [SchemaNode] = []

  init(assertsFormat: Bool) {
    self.assertsFormat = assertsFormat
  }

  /// The annotations of a successful evaluation, or `nil` when the instance fails.
  mutating func evaluate(
    _ node: SchemaNode, _ instance: JSONValue, at path: JSONPointer, reports: Bool
  ) -> EvaluatedAnnotations? {
    if let constant = node.constant {
      if !constant, reports { record("no value is allowed here", path, instance, node.location) }
      return constant ? EvaluatedAnnotations() : nil
    }
    let entersResource = scope.last !== node.resource
    if entersResource { scope.append(node.resource) }
    defer { if entersResource { scope.removeLast() } }

    var annotations = EvaluatedAnnotations()
    var isValid = true
    for keyword in node.keywords {
      if !isValid, !reports { return nil }
      var failure: String?
      check(
        keyword, in: node, instance, path, reports: reports, annotations: &annotations,
        failure: &failure, isValid: &isValid)
      if let failure {
        isValid = false
        if reports { record(failure, path, instance, node.location + "/" + keyword.name) }
      }
    }
    return isValid ? annotations : nil
  }

  private mutating func record(
    _ message: String, _ path: JSONPointer, _ instance: JSONValue, _ keywordLocation: String
  ) {
    violations.append(
      SchemaViolation(
        instancePath: path, location: instance.location, message: message,
        keywordLocation: keywordLocation))
  }

  /// Evaluates a subschema that applies to the same instance or a child, merging annotations.
  private mutating func apply(
    _ node: SchemaNode, _ instance: JSONValue, _ path: JSONPointer, reports: Bool,
    into annotations: inout EvaluatedAnnotations, isValid: inout Bool
  ) {
    if let result = evaluate(node, instance, at: path, reports: reports) {
      annotations.merge(result)
    } else {
      isValid = false
    }
  }

  // MARK: - Keywords

  private mutating func check(
    _ keyword: SchemaKeyword, in node: SchemaNode, _ instance: JSONValue, _ path: JSONPointer,
    reports: Bool, annotations: inout EvaluatedAnnotations, failure: inout String?,
    isValid: inout Bool
  ) {
    switch keyword {
    case .type(let names):
      if !names.contains(where: { Self.matches(instance, type: $0) }) {
        failure =
          "expected \(names.sorted().joined(separator: " or ")), not \(Self.typeName(of: instance))"
      }
    case .enumeration(let values):
      if !values.contains(where: { $0.isJSONEqual(to: instance) }) {
        let shown = values.prefix(8).map { $0.briefDescription(limit: 30) }.joined(separator: ", ")
        failure =
          "\(instance.briefDescription()) is not one of \(shown)\(values.count > 8 ? ", …" : "")"
      }
    case .constant(let value):
      if !value.isJSONEqual(to: instance) { failure = "must be \(value.briefDescription())" }
    case .multipleOf(let divisor):
      if case .number = instance.kind, !Self.isMultiple(instance, of: divisor) {
        failure = "\(instance.briefDescription()) is not a multiple of \(divisor)"
      }
    case .maximum(let limit, let exclusive):
      if let number = instance.doubleValue, exclusive ? number >= limit : number > limit {
        failure =
          "\(instance.briefDescription()) is \(exclusive ? "not below" : "above") the maximum \(Self.format(limit))"
      }
    case .minimum(let limit, let exclusive):
      if let number = instance.doubleValue, exclusive ? number <= limit : number < limit {
        failure =
          "\(instance.briefDescription()) is \(exclusive ? "not above" : "below") the minimum \(Self.format(limit))"
      }
    case .maxLength(let limit):
      if let text = instance.stringValue, text.unicodeScalars.count > limit {
        failure = "\(instance.briefDescription()) is longer than \(limit) characters"
      }
    case .minLength(let limit):
      if let text = instance.stringValue, text.unicodeScalars.count < limit {
        failure = "\(instance.briefDescription()) is shorter than \(limit) characters"
      }
    case .pattern(let regex, let source):
      if let text = instance.stringValue,
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
      {
        failure = "\(instance.briefDescription()) does not match '\(source)'"
      }
    case .format(let format):
      if assertsFormat, let text = instance.stringValue, !format.accepts(text) {
        failure = "\(instance.briefDescription()) is not a valid \(format.name)"
      }
    case .maxItems(let limit):
      if let elements = instance.arrayValue, elements.count > limit {
        failure = "has \(elements.count) items, more than \(limit)"
      }
    case .minItems(let limit):
      if let elements = instance.arrayValue, elements.count < limit {
        failure = "has \(elements.count) items, fewer than \(limit)"
      }
    case .uniqueItems:
      if let elements = instance.arrayValue, let (first, second) = Self.firstDuplicate(in: elements)
      {
        failure = "items \(first) and \(second) are equal; items must be unique"
      }
    case .maxProperties(let limit):
      if let members = instance.objectMembers, members.count > limit {
        failure = "has \(members.count) properties, more than \(limit)"
      }
    case .minProperties(let limit):
      if let members = instance.objectMembers, members.count < limit {
        failure = "has \(members.count) properties, fewer than \(limit)"
      }
    case .required(let names):
      if let members = instance.objectMembers {
        let missing = names.filter { name in !members.contains { $0.key == name } }
        if !missing.isEmpty { failure = "missing required \(Self.quoted(missing))" }
      }
    case .dependentRequired(let dependencies):
      if let members = instance.objectMembers {
        for (trigger, names) in dependencies where members.contains(where: { $0.key == trigger }) {
          let missing = names.filter { name in !members.contains { $0.key == name } }
          if !missing.isEmpty { failure = "'\(trigger)' requires \(Self.quoted(missing))" }
        }
      }
    case .properties, .patternProperties, .additionalProperties, .propertyNames,
      .dependentSchemas, .unevaluatedProperties:
      checkObject(
        keyword, in: node, instance, path, reports: reports, annotations: &annotations,
        isValid: &isValid)
    case .prefixItems, .items, .contains, .unevaluatedItems:
      checkArray(
        keyword, in: node, instance, path, reports: reports, annotations: &annotations,
        failure: &failure, isValid: &isValid)
    case .allOf(let nodes):
      for child in nodes {
        apply(child, instance, path, reports: reports, into: &annotations, isValid: &isValid)
      }
    case .anyOf(let nodes):
      var matched = false
      for child in nodes {
        if let result = evaluate(child, instance, at: path, reports: false) {
          annotations.merge(result)
          matched = true
        }
      }
      if !matched {
        failure =
          "\(instance.briefDescription()) matches none of the \(nodes.count) alternatives (anyOf)"
      }
    case .oneOf(let nodes):
      let results = nodes.compactMap { evaluate($0, instance, at: path, reports: false) }
      if results.count == 1 {
        annotations.merge(results[0])
      } else {
        failure =
          "\(instance.briefDescription()) matches \(results.count) of the \(nodes.count) alternatives; exactly one must match (oneOf)"
      }
    case .not(let child):
      if evaluate(child, instance, at: path, reports: false) != nil {
        failure = "\(instance.briefDescription()) matches a schema it must not match (not)"
      }
    case .conditional(let condition, let thenNode, let elseNode):
      if let result = evaluate(condition, instance, at: path, reports: false) {
        annotations.merge(result)
        if let thenNode {
          apply(thenNode, instance, path, reports: reports, into: &annotations, isValid: &isValid)
        }
      } else if let elseNode {
        apply(elseNode, instance, path, reports: reports, into: &annotations, isValid: &isValid)
      }
    case .ref(let reference):
      apply(
        reference.target, instance, path, reports: reports, into: &annotations, isValid: &isValid)
    case .dynamicRef(let reference, let anchor):
      var target: SchemaNode = reference.target
      if let anchor, target.dynamicAnchorName == anchor,
        let dynamic = scope.lazy.compactMap({ $0.dynamicAnchors[anchor] }).first
      {
        target = dynamic
      }
      apply(target, instance, path, reports: reports, into: &annotations, isValid: &isValid)
    }
  }

  // MARK: - Objects

  private mutating func checkObject(
    _ keyword: SchemaKeyword, in node: SchemaNode, _ instance: JSONValue, _ path: JSONPointer,
    reports: Bool, annotations: inout EvaluatedAnnotations, isValid: inout Bool
  ) {
    guard let members = instance.objectMembers else { return }
    switch keyword {
    case .properties(let properties):
      for member in members {
        guard let child = properties[member.key] else { continue }
        annotations.properties.insert(member.key)
        apply(
          child, member.value, path.appending(member.key), reports: reports,
          into: &annotations.discarded, isValid: &isValid)
      }
    case .patternProperties(let patterns):
      for member in members {
        for (regex, child) in patterns where Self.matches(regex, member.key) {
          annotations.properties.insert(member.key)
          apply(
            child, member.value, path.appending(member.key), reports: reports,
            into: &annotations.discarded, isValid: &isValid)
        }
      }
    case .additionalProperties(let child):
      let (named, patterns) = Self.siblings(of: node)
      for member in members
      where !named.contains(member.key)
        && !patterns.contains(where: { Self.matches($0, member.key) })
      {
        annotations.properties.insert(member.key)
        if child.constant == false {
          isValid = false
          if reports {
            record(
              "unexpected property '\(member.key)'", path.appending(member.key), member.value,
              node.location + "/additionalProperties")
          }
          continue
        }
        apply(
          child, member.value, path.appending(member.key), reports: reports,
          into: &annotations.discarded, isValid: &isValid)
      }
    case .propertyNames(let child):
      for member in members {
        let name = JSONValue(.string(member.key), at: member.keyLocation)
        apply(
          child, name, path.appending(member.key), reports: reports, into: &annotations.discarded,
          isValid: &isValid)
      }
    case .dependentSchemas(let dependencies):
      for (trigger, child) in dependencies where members.contains(where: { $0.key == trigger }) {
        apply(child, instance, path, reports: reports, into: &annotations, isValid: &isValid)
      }
    case .unevaluatedProperties(let child):
      for member in members where !annotations.properties.contains(member.key) {
        if child.constant == false {
          isValid = false
          if reports {
            record(
              "unexpected property '\(member.key)'", path.appending(member.key), member.value,
              node.location + "/unevaluatedProperties")
          }
          continue
        }
        apply(
          child, member.value, path.appending(member.key), reports: reports,
          into: &annotations.discarded, isValid: &isValid)
      }
      annotations.properties.formUnion(members.map(\.key))
    default:
      break
    }
  }

  // MARK: - Arrays

  private mutating func checkArray(
    _ keyword: SchemaKeyword, in node: SchemaNode, _ instance: JSONValue, _ path: JSONPointer,
    reports: Bool, annotations: inout EvaluatedAnnotations, failure: inout String?,
    isValid: inout Bool
  ) {
    guard let elements = instance.arrayValue else { return }
    switch keyword {
    case .prefixItems(let nodes):
      for (index, child) in zip(elements.indices, nodes) {
        apply(
          child, elements[index], path.appending(index), reports: reports,
          into: &annotations.discarded, isValid: &isValid)
      }
      annotations.itemPrefix = max(annotations.itemPrefix, min(nodes.count, elements.count))
    case .items(let child):
      let start =
        node.keywords.lazy.compactMap { keyword -> Int? in
          if case .prefixItems(let nodes) = keyword { return nodes.count }
          return nil
        }.first ?? 0
      for index in elements.indices where index >= start {
        if child.constant == false {
          failure = "has \(elements.count) items; at most \(start) are allowed"
          break
        }
        apply(
          child, elements[index], path.appending(index), reports: reports,
          into: &annotations.discarded, isValid: &isValid)
      }
      annotations.allItems = true
    case .contains(let child, let minimum, let maximum):
      let matches = elements.indices.filter {
        evaluate(child, elements[$0], at: path.appending($0), reports: false) != nil
      }
      annotations.itemIndices.formUnion(matches)
      if matches.count < minimum {
        failure = "has \(matches.count) items that match 'contains'; at least \(minimum) must"
      } else if let maximum, matches.count > maximum {
        failure = "has \(matches.count) items that match 'contains'; at most \(maximum) may"
      }
    case .unevaluatedItems(let child):
      for index in elements.indices where !annotations.hasEvaluated(item: index) {
        if child.constant == false {
          failure = "item \(index) is not allowed here (unevaluatedItems)"
          break
        }
        apply(
          child, elements[index], path.appending(index), reports: reports,
          into: &annotations.discarded, isValid: &isValid)
      }
      annotations.allItems = true
    default:
      break
    }
  }

  // MARK: - Helpers

  private static func siblings(of node: SchemaNode) -> (Set<String>, [NSRegularExpression]) {
    var named: Set<String> = []
    var patterns: [NSRegularExpression] = []
    for keyword in node.keywords {
      if case .properties(let properties) = keyword { named.formUnion(properties.keys) }
      if case .patternProperties(let pairs) = keyword { patterns += pairs.map(\.0) }
    }
    return (named, patterns)
  }

  private static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  static func matches(_ instance: JSONValue, type: String) -> Bool {
    switch (type, instance.kind) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
      ("object", .object), ("number", .number):
      true
    case ("integer", .number): instance.isIntegral
    default: false
    }
  }

  static func typeName(of instance: JSONValue) -> String {
    if case .number = instance.kind { return instance.isIntegral ? "integer" : "number" }
    return instance.typeName
  }

  private static func isMultiple(_ instance: JSONValue, of divisor: Decimal) -> Bool {
    guard var quotient = instance.decimalValue.map({ $0 / divisor }), !quotient.isNaN else {
      // Too large for a decimal: fall back to floating point.
      guard let number = instance.doubleValue, let step = Double("\(divisor)") else { return false }
      return number.truncatingRemainder(dividingBy: step) == 0
    }
    var rounded = Decimal()
    NSDecimalRound(&rounded, &quotient, 0, .plain)
    return rounded == quotient
  }

  private static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
    for second in elements.indices {
      for first in 0..<second where elements[first].isJSONEqual(to: elements[second]) {
        return (first, second)
      }
    }
    return nil
  }

  private static func quoted(_ names: [String]) -> String {
    (names.count == 1 ? "property " : "properties ")
      + names.map { "'\($0)'" }.joined(separator: ", ")
  }

  private static func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}

extension EvaluatedAnnotations {
  /// A sink for the annotations of a child instance, which do not count for this one.
  fileprivate var discarded: EvaluatedAnnotations {
    get { EvaluatedAnnotations() }
    set {}
  }
}

extension SchemaKeyword {
  /// The keyword's name as schemas spell it, for keyword locations.
  var name: String {
    switch self {
    case .type: "type"
    case .enumeration: "enum"
    case .constant: "const"
    case .multipleOf: "multipleOf"
    case .maximum(_, let exclusive): exclusive ? "exclusiveMaximum" : "maximum"
    case .minimum(_, let exclusive): exclusive ? "exclusiveMinimum" : "minimum"
    case .maxLength: "maxLength"
    case .minLength: "minLength"
    case .pattern: "pattern"
    case .format: "format"
    case .maxItems: "maxItems"
    case .minItems: "minItems"
    case .uniqueItems: "uniqueItems"
    case .maxProperties: "maxProperties"
    case .minProperties: "minProperties"
    case .required: "required"
    case .dependentRequired: "dependentRequired"
    case .properties: "properties"
    case .patternProperties: "patternProperties"
    case .additionalProperties: "additionalProperties"
    case .propertyNames: "propertyNames"
    case .dependentSchemas: "dependentSchemas"
    case .prefixItems: "prefixItems"
    case .items: "items"
    case .contains: "contains"
    case .allOf: "allOf"
    case .anyOf: "anyOf"
    case .oneOf: "oneOf"
    case .not: "not"
    case .conditional: "if"
    case .ref: "$ref"
    case .dynamicRef: "$dynamicRef"
    case .unevaluatedProperties: "unevaluatedProperties"
    case .unevaluatedItems: "unevaluatedItems"
    }
  }
}
