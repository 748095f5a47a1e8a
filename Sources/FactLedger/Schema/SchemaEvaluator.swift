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
  /// The JSON Pointer tokens of the instance being evaluated; a pointer (and an index's text)
  /// is only built when a violation is recorded.
  private var path: [PathToken] = []

  /// One step from a value to a child: a member's key or an item's index.
  enum PathToken {
    case key(String)
    case index(Int)

    var text: String {
      switch self {
      case .key(let key): key
      case .index(let index): String(index)
      }
    }
  }

  /// Whether the resources entered are kept in `scope` (only a `$dynamicRef` reads it).
  private let tracksScope: Bool

  init(assertsFormat: Bool, tracksScope: Bool = true) {
    self.assertsFormat = assertsFormat
    self.tracksScope = tracksScope
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

    /// A failure when `count` lies past `limit`: above it for a maximum, below it for a
    /// minimum ("has 3 items, more than 2").
    func size(_ count: Int, of noun: String, limit: Int, isMaximum: Bool) -> String? {
      guard isMaximum ? count > limit : count < limit else { return nil }
      return failure("has \(count) \(noun), \(isMaximum ? "more" : "fewer") than \(limit)")
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
    let entersResource = tracksScope && scope.last !== node.resource
    if entersResource { scope.append(node.resource) }
    defer { if entersResource { scope.removeLast() } }

    let mode = Mode(reports: reports, collects: collects || node.needsAnnotations)
    var annotations = EvaluatedAnnotations()
    var isValid = true
    // Keywords are read in place, not copied out with their payloads.
    let stopped = node.keywords.withUnsafeBufferPointer { keywords in
      for index in keywords.indices {
        if !isValid, !reports { return true }
        if let failure = check(keywords[index], in: node, instance, mode, &annotations, &isValid) {
          isValid = false
          if reports { record(failure, instance, node.location + "/" + keywords[index].name) }
        }
      }
      return false
    }
    return isValid && !stopped ? annotations : nil
  }

  mutating func record(_ message: String, _ instance: JSONValue, _ keywordLocation: String) {
    violations.append(
      SchemaViolation(
        instancePath: JSONPointer(tokens: path.map(\.text)), location: instance.location,
        message: message,
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
    _ node: SchemaNode, _ child: JSONValue, _ token: PathToken, _ mode: Mode, _ isValid: inout Bool
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
    case .type, .enumeration, .constant, .multipleOf, .maximum, .minimum, .maxLength, .minLength,
      .pattern, .format:
      return checkValue(keyword, instance, mode)
    case .maxProperties, .minProperties, .required, .dependentRequired, .properties,
      .patternProperties, .additionalProperties, .propertyNames, .dependentSchemas,
      .unevaluatedProperties:
      guard let members = instance.objectMembers else { return nil }
      return checkObject(keyword, members, instance, mode, &annotations, &isValid)
    case .maxItems, .minItems, .uniqueItems, .prefixItems, .items, .contains, .unevaluatedItems:
      guard let elements = instance.arrayValue else { return nil }
      return checkArray(keyword, in: node, elements, mode, &annotations, &isValid)
    case .allOf, .anyOf, .oneOf, .not, .conditional, .ref, .dynamicRef:
      return apply(keyword, instance, mode, &annotations, &isValid)
    }
  }
}
