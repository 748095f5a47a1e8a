/// The keywords that apply subschemas to the instance itself: `allOf`, `anyOf`, `oneOf`,
/// `not`, `if`/`then`/`else`, `$ref` and `$dynamicRef`.
extension SchemaEvaluator {
  /// Applies one in-place keyword; returns the failure of a keyword that fails as a whole.
  mutating func apply(
    _ instruction: SchemaProgram.Instruction, _ subject: Subject, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations, _ isValid: inout Bool
  ) -> String? {
    switch instruction.opcode {
    case .allOf:
      for offset in 0..<instruction.b {
        applyInPlace(
          tables.nodeLists[instruction.a + offset], subject, mode, &annotations, &isValid)
      }
    case .anyOf:
      return applyAnyOf(instruction, subject, mode, &annotations)
    case .oneOf:
      return applyOneOf(instruction, subject, mode, &annotations)
    case .not:
      if evaluate(instruction.a, subject, reports: false) != nil {
        return mode.failure(
          "\(subject.instance.pointee.briefDescription()) matches a schema it must not match (not)")
      }
    case .conditional:
      if instruction.d >= 0, !mode.collects, !tracksScope {
        // The `if` tests one property's value: test it on the member, without evaluating
        // the `if` and its `properties` node by node.
        if holdsValueTest(instruction, subject) {
          if instruction.b >= 0 {
            applyInPlace(instruction.b, subject, mode, &annotations, &isValid)
          }
        } else if instruction.c >= 0 {
          applyInPlace(instruction.c, subject, mode, &annotations, &isValid)
        }
      } else if let result = evaluate(
        instruction.a, subject, reports: false, collects: mode.collects)
      {
        if mode.collects { annotations.merge(result) }
        if instruction.b >= 0 {
          applyInPlace(instruction.b, subject, mode, &annotations, &isValid)
        }
      } else if instruction.c >= 0 {
        applyInPlace(instruction.c, subject, mode, &annotations, &isValid)
      }
    case .ref:
      applyInPlace(instruction.a, subject, mode, &annotations, &isValid)
    case .dynamicRef:
      applyInPlace(dynamicTarget(of: instruction), subject, mode, &annotations, &isValid)
    default:
      break
    }
    return nil
  }

  /// Whether an `if` that only tests one property's value (`d` of a `conditional`) holds:
  /// each member of that name has a listed value (none is needed; a value that is not an
  /// object holds as well), as evaluating the `if` node would find.
  func holdsValueTest(_ instruction: SchemaProgram.Instruction, _ subject: Subject)
    -> Bool
  {
    guard let members = subject.members else { return true }
    let name = tables.nameTables[tables.nodes[instruction.a].propertyTable].first
    let test = tables.instructions[tables.nodes[instruction.d].first]
    let hash = tables.nameHashes[name]
    for index in members.indices
    where (subject.keyHashes?[index] ?? SchemaName.hash(members[index].key)) == hash
      && SchemaName.same(members[index].key, tables.names[name])
    {
      let value = (members.baseAddress! + index).value
      if !isListed(Self.comparedSubject(value), test) { return false }
    }
    return true
  }

  private mutating func applyAnyOf(
    _ instruction: SchemaProgram.Instruction, _ subject: Subject, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations
  ) -> String? {
    var matched = false
    for offset in 0..<instruction.b {
      // Every branch is evaluated when annotations are needed; else the first match will do.
      if matched, !mode.collects { break }
      let child = tables.nodeLists[instruction.a + offset]
      if let result = evaluate(child, subject, reports: false, collects: mode.collects) {
        if mode.collects { annotations.merge(result) }
        matched = true
      }
    }
    guard matched else {
      return mode.failure(
        "\(subject.instance.pointee.briefDescription()) matches none of the \(instruction.b) alternatives (anyOf)"
      )
    }
    return nil
  }

  private mutating func applyOneOf(
    _ instruction: SchemaProgram.Instruction, _ subject: Subject, _ mode: Mode,
    _ annotations: inout EvaluatedAnnotations
  ) -> String? {
    var results: [EvaluatedAnnotations] = []
    for offset in 0..<instruction.b {
      let child = tables.nodeLists[instruction.a + offset]
      if let result = evaluate(child, subject, reports: false, collects: mode.collects) {
        results.append(result)
      }
    }
    guard results.count == 1 else {
      return mode.failure(
        "\(subject.instance.pointee.briefDescription()) matches \(results.count) of the \(instruction.b) alternatives; exactly one must match (oneOf)"
      )
    }
    annotations.merge(results[0])
    return nil
  }

  /// The node a `$dynamicRef` reaches: the outermost resource in the dynamic scope that
  /// declares the anchor, when the static target declares it too; else the static target.
  private func dynamicTarget(of instruction: SchemaProgram.Instruction) -> Int {
    let target = instruction.a
    guard instruction.b >= 0 else { return target }
    let anchor = tables.names[instruction.b]
    guard program.dynamicAnchorNames[target] == anchor,
      let dynamic = scope.lazy.compactMap({ self.program.dynamicAnchors[$0]?[anchor] }).first
    else { return target }
    return dynamic
  }
}
