/// A quiet evaluation's value keywords, read in place: a string's text and a number's literal
/// are read where the value holds them, and nothing is worded.
extension SchemaEvaluator {
  /// Whether one keyword that judges a value on its own passes.
  @inline(__always)
  mutating func quietlyPassesValue(
    _ instruction: UnsafePointer<Instruction>, _ subject: Subject
  ) -> Bool {
    let bit = subject.typeBit
    let limit = instruction.pointee.a
    switch instruction.pointee.opcode {
    case .type:
      let mask = UInt8(truncatingIfNeeded: instruction.pointee.b)
      if mask & (1 << bit) != 0 { return true }
      return bit == SchemaTypes.numberBit && mask & SchemaTypes.integerMask != 0
        && Self.isIntegral(subject.instance)
    case .enumeration, .constant:
      return quietlyListed(subject, instruction)
    case .maximum, .minimum:
      guard bit == SchemaTypes.numberBit else { return true }
      guard let number = Self.comparableDouble(subject.instance) else { return true }
      let (bound, exclusive) = (instruction.pointee.number, instruction.pointee.isExclusive)
      return instruction.pointee.opcode == .maximum
        ? (exclusive ? number < bound : number <= bound)
        : (exclusive ? number > bound : number >= bound)
    case .maxLength:
      guard bit == SchemaTypes.stringBit else { return true }
      return !Self.scalarCount(of: subject.instance.stringText.pointee, exceeds: limit)
    case .minLength:
      guard bit == SchemaTypes.stringBit else { return true }
      return Self.scalarCount(of: subject.instance.stringText.pointee, exceeds: limit - 1)
    case .pattern:
      guard bit == SchemaTypes.stringBit else { return true }
      let text = subject.instance.stringText
      return tables.patterns[limit]._withUnsafeGuaranteedRef { $0.matches(text.pointee) }
    case .format:
      guard bit == SchemaTypes.stringBit, assertsFormat else { return true }
      return program.formats[limit].accepts(subject.instance.stringText.pointee)
    default:
      // `multipleOf`, as the reporting evaluation checks it.
      return checkValue(instruction.pointee, subject, Mode(reports: false, collects: false)) == nil
    }
  }

  /// Whether the instance is among an `enum`'s (or a `const`'s) values; a string is found by
  /// its hash, read in place.
  func quietlyListed(_ subject: Subject, _ instruction: UnsafePointer<Instruction>)
    -> Bool
  {
    guard subject.typeBit == SchemaTypes.stringBit else {
      return isListed(subject, instruction.pointee)
    }
    let text = UnsafeRawPointer(subject.instance.stringText)
    let table = tables.nameTables[instruction.pointee.c]
    return tables.position(ofNameAt: text, hash: SchemaName.hash(at: text), in: table) != nil
  }

  /// Whether an `if` that only tests one property's value (`d` of a `conditional`) holds, as
  /// `holdsValueTest` finds, with the value tested in place.
  mutating func quietlyHoldsValueTest(
    _ instruction: UnsafePointer<Instruction>, _ subject: Subject
  ) -> Bool {
    guard let members = subject.members, let hashes = subject.keyHashes else {
      return holdsValueTest(instruction.pointee, subject)
    }
    let name = tables.nameTables[tables.nodes[instruction.pointee.a].propertyTable].first
    let test = tables.instructions.baseAddress! + tables.nodes[instruction.pointee.d].first
    let hash = tables.nameHashes[name]
    let nameText = UnsafeRawPointer(tables.names.baseAddress! + name)
    for index in members.indices
    where hashes[index] == hash && SchemaName.same(at: members.key(at: index), nameText) {
      let value = (members.baseAddress! + index).value
      if !quietlyListed(Self.comparedSubject(value), test) { return false }
    }
    return true
  }

  /// Whether a number is whole (`1.0` counts), as `JSONValue.isIntegral` finds: a short
  /// literal with no fraction or exponent is read in place.
  static func isIntegral(_ number: UnsafePointer<JSONValue>) -> Bool {
    let literal = number.stringText
    let isShortInteger = literal.pointee.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.count <= 15
        && !bytes.contains {
          $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
        }
    }
    return isShortInteger == true || number.pointee.isIntegral
  }

  /// A number as `JSONValue.comparableDouble` reads it: a short whole number from its
  /// literal's bytes in place.
  static func comparableDouble(_ number: UnsafePointer<JSONValue>) -> Double? {
    if let whole = number.stringText.pointee.utf8.withContiguousStorageIfAvailable(
      JSONValue.shortWholeNumber), let whole
    {
      return whole
    }
    return number.pointee.comparableDouble
  }
}

extension SchemaEvaluator {
  /// Whether the subschemas of an `allOf` laid out as the `ValueSwitch` at `index` pass: the
  /// tested property's value is looked up once, and each subschema's `then` or `else` asked.
  /// `nil` when the instance is not an object, or the value is not a string (the subschemas
  /// are then asked one by one).
  mutating func quietlySwitches(_ index: Int, _ subject: Subject) -> Bool? {
    guard let members = subject.members else { return nil }
    let laid = tables.switches.baseAddress! + index
    let count = laid.pointee.count
    // A subschema whose property is absent holds its `if`.
    var holding: UInt64 = count == 64 ? ~0 : (1 << count) - 1
    let name = UnsafeRawPointer(tables.names.baseAddress! + laid.pointee.name)
    let nameHash = tables.nameHashes[laid.pointee.name]
    for index in members.indices {
      let key = members.key(at: index)
      guard (subject.keyHashes?[index] ?? SchemaName.hash(at: key)) == nameHash,
        SchemaName.same(at: key, name)
      else { continue }
      let value = (members.baseAddress! + index).value
      guard value.typeBit == SchemaTypes.stringBit else { return nil }
      let text = UnsafeRawPointer(value.stringText)
      let table = tables.nameTables[laid.pointee.strings]
      if let position = tables.position(ofNameAt: text, hash: SchemaName.hash(at: text), in: table)
      {
        holding &= tables.holders[laid.pointee.holders + position]
      } else {
        holding = 0
      }
    }
    for branch in 0..<count {
      let node = tables.nodeLists[
        laid.pointee.branches + 2 * branch + (holding >> branch & 1 == 1 ? 0 : 1)]
      if node >= 0, !quietlyAccepts(node, subject) { return false }
    }
    return true
  }
}
