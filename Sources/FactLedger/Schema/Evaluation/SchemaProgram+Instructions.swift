import Foundation

extension SchemaProgram.Builder {
  typealias Instruction = SchemaProgram.Instruction

  /// The instruction of one compiled keyword of a node whose keywords are `siblings`.
  mutating func instruction(for keyword: SchemaKeyword, among siblings: [SchemaKeyword])
    -> Instruction
  {
    switch keyword {
    case .type(let types):
      typeSets.append(types)
      return Instruction(opcode: .type, a: typeSets.count - 1, b: Int(types.mask))
    case .enumeration(let values): return literals(.enumeration, values)
    case .constant(let value): return literals(.constant, [value])
    case .multipleOf(let divisor):
      divisors.append(divisor)
      return Instruction(opcode: .multipleOf, a: divisors.count - 1)
    case .maximum(let limit, let exclusive):
      return Instruction(opcode: .maximum, isExclusive: exclusive, number: limit)
    case .minimum(let limit, let exclusive):
      return Instruction(opcode: .minimum, isExclusive: exclusive, number: limit)
    case .maxLength(let limit): return Instruction(opcode: .maxLength, a: limit)
    case .minLength(let limit): return Instruction(opcode: .minLength, a: limit)
    case .pattern(let pattern): return Instruction(opcode: .pattern, a: patternRange([pattern]))
    case .format(let format):
      formats.append(format)
      return Instruction(opcode: .format, a: formats.count - 1)
    case .maxItems(let limit): return Instruction(opcode: .maxItems, a: limit)
    case .minItems(let limit): return Instruction(opcode: .minItems, a: limit)
    case .uniqueItems: return Instruction(opcode: .uniqueItems)
    case .maxProperties(let limit): return Instruction(opcode: .maxProperties, a: limit)
    case .minProperties(let limit): return Instruction(opcode: .minProperties, a: limit)
    default:
      return applicator(for: keyword, among: siblings)
    }
  }

  /// The instruction of a keyword that applies subschemas or names members.
  private mutating func applicator(for keyword: SchemaKeyword, among siblings: [SchemaKeyword])
    -> Instruction
  {
    switch keyword {
    case .required(let names):
      let (bits, isComplete) = Self.bits(of: names, among: siblings)
      return Instruction(
        opcode: .required, a: strings(names), b: names.count, c: Int(bitPattern: UInt(bits)),
        d: isComplete ? 1 : 0)
    case .dependentRequired(let dependencies):
      dependentRequired.append(dependencies)
      return Instruction(opcode: .dependentRequired, a: dependentRequired.count - 1)
    case .properties(_, let children):
      return Instruction(opcode: .properties, a: propertyTable, b: list(children))
    case .patternProperties(let pairs):
      return Instruction(
        opcode: .patternProperties, a: patternRange(pairs.map(\.0)), b: pairs.count,
        c: list(pairs.map(\.1)))
    case .additionalProperties(let child, let named, let siblingPatterns):
      return Instruction(
        opcode: .additionalProperties, a: index(of: child), b: named.isEmpty ? -1 : propertyTable,
        c: patternRange(siblingPatterns), d: siblingPatterns.count)
    case .propertyNames(let child): return Instruction(opcode: .propertyNames, a: index(of: child))
    case .dependentSchemas(let pairs):
      return Instruction(
        opcode: .dependentSchemas, a: strings(pairs.map(\.0)), b: pairs.count,
        c: list(pairs.map(\.1)))
    case .prefixItems(let children):
      return Instruction(opcode: .prefixItems, a: list(children), b: children.count)
    case .items(let child):
      let prefix =
        siblings.lazy.compactMap { sibling -> Int? in
          if case .prefixItems(let children) = sibling { return children.count }
          return nil
        }.first ?? 0
      return Instruction(opcode: .items, a: index(of: child), b: prefix)
    case .contains(let child, let minimum, let maximum):
      return Instruction(opcode: .contains, a: index(of: child), b: minimum, c: maximum ?? -1)
    case .allOf(let children):
      return Instruction(
        opcode: .allOf, a: list(children), b: children.count, c: valueSwitch(of: children))
    case .anyOf(let children):
      return Instruction(opcode: .anyOf, a: list(children), b: children.count)
    case .oneOf(let children):
      return Instruction(opcode: .oneOf, a: list(children), b: children.count)
    case .not(let child): return Instruction(opcode: .not, a: index(of: child))
    case .conditional(let condition, let thenNode, let elseNode):
      return Instruction(
        opcode: .conditional, a: index(of: condition), b: thenNode.map { index(of: $0) } ?? -1,
        c: elseNode.map { index(of: $0) } ?? -1, d: valueTest(of: condition))
    case .ref(let reference): return Instruction(opcode: .ref, a: index(of: reference.target))
    case .dynamicRef(let reference, let anchor):
      return Instruction(
        opcode: .dynamicRef, a: index(of: reference.target), b: anchor.map { strings([$0]) } ?? -1)
    case .unevaluatedProperties(let child):
      return Instruction(opcode: .unevaluatedProperties, a: index(of: child))
    case .unevaluatedItems(let child):
      return Instruction(opcode: .unevaluatedItems, a: index(of: child))
    default:
      preconditionFailure("a value keyword is laid out by instruction(for:among:)")
    }
  }
}

extension SchemaProgram.Builder {
  /// For an `if` that only asks whether one property, when present, is among some values
  /// (`{"properties": {"field": {"enum": [...]}}}`): the node of that `enum` or `const`, which
  /// the evaluator tests on the member's value directly; else -1.
  fileprivate mutating func valueTest(of condition: SchemaNode) -> Int {
    guard Self.valueTestOperands(of: condition, entersReferences) != nil,
      case .properties(_, let children) = condition.keywords[0]
    else { return -1 }
    return index(of: entersReferences ? Self.target(of: children[0]) : children[0])
  }

  /// The bits of `names` among the positions of the sibling `properties`, and whether they
  /// are all there (and the properties few enough for 64 bits).
  fileprivate static func bits(of names: [String], among siblings: [SchemaKeyword]) -> (
    UInt64, Bool
  ) {
    for case .properties(let properties, _) in siblings where properties.count <= 64 {
      var bits: UInt64 = 0
      for name in names {
        guard let position = properties.firstIndex(where: { SchemaName.same($0, name) }) else {
          return (0, false)
        }
        bits |= 1 << position
      }
      return (bits, true)
    }
    return (0, false)
  }
}

extension SchemaProgram.Instruction {
  /// The keyword's name as schemas spell it, for keyword locations.
  var name: String {
    switch opcode {
    case .type: "type"
    case .enumeration: "enum"
    case .constant: "const"
    case .multipleOf: "multipleOf"
    case .maximum: isExclusive ? "exclusiveMaximum" : "maximum"
    case .minimum: isExclusive ? "exclusiveMinimum" : "minimum"
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
