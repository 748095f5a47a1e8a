/// The keywords that judge an object: how many members, which are required, and the
/// subschemas its members (or their names) must match.
extension SchemaEvaluator {
  typealias Members = UnsafeBufferPointer<JSONMember>

  /// Checks one object keyword; returns the failure of a keyword that fails as a whole.
  mutating func checkObject(
    _ instruction: SchemaProgram.Instruction, _ members: Members, _ subject: Subject,
    _ scan: MemberScan?, _ mode: Mode, _ annotations: inout EvaluatedAnnotations,
    _ isValid: inout Bool
  ) -> String? {
    switch instruction.opcode {
    case .maxProperties:
      return mode.size(members.count, of: "properties", limit: instruction.a, isMaximum: true)
    case .minProperties:
      return mode.size(members.count, of: "properties", limit: instruction.a, isMaximum: false)
    case .required:
      let bits = UInt64(UInt(bitPattern: instruction.c))
      if instruction.d == 1, let scan, scan.present & bits == bits { return nil }
      let names = instruction.a..<instruction.a + instruction.b
      guard names.contains(where: { !Self.has(tables.names[$0], members) }) else { return nil }
      return mode.failure(
        "missing required \(Self.quoted(names.map { tables.names[$0] }.filter { !Self.has($0, members) }))"
      )
    case .dependentRequired:
      for (trigger, names) in program.dependentRequired[instruction.a]
      where Self.has(trigger, members) {
        let missing = names.filter { !Self.has($0, members) }
        if !missing.isEmpty { return mode.failure("'\(trigger)' requires \(Self.quoted(missing))") }
      }
    default:
      applyToMembers(instruction, members, subject, scan, mode, &annotations, &isValid)
    }
    return nil
  }

  /// Whether a member is named `name`.
  static func has(_ name: String, _ members: Members) -> Bool {
    members.contains { SchemaName.same($0.key, name) }
  }

  /// Applies one subschema keyword to the object's members.
  private mutating func applyToMembers(
    _ instruction: SchemaProgram.Instruction, _ members: Members, _ subject: Subject,
    _ scan: MemberScan?, _ mode: Mode, _ annotations: inout EvaluatedAnnotations,
    _ isValid: inout Bool
  ) {
    let first = members.baseAddress
    switch instruction.opcode {
    case .properties:
      // The node that has `properties` has its members scanned.
      guard let positions = scan?.positions else { break }
      for index in members.indices where positions[index] >= 0 {
        let member = first! + index
        let position = Int(positions[index])
        if mode.collects { annotations.properties.insert(member.pointee.key) }
        applyToChild(
          tables.nodeLists[instruction.b + position], member.value, .member(member), mode,
          &isValid)
      }
    case .patternProperties:
      for index in members.indices {
        let member = first! + index
        for offset in 0..<instruction.b where matches(instruction.a + offset, member.pointee.key) {
          if mode.collects { annotations.properties.insert(member.pointee.key) }
          applyToChild(
            tables.nodeLists[instruction.c + offset], member.value, .member(member), mode,
            &isValid)
        }
      }
    case .additionalProperties:
      for index in members.indices where !isNamed(first! + index, index, by: instruction, scan) {
        if mode.collects { annotations.properties.insert(members[index].key) }
        rejectOrApply(instruction.a, to: first! + index, mode, &isValid)
      }
    case .propertyNames:
      // A bad name is a fault of the object that holds it (as other validators report it);
      // its line and column are the key's.
      for member in members {
        let name = JSONValue(.string(member.key), at: member.keyLocation)
        let isAccepted = withUnsafePointer(to: name) {
          evaluate(instruction.a, $0, reports: mode.reports) != nil
        }
        if !isAccepted { isValid = false }
      }
    case .dependentSchemas:
      for offset in 0..<instruction.b where Self.has(tables.names[instruction.a + offset], members)
      {
        applyInPlace(
          tables.nodeLists[instruction.c + offset], subject, mode, &annotations, &isValid)
      }
    case .unevaluatedProperties:
      for index in members.indices where !annotations.properties.contains(members[index].key) {
        rejectOrApply(instruction.a, to: first! + index, mode, &isValid)
      }
      if mode.collects { annotations.properties.formUnion(members.map(\.key)) }
    default:
      break
    }
  }

  /// Whether the pattern at `index` matches `key`.
  func matches(_ index: Int, _ key: String) -> Bool {
    tables.patterns[index]._withUnsafeGuaranteedRef { $0.matches(key) }
  }

  /// Whether `additionalProperties`' sibling `properties` or `patternProperties` name a member.
  private func isNamed(
    _ member: UnsafePointer<JSONMember>, _ index: Int, by instruction: SchemaProgram.Instruction,
    _ scan: MemberScan?
  ) -> Bool {
    if instruction.b >= 0, let scan, scan.positions[index] >= 0 { return true }
    return (0..<instruction.d).contains { matches(instruction.c + $0, member.pointee.key) }
  }

  /// Applies a property's schema; a `false` schema makes the property unexpected, a fault of
  /// the object that holds it (as other validators report it), at the key's line and column.
  private mutating func rejectOrApply(
    _ child: Int, to member: UnsafePointer<JSONMember>, _ mode: Mode, _ isValid: inout Bool
  ) {
    guard tables.nodes[child].constant == false else {
      applyToChild(child, member.value, .member(member), mode, &isValid)
      return
    }
    isValid = false
    guard mode.reports else { return }
    record(
      "unexpected property '\(member.pointee.key)'", member.pointee.keyLocation,
      program.locations[child])
  }
}
