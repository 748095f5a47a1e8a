/// A quiet evaluation's own path: whether a node accepts an instance, with nothing gathered.
///
/// A quiet evaluation (the first pass of `validate`, and every branch of `anyOf`, `oneOf`,
/// `not`, `if` and `contains`) records nothing and needs no annotations, so it is a plain
/// yes or no: the keywords of a node are checked in a row, each child is asked in turn, and
/// the first failure ends it. No mode, annotations, path or message is carried; an instance's
/// type is read from its case's tag and its members or items in place. A node that needs
/// annotations (`unevaluated*`), and every node of a schema set with a `$dynamicRef`, is
/// evaluated by `evaluate` instead.
extension SchemaEvaluator {
  typealias Instruction = SchemaProgram.Instruction

  /// Whether the node at `index` accepts `instance`, evaluated quietly.
  mutating func quietlyAccepts(_ index: Int, _ instance: UnsafePointer<JSONValue>) -> Bool {
    let node = tables.nodes.baseAddress! + index
    if let constant = node.pointee.constant { return constant }
    guard !tracksScope, !node.pointee.needsAnnotations else {
      return evaluate(index, instance, reports: false) != nil
    }
    let bit = instance.typeBit
    if bit == SchemaTypes.objectBit {
      let members = instance.objectMembers
      // Each key is hashed once for every node that looks the object's members up.
      return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: members.count) { hashes in
        for index in members.indices {
          hashes.initializeElement(at: index, to: SchemaName.hash(at: members.key(at: index)))
        }
        let subject = Subject(instance, members: members, keyHashes: hashes.baseAddress)
        return quietlyAccepts(index, subject)
      }
    }
    if bit == SchemaTypes.arrayBit {
      return quietlyAccepts(index, Subject(instance, elements: instance.arrayElements))
    }
    // A scalar has no members to look up: its keywords are checked in a row here.
    let subject = Subject(instance, typeBit: bit)
    let instructions = tables.instructions.baseAddress!
    for position in node.pointee.first..<node.pointee.first + node.pointee.count
    where !quietlyPasses(instructions + position, subject, nil) {
      return false
    }
    return true
  }

  /// Whether the node at `index` accepts an instance already taken apart, evaluated quietly.
  mutating func quietlyAccepts(_ index: Int, _ subject: Subject) -> Bool {
    let node = tables.nodes.baseAddress! + index
    if let constant = node.pointee.constant { return constant }
    guard !tracksScope, !node.pointee.needsAnnotations else {
      return evaluate(index, subject, reports: false) != nil
    }
    // An object's members are looked up in the node's property names in one pass, which
    // checks `properties` and `additionalProperties` on the way and notes the names present.
    var present: UInt64?
    if let members = subject.members, node.pointee.propertyTable >= 0 {
      var found: UInt64 = 0
      guard quietlyPassesMembers(node, members, subject, &found) else { return false }
      present = found
    }
    let instructions = tables.instructions.baseAddress!
    for position in node.pointee.first..<node.pointee.first + node.pointee.count
    where !quietlyPasses(instructions + position, subject, present) {
      return false
    }
    return true
  }

  /// Whether one keyword passes.
  private mutating func quietlyPasses(
    _ instruction: UnsafePointer<Instruction>, _ subject: Subject, _ present: UInt64?
  ) -> Bool {
    switch instruction.pointee.opcode {
    case .type, .enumeration, .constant, .multipleOf, .maximum, .minimum, .maxLength,
      .minLength, .pattern, .format:
      return quietlyPassesValue(instruction, subject)
    case .maxProperties, .minProperties, .required, .dependentRequired, .properties,
      .patternProperties, .additionalProperties, .propertyNames, .dependentSchemas:
      guard let members = subject.members else { return true }
      return quietlyPasses(instruction, members, subject, present)
    case .maxItems, .minItems, .uniqueItems, .prefixItems, .items, .contains:
      guard let elements = subject.elements else { return true }
      return quietlyPasses(instruction, elements)
    case .allOf:
      if instruction.pointee.c >= 0, let decided = quietlySwitches(instruction.pointee.c, subject) {
        return decided
      }
      let (first, count) = (instruction.pointee.a, instruction.pointee.b)
      for offset in 0..<count where !quietlyAccepts(tables.nodeLists[first + offset], subject) {
        return false
      }
      return true
    case .anyOf:
      let (first, count) = (instruction.pointee.a, instruction.pointee.b)
      return (0..<count).contains { quietlyAccepts(tables.nodeLists[first + $0], subject) }
    case .oneOf:
      let (first, count) = (instruction.pointee.a, instruction.pointee.b)
      var matched = 0
      for offset in 0..<count where quietlyAccepts(tables.nodeLists[first + offset], subject) {
        matched += 1
      }
      return matched == 1
    case .not:
      return !quietlyAccepts(instruction.pointee.a, subject)
    case .conditional:
      let holds =
        instruction.pointee.d >= 0
        ? quietlyHoldsValueTest(instruction, subject)
        : quietlyAccepts(instruction.pointee.a, subject)
      let branch = holds ? instruction.pointee.b : instruction.pointee.c
      return branch < 0 || quietlyAccepts(branch, subject)
    case .ref:
      return quietlyAccepts(instruction.pointee.a, subject)
    case .dynamicRef, .unevaluatedProperties, .unevaluatedItems:
      // Only in a schema set with a `$dynamicRef`, or a node that needs annotations: such
      // nodes are evaluated by `evaluate`.
      preconditionFailure("a quiet evaluation does not read \(instruction.pointee.name)")
    }
  }
}
