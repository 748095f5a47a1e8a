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
  private(set) var scope: [SchemaNode] = []
  /// The JSON Pointer tokens of the instance being evaluated; a pointer is only built when a
  /// violation is recorded.
  private var path: [String] = []

  init(assertsFormat: Bool) {
    self.assertsFormat = assertsFormat
  }

  /// How one evaluation runs.
  struct Mode {
    /// Whether failures are recorded (else the evaluation stops at the first).
    var reports: Bool
    /// Whether the caller needs the evaluated properties and items.
    var collects: Bool

    /// A failure; its message is only built when it will be reported.
    func failure(_ message: @autoclosure () -> String) -> String {
      reports ? message() : ""
    }
  }

  /// The annotations of a successful evaluation, or `nil` when the instance fails.
  ///
  /// Annotations are gathered only where they are needed: when the caller `collects` them, or
  /// the node itself has an `unevaluated*` keyword.
  mutating func evaluate(
    _ node: SchemaNode, _ instance: JSONValue, reports: Bool, collects: Bool = false
  ) -> EvaluatedAnnotations? {
    if let constant = node.constant {
      if !constant, reports { record("no value is allowed here", instance, node.location) }
      return constant ? EvaluatedAnnotations() : nil
    }
    let entersResource = scope.last !== node.resource
    if entersResource { scope.append(node.resource) }
    defer { if entersResource { scope.removeLast() } }

    let mode = Mode(reports: reports, collects: collects || node.needsAnnotations)
    var annotations = EvaluatedAnnotations()
    var isValid = true
    for keyword in node.keywords {
      if !isValid, !reports { return nil }
      if let failure = check(keyword, in: node, instance, mode, &annotations, &isValid) {
        isValid = false
        if reports { record(failure, instance, node.location + "/" + keyword.name) }
      }
    }
    return isValid ? annotations : nil
  }

  mutating func record(_ message: String, _ instance: JSONValue, _ keywordLocation: String) {
    violations.append(
      SchemaViolation(
        instancePath: JSONPointer(tokens: path), location: instance.location, message: message,
        keywordLocation: keywordLocation))
  }

  /// Evaluates a subschema against the same instance, merging its annotations.
  mutating func applyInPlace(
    _ node: SchemaNode, _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) {
    if let result = evaluate(node, instance, reports: mode.reports, collects: mode.collects) {
      if mode.collects { annotations.merge(result) }
    } else {
      isValid = false
    }
  }

  /// Evaluates a subschema against a child of the instance, at `token` below it.
  mutating func applyToChild(
    _ node: SchemaNode, _ child: JSONValue, _ token: String, _ mode: Mode, _ isValid: inout Bool
  ) {
    path.append(token)
    defer { path.removeLast() }
    if evaluate(node, child, reports: mode.reports) == nil { isValid = false }
  }

  /// Whether a subschema accepts a child, without recording anything.
  mutating func accepts(_ node: SchemaNode, _ child: JSONValue) -> Bool {
    evaluate(node, child, reports: false) != nil
  }

  // MARK: - Keywords

  /// Checks one keyword; returns the failure of a keyword that fails as a whole.
  private mutating func check(
    _ keyword: SchemaKeyword, in node: SchemaNode, _ instance: JSONValue, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch keyword {
    case .type(let names):
      if !names.contains(where: { Self.matches(instance, type: $0) }) {
        return mode.failure(
          "expected \(names.sorted().joined(separator: " or ")), not \(Self.typeName(of: instance))"
        )
      }
    case .enumeration(let values):
      if !values.contains(where: { $0.isJSONEqual(to: instance) }) {
        return mode.failure(Self.notOneOf(instance, values))
      }
    case .constant(let value):
      if !value.isJSONEqual(to: instance) {
        return mode.failure("must be \(value.briefDescription())")
      }
    case .multipleOf(let divisor):
      if case .number = instance.kind, !Self.isMultiple(instance, of: divisor) {
        return mode.failure("\(instance.briefDescription()) is not a multiple of \(divisor)")
      }
    case .maximum(let limit, let exclusive):
      if let number = instance.doubleValue, exclusive ? number >= limit : number > limit {
        return mode.failure(
          "\(instance.briefDescription()) is \(exclusive ? "not below" : "above") the maximum \(Self.format(limit))"
        )
      }
    case .minimum(let limit, let exclusive):
      if let number = instance.doubleValue, exclusive ? number <= limit : number < limit {
        return mode.failure(
          "\(instance.briefDescription()) is \(exclusive ? "not above" : "below") the minimum \(Self.format(limit))"
        )
      }
    case .maxLength(let limit):
      if let text = instance.stringValue, text.unicodeScalars.count > limit {
        return mode.failure("\(instance.briefDescription()) is longer than \(limit) characters")
      }
    case .minLength(let limit):
      if let text = instance.stringValue, text.unicodeScalars.count < limit {
        return mode.failure("\(instance.briefDescription()) is shorter than \(limit) characters")
      }
    case .pattern(let regex, let source):
      if let text = instance.stringValue, !Self.matches(regex, text) {
        return mode.failure("\(instance.briefDescription()) does not match '\(source)'")
      }
    case .format(let format):
      if assertsFormat, let text = instance.stringValue, !format.accepts(text) {
        return mode.failure("\(instance.briefDescription()) is not a valid \(format.name)")
      }
    case .maxItems(let limit):
      if let elements = instance.arrayValue, elements.count > limit {
        return mode.failure("has \(elements.count) items, more than \(limit)")
      }
    case .minItems(let limit):
      if let elements = instance.arrayValue, elements.count < limit {
        return mode.failure("has \(elements.count) items, fewer than \(limit)")
      }
    case .uniqueItems:
      if let elements = instance.arrayValue, let (first, second) = Self.firstDuplicate(in: elements)
      {
        return mode.failure("items \(first) and \(second) are equal; items must be unique")
      }
    case .maxProperties(let limit):
      if let members = instance.objectMembers, members.count > limit {
        return mode.failure("has \(members.count) properties, more than \(limit)")
      }
    case .minProperties(let limit):
      if let members = instance.objectMembers, members.count < limit {
        return mode.failure("has \(members.count) properties, fewer than \(limit)")
      }
    case .required(let names):
      if let members = instance.objectMembers {
        let missing = names.filter { name in !members.contains { $0.key == name } }
        if !missing.isEmpty { return mode.failure("missing required \(Self.quoted(missing))") }
      }
    case .dependentRequired(let dependencies):
      if let members = instance.objectMembers {
        for (trigger, names) in dependencies where members.contains(where: { $0.key == trigger }) {
          let missing = names.filter { name in !members.contains { $0.key == name } }
          if !missing.isEmpty {
            return mode.failure("'\(trigger)' requires \(Self.quoted(missing))")
          }
        }
      }
    case .properties, .patternProperties, .additionalProperties, .propertyNames,
      .dependentSchemas, .unevaluatedProperties:
      if let members = instance.objectMembers {
        checkObject(keyword, members, instance, mode, &annotations, &isValid)
      }
    case .prefixItems, .items, .contains, .unevaluatedItems:
      if let elements = instance.arrayValue {
        return checkArray(keyword, in: node, elements, mode, &annotations, &isValid)
      }
    case .allOf(let nodes):
      for child in nodes { applyInPlace(child, instance, mode, &annotations, &isValid) }
    case .anyOf(let nodes):
      var matched = false
      for child in nodes {
        // Every branch is evaluated when annotations are needed; else the first match will do.
        if matched, !mode.collects { break }
        if let result = evaluate(child, instance, reports: false, collects: mode.collects) {
          annotations.merge(result)
          matched = true
        }
      }
      if !matched {
        return mode.failure(
          "\(instance.briefDescription()) matches none of the \(nodes.count) alternatives (anyOf)")
      }
    case .oneOf(let nodes):
      var results: [EvaluatedAnnotations] = []
      for child in nodes {
        if let result = evaluate(child, instance, reports: false, collects: mode.collects) {
          results.append(result)
        }
      }
      guard results.count == 1 else {
        return mode.failure(
          "\(instance.briefDescription()) matches \(results.count) of the \(nodes.count) alternatives; exactly one must match (oneOf)"
        )
      }
      annotations.merge(results[0])
    case .not(let child):
      if evaluate(child, instance, reports: false) != nil {
        return mode.failure(
          "\(instance.briefDescription()) matches a schema it must not match (not)")
      }
    case .conditional(let condition, let thenNode, let elseNode):
      if let result = evaluate(condition, instance, reports: false, collects: mode.collects) {
        annotations.merge(result)
        if let thenNode { applyInPlace(thenNode, instance, mode, &annotations, &isValid) }
      } else if let elseNode {
        applyInPlace(elseNode, instance, mode, &annotations, &isValid)
      }
    case .ref(let reference):
      applyInPlace(reference.target, instance, mode, &annotations, &isValid)
    case .dynamicRef(let reference, let anchor):
      var target: SchemaNode = reference.target
      if let anchor, target.dynamicAnchorName == anchor,
        let dynamic = scope.lazy.compactMap({ $0.dynamicAnchors[anchor] }).first
      {
        target = dynamic
      }
      applyInPlace(target, instance, mode, &annotations, &isValid)
    }
    return nil
  }
}
