/// The keywords that judge an array: how many items, whether they are unique, and the
/// subschemas its items must match.
extension SchemaEvaluator {
  typealias Elements = UnsafeBufferPointer<JSONValue>

  /// Checks one array keyword; returns the failure of a keyword that fails as a whole.
  mutating func checkArray(
    _ instruction: SchemaProgram.Instruction, _ elements: Elements, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch instruction.opcode {
    case .maxItems:
      return mode.size(elements.count, of: "items", limit: instruction.a, isMaximum: true)
    case .minItems:
      return mode.size(elements.count, of: "items", limit: instruction.a, isMaximum: false)
    case .uniqueItems:
      if let (first, second) = Self.firstDuplicate(in: elements) {
        return mode.failure("items \(first) and \(second) are equal; items must be unique")
      }
    default:
      return applyToItems(instruction, elements, mode, &annotations, &isValid)
    }
    return nil
  }

  /// Applies one subschema keyword to the array's items.
  private mutating func applyToItems(
    _ instruction: SchemaProgram.Instruction, _ elements: Elements, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    let first = elements.baseAddress
    switch instruction.opcode {
    case .prefixItems:
      for index in 0..<min(instruction.b, elements.count) {
        applyToChild(
          tables.nodeLists[instruction.a + index], first! + index, .index(index), mode, &isValid)
      }
      annotations.itemPrefix = max(annotations.itemPrefix, min(instruction.b, elements.count))
    case .items:
      let (child, start) = (instruction.a, instruction.b)
      annotations.allItems = true
      if tables.nodes[child].constant == false, elements.count > start {
        return mode.failure("has \(elements.count) items; at most \(start) are allowed")
      }
      for index in elements.indices where index >= start {
        applyToChild(child, first! + index, .index(index), mode, &isValid)
      }
    case .contains:
      var matches: [Int] = []
      for index in elements.indices where accepts(instruction.a, first! + index) {
        matches.append(index)
      }
      if !matches.isEmpty { annotations.itemIndices.formUnion(matches) }
      if matches.count < instruction.b {
        return mode.failure(
          "has \(matches.count) items that match 'contains'; at least \(instruction.b) must")
      }
      if instruction.c >= 0, matches.count > instruction.c {
        return mode.failure(
          "has \(matches.count) items that match 'contains'; at most \(instruction.c) may")
      }
    case .unevaluatedItems:
      let unevaluated = elements.indices.filter { !annotations.hasEvaluated(item: $0) }
      annotations.allItems = true
      if tables.nodes[instruction.a].constant == false, let first = unevaluated.first {
        return mode.failure("item \(first) is not allowed here (unevaluatedItems)")
      }
      for index in unevaluated {
        applyToChild(instruction.a, first! + index, .index(index), mode, &isValid)
      }
    default:
      break
    }
    return nil
  }
}
