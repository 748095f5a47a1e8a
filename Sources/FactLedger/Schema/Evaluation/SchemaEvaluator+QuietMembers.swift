/// A quiet evaluation's object and array keywords: each member or item is asked in turn, and
/// the first that fails ends the evaluation.
extension SchemaEvaluator {
  /// Whether `properties` and `additionalProperties` of a node that has `properties` pass, in
  /// one pass over the object's members; `present` gets the bit of each property name found
  /// (positions under 64), for `required`.
  mutating func quietlyPassesMembers(
    _ node: UnsafePointer<SchemaProgram.Node>, _ members: Members, _ subject: Subject,
    _ present: inout UInt64
  ) -> Bool {
    let table = tables.nameTables[node.pointee.propertyTable]
    let instructions = tables.instructions.baseAddress!
    let children = node.pointee.properties >= 0 ? instructions[node.pointee.properties].b : -1
    let additional =
      node.pointee.additionalProperties >= 0
      ? instructions + node.pointee.additionalProperties : nil
    for index in members.indices {
      let key = members.key(at: index)
      let hash = subject.keyHashes?[index] ?? SchemaName.hash(at: key)
      let value = (members.baseAddress! + index).value
      if let position = tables.position(ofNameAt: key, hash: hash, in: table) {
        if position < 64 { present |= 1 << position }
        if children >= 0, !quietlyAccepts(tables.nodeLists[children + position], value) {
          return false
        }
      } else if let additional, !quietlyAcceptsAdditional(additional, members[index].key, value) {
        return false
      }
    }
    return true
  }

  /// Whether `additionalProperties` accepts a member its sibling `properties` does not name.
  private mutating func quietlyAcceptsAdditional(
    _ instruction: UnsafePointer<Instruction>, _ key: @autoclosure () -> String,
    _ value: UnsafePointer<JSONValue>
  ) -> Bool {
    let (child, first, count) = (
      instruction.pointee.a, instruction.pointee.c, instruction.pointee.d
    )
    if count > 0 {
      let key = key()
      if (0..<count).contains(where: { matches(first + $0, key) }) { return true }
    }
    return tables.nodes[child].constant != false && quietlyAccepts(child, value)
  }

  /// Whether one object keyword passes; `present` holds the property names found by
  /// `quietlyPassesMembers` when the node has `properties` (else `nil`).
  mutating func quietlyPasses(
    _ instruction: UnsafePointer<Instruction>, _ members: Members, _ subject: Subject,
    _ present: UInt64?
  ) -> Bool {
    let (a, b, c, d) = (
      instruction.pointee.a, instruction.pointee.b, instruction.pointee.c, instruction.pointee.d
    )
    let first = members.baseAddress
    switch instruction.pointee.opcode {
    case .maxProperties:
      return members.count <= a
    case .minProperties:
      return members.count >= a
    case .required:
      let bits = UInt64(UInt(bitPattern: c))
      if d == 1, let present, present & bits == bits { return true }
      return (a..<a + b).allSatisfy { Self.has(tables.names[$0], members) }
    case .properties:
      // Checked by `quietlyPassesMembers`: a node with `properties` has a name table.
      return true
    case .additionalProperties:
      // Checked by `quietlyPassesMembers` when the node has `properties`.
      guard present == nil else { return true }
      for index in members.indices
      where !quietlyAcceptsAdditional(instruction, members[index].key, (first! + index).value) {
        return false
      }
      return true
    case .patternProperties:
      for index in members.indices {
        for offset in 0..<b where matches(a + offset, members[index].key) {
          if !quietlyAccepts(tables.nodeLists[c + offset], (first! + index).value) { return false }
        }
      }
      return true
    case .dependentSchemas:
      for offset in 0..<b where Self.has(tables.names[a + offset], members) {
        if !quietlyAccepts(tables.nodeLists[c + offset], subject) { return false }
      }
      return true
    default:
      // `dependentRequired` and `propertyNames`, as the reporting evaluation checks them.
      var annotations = EvaluatedAnnotations()
      var isValid = true
      let failure = checkObject(
        instruction.pointee, members, subject, nil, Mode(reports: false, collects: false),
        &annotations, &isValid)
      return failure == nil && isValid
    }
  }

  /// Whether one array keyword passes.
  mutating func quietlyPasses(_ instruction: UnsafePointer<Instruction>, _ elements: Elements)
    -> Bool
  {
    let (a, b, c) = (instruction.pointee.a, instruction.pointee.b, instruction.pointee.c)
    let first = elements.baseAddress
    switch instruction.pointee.opcode {
    case .maxItems:
      return elements.count <= a
    case .minItems:
      return elements.count >= a
    case .uniqueItems:
      return Self.firstDuplicate(in: elements) == nil
    case .prefixItems:
      for index in 0..<min(b, elements.count)
      where !quietlyAccepts(tables.nodeLists[a + index], first! + index) {
        return false
      }
      return true
    case .items:
      guard elements.count > b else { return true }
      if tables.nodes[a].constant == false { return false }
      for index in b..<elements.count where !quietlyAccepts(a, first! + index) { return false }
      return true
    case .contains:
      var matches = 0
      for index in elements.indices where quietlyAccepts(a, first! + index) { matches += 1 }
      return matches >= b && (c < 0 || matches <= c)
    default:
      return true
    }
  }
}
