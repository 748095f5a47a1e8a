import Foundation

/// Evaluates an instance against a compiled schema, collecting every violation.
///
/// Subschemas whose failure is not itself an error (the branches of `anyOf`, `oneOf`, `not`,
/// `if`, `contains`) are evaluated quietly; everywhere else each failure is recorded with the
/// instance's JSON Pointer and the line and column of the offending value.
///
/// The schema is read from a `SchemaProgram`'s buffers and the instance in place, through
/// pointers into its arrays: the common path retains and releases nothing of the schema, and
/// of the instance only what it must bind (an object's members, an array's items, a string).
struct SchemaEvaluator {
  /// The program; its owner (the validator) keeps it alive while the evaluator runs.
  unowned(unsafe) let program: SchemaProgram
  let tables: SchemaProgram.Tables
  let assertsFormat: Bool
  private(set) var violations: [SchemaViolation] = []
  /// The schema resources entered, outermost first: the dynamic scope of `$dynamicRef`.
  private(set) var scope: [Int] = []
  /// The JSON Pointer tokens of the instance being evaluated; a pointer (and a key's or an
  /// index's text) is only built when a violation is recorded.
  private var path: [PathToken] = []

  /// One step from a value to a child: a member (whose key is the token) or an item's index.
  enum PathToken {
    case member(UnsafePointer<JSONMember>)
    case index(Int)

    var text: String {
      switch self {
      case .member(let member): member.pointee.key
      case .index(let index): String(index)
      }
    }
  }

  /// Whether the resources entered are kept in `scope` (only a `$dynamicRef` reads it).
  let tracksScope: Bool

  init(program: SchemaProgram, assertsFormat: Bool, tracksScope: Bool = true) {
    self.program = program
    self.tables = program.tables
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
    _ node: Int, _ instance: UnsafePointer<JSONValue>, reports: Bool, collects: Bool = false
  ) -> EvaluatedAnnotations? {
    if let constant = tables.nodes[node].constant {
      if !constant, reports {
        record("no value is allowed here", instance.pointee.location, program.locations[node])
      }
      return constant ? EvaluatedAnnotations() : nil
    }
    if let members = instance.pointee.membersInPlace {
      // Each key is hashed once for every node that looks the object's members up.
      return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: members.count) { hashes in
        for index in members.indices {
          hashes.initializeElement(at: index, to: SchemaName.hash(at: members.key(at: index)))
        }
        let subject = Subject(instance, members: members, keyHashes: hashes.baseAddress)
        return evaluate(node, subject, reports: reports, collects: collects)
      }
    }
    if let elements = instance.pointee.elementsInPlace {
      return evaluate(
        node, Subject(instance, elements: elements), reports: reports, collects: collects)
    }
    return evaluate(node, Subject(instance), reports: reports, collects: collects)
  }

  /// Evaluates a node against an instance already taken apart.
  mutating func evaluate(
    _ index: Int, _ subject: Subject, reports: Bool, collects: Bool = false
  ) -> EvaluatedAnnotations? {
    let node = tables.nodes[index]
    if let constant = node.constant {
      if !constant, reports {
        record(
          "no value is allowed here", subject.instance.pointee.location, program.locations[index])
      }
      return constant ? EvaluatedAnnotations() : nil
    }
    let entersResource = tracksScope && scope.last != node.resource
    if entersResource { scope.append(node.resource) }
    defer { if entersResource { scope.removeLast() } }

    let mode = Mode(reports: reports, collects: collects || node.needsAnnotations)
    guard let members = subject.members, node.propertyTable >= 0 else {
      return run(index, node, subject, nil, mode)
    }
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: members.count) { positions in
      let scan = MemberScan(
        members, subject.keyHashes, in: tables.nameTables[node.propertyTable], tables, positions)
      return run(index, node, subject, scan, mode)
    }
  }

  /// Checks a node's keywords one after another.
  private mutating func run(
    _ index: Int, _ node: SchemaProgram.Node, _ subject: Subject, _ scan: MemberScan?,
    _ mode: Mode
  ) -> EvaluatedAnnotations? {
    var annotations = EvaluatedAnnotations()
    var isValid = true
    for position in node.first..<node.first + node.count {
      if !isValid, !mode.reports { return nil }
      let instruction = tables.instructions[position]
      if let failure = check(instruction, subject, scan, mode, &annotations, &isValid) {
        isValid = false
        if mode.reports {
          record(
            failure, subject.instance.pointee.location,
            program.locations[index] + "/" + instruction.name)
        }
      }
    }
    return isValid ? annotations : nil
  }

  mutating func record(_ message: String, _ location: SourceLocation, _ keywordLocation: String) {
    violations.append(
      SchemaViolation(
        instancePath: JSONPointer(tokens: path.map(\.text)), location: location, message: message,
        keywordLocation: keywordLocation))
  }

  /// Evaluates a subschema against the same instance, merging its annotations.
  mutating func applyInPlace(
    _ node: Int, _ subject: Subject, _ mode: Mode, _ annotations: inout EvaluatedAnnotations,
    _ isValid: inout Bool
  ) {
    if let result = evaluate(node, subject, reports: mode.reports, collects: mode.collects) {
      if mode.collects { annotations.merge(result) }
    } else {
      isValid = false
    }
  }

  /// Evaluates a subschema against a child of the instance, at `token` below it.
  mutating func applyToChild(
    _ node: Int, _ child: UnsafePointer<JSONValue>, _ token: PathToken, _ mode: Mode,
    _ isValid: inout Bool
  ) {
    // The path is only read to record a violation: a quiet evaluation does not keep it.
    guard mode.reports else {
      if !accepts(node, child) { isValid = false }
      return
    }
    path.append(token)
    defer { path.removeLast() }
    if evaluate(node, child, reports: true) == nil { isValid = false }
  }

  /// Whether a subschema accepts a child, without recording anything (see
  /// `quietlyAccepts`).
  mutating func accepts(_ node: Int, _ child: UnsafePointer<JSONValue>) -> Bool {
    quietlyAccepts(node, child)
  }

  // MARK: - Keywords

  /// Checks one keyword; returns the failure of a keyword that fails as a whole.
  private mutating func check(
    _ instruction: SchemaProgram.Instruction, _ subject: Subject, _ scan: MemberScan?,
    _ mode: Mode, _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch instruction.opcode {
    case .type, .enumeration, .constant, .multipleOf, .maximum, .minimum, .maxLength, .minLength,
      .pattern, .format:
      return checkValue(instruction, subject, mode)
    case .maxProperties, .minProperties, .required, .dependentRequired, .properties,
      .patternProperties, .additionalProperties, .propertyNames, .dependentSchemas,
      .unevaluatedProperties:
      guard let members = subject.members else { return nil }
      return checkObject(instruction, members, subject, scan, mode, &annotations, &isValid)
    case .maxItems, .minItems, .uniqueItems, .prefixItems, .items, .contains, .unevaluatedItems:
      guard let elements = subject.elements else { return nil }
      return checkArray(instruction, elements, mode, &annotations, &isValid)
    case .allOf, .anyOf, .oneOf, .not, .conditional, .ref, .dynamicRef:
      return apply(instruction, subject, mode, &annotations, &isValid)
    }
  }
}
