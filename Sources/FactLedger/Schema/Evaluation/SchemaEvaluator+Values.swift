import Foundation

/// The keywords that judge a value on its own: its type, its value, a number's bounds, a
/// string's length, pattern and format.
extension SchemaEvaluator {
  /// Checks one value keyword; returns its failure.
  func checkValue(_ instruction: SchemaProgram.Instruction, _ subject: Subject, _ mode: Mode)
    -> String?
  {
    switch instruction.opcode {
    case .type:
      guard
        !SchemaTypes.allows(subject.instance, bit: subject.typeBit, mask: UInt8(instruction.b))
      else { return nil }
      return mode.failure(
        "expected \(program.typeSets[instruction.a].names.joined(separator: " or ")), not \(Self.typeName(of: subject.instance.pointee))"
      )
    case .enumeration:
      guard !isListed(subject, instruction) else { return nil }
      return mode.failure(
        Self.notOneOf(
          subject.instance.pointee,
          Array(program.values[instruction.a..<instruction.a + instruction.b])))
    case .constant:
      guard !isListed(subject, instruction) else { return nil }
      return mode.failure("must be \(program.values[instruction.a].briefDescription())")
    case .multipleOf, .maximum, .minimum:
      guard subject.typeBit == SchemaTypes.numberBit else { return nil }
      return checkNumber(instruction, subject.instance.pointee, mode)
    case .maxLength, .minLength, .pattern, .format:
      guard let text = subject.text else { return nil }
      return checkString(instruction, text, subject.instance.pointee, mode)
    default:
      return nil
    }
  }

  /// Whether the instance equals one of an `enum`'s (or a `const`'s) values: a string among
  /// the strings, code point by code point; any other value by JSON's data model.
  func isListed(_ subject: Subject, _ instruction: SchemaProgram.Instruction) -> Bool {
    if let text = subject.text {
      let table = tables.nameTables[instruction.c]
      return tables.position(of: text, hash: SchemaName.hash(text), in: table) != nil
    }
    return program.values[instruction.a..<instruction.a + instruction.b].contains {
      $0.isJSONEqual(to: subject.instance.pointee)
    }
  }

  private func checkNumber(
    _ instruction: SchemaProgram.Instruction, _ instance: JSONValue, _ mode: Mode
  ) -> String? {
    switch instruction.opcode {
    case .multipleOf:
      let divisor = program.divisors[instruction.a]
      if case .number = instance.kind, !Self.isMultiple(instance, of: divisor) {
        return mode.failure("\(instance.briefDescription()) is not a multiple of \(divisor)")
      }
    case .maximum:
      let (limit, exclusive) = (instruction.number, instruction.isExclusive)
      if let number = instance.comparableDouble, exclusive ? number >= limit : number > limit {
        return mode.failure(
          "\(instance.briefDescription()) is \(exclusive ? "not below" : "above") the maximum \(Self.format(limit))"
        )
      }
    case .minimum:
      let (limit, exclusive) = (instruction.number, instruction.isExclusive)
      if let number = instance.comparableDouble, exclusive ? number <= limit : number < limit {
        return mode.failure(
          "\(instance.briefDescription()) is \(exclusive ? "not above" : "below") the minimum \(Self.format(limit))"
        )
      }
    default:
      break
    }
    return nil
  }

  private func checkString(
    _ instruction: SchemaProgram.Instruction, _ text: String, _ instance: JSONValue, _ mode: Mode
  ) -> String? {
    let limit = instruction.a
    switch instruction.opcode {
    case .maxLength where Self.scalarCount(of: text, exceeds: limit):
      return mode.failure("\(instance.briefDescription()) is longer than \(limit) characters")
    case .minLength where !Self.scalarCount(of: text, exceeds: limit - 1):
      return mode.failure("\(instance.briefDescription()) is shorter than \(limit) characters")
    case .pattern:
      let pattern = tables.patterns[instruction.a]
      guard !pattern._withUnsafeGuaranteedRef({ $0.matches(text) }) else { return nil }
      return mode.failure(
        "\(instance.briefDescription()) does not match '\(pattern.takeUnretainedValue().source)'")
    case .format where assertsFormat:
      let format = program.formats[instruction.a]
      guard !format.accepts(text) else { return nil }
      return mode.failure("\(instance.briefDescription()) is not a valid \(format.name)")
    default:
      return nil
    }
  }

  /// Whether `text` has more than `limit` Unicode scalars, counting them only when its UTF-8
  /// length (one to four bytes a scalar) leaves the answer open.
  static func scalarCount(of text: String, exceeds limit: Int) -> Bool {
    let bytes = text.utf8.count
    if bytes <= limit { return false }
    if bytes > 4 * limit { return true }
    return text.unicodeScalars.count > limit
  }
}
