/// Reads the members of one JSON object as typed fields, collecting every problem.
///
/// A reader knows the keys its record allows, so a misspelt key is reported instead of being
/// silently dropped, and each accessor reports a missing or mistyped member at its position.
///
/// The members are filed by key in one pass when the reader is made (`MemberSlots`): each
/// allowed key's slot holds its first member, and a member with no slot is an unknown key.
/// Fields are then read in place, through the slots, without copying a member.
///
/// The reader holds one reference to the object's members, which keeps them alive while it
/// reads them in place (see `JSONValue+InPlace`): an initialiser's parameter is its own, and
/// its last use (handing it to this reader) may be where it is let go, so a reader holding
/// only pointers read freed memory once its object was the last reference to the tree (a
/// record decoded from a tree made for the call; found by the validate fuzz harness under
/// AddressSanitizer).
struct FieldReader {
  /// The members, kept alive; `members` points into their storage.
  private let storage: [JSONMember]
  private let members: UnsafeBufferPointer<JSONMember>
  private let keys: FieldKeys
  private var slots = MemberSlots()
  private let record: StaticString
  /// Where the object starts.
  let location: SourceLocation

  /// Starts reading `value` as a `record` (named in messages) that allows `keys`.
  ///
  /// Returns `nil`, with a problem noted, when the value is not an object.
  init?(
    _ value: JSONValue, as record: StaticString, keys: FieldKeys,
    problems: inout [DecodingProblem]
  ) {
    guard case .object(let storage) = value.kind else {
      problems.append(
        DecodingProblem(at: value.location, "\(record) must be an object, not \(value.typeName)"))
      return nil
    }
    self.storage = storage
    let members = storage.withUnsafeBufferPointer { $0 }
    self.members = members
    self.keys = keys
    self.location = value.location
    self.record = record
    guard let base = members.baseAddress else { return }
    let keyOffset = MemoryLayout<JSONMember>.offset(of: \JSONMember.key)!
    for position in members.indices {
      let key = UnsafeRawPointer(base + position).advanced(by: keyOffset)
        .assumingMemoryBound(to: String.self)
      if let slot = keys.slot(ofKeyAt: key) {
        slots.file(position, in: slot)
      } else {
        problems.append(
          DecodingProblem(
            at: base[position].keyLocation, "unknown key '\(base[position].key)' in \(record)"))
      }
    }
  }

  /// The value of the first member named `key`, in place, `nil` when there is none or it is
  /// `null`.
  ///
  /// `key` is one of the allowed keys, found by its slot; any other key is searched for among
  /// the members, first to last, as the slots were filled.
  @inline(__always)
  private func member(_ key: String) -> UnsafePointer<JSONValue>? {
    guard let base = members.baseAddress else { return nil }
    let found: UnsafePointer<JSONMember>?
    if let slot = keys.slot(of: key) {
      found = slots[slot].map { base + $0 }
    } else {
      found = members.firstIndex { $0.key == key }.map { base + $0 }
    }
    guard let value = found?.value else { return nil }
    if case .null = value.pointee.kind { return nil }
    return value
  }

  /// The raw member value, if present and not `null`.
  func value(_ key: String) -> JSONValue? {
    member(key)?.pointee
  }

  /// A member that must be present, in place; notes a problem when it is not.
  @inline(__always)
  private func required(_ key: String, isRequired: Bool, problems: inout [DecodingProblem])
    -> UnsafePointer<JSONValue>?
  {
    if let value = member(key) { return value }
    if isRequired {
      problems.append(DecodingProblem(at: location, "\(record) is missing '\(key)'"))
    }
    return nil
  }

  /// A member that must be present; notes a problem when it is not.
  func required(_ key: String, problems: inout [DecodingProblem]) -> JSONValue? {
    required(key, isRequired: true, problems: &problems)?.pointee
  }

  // MARK: - Typed members

  /// A string member; `nil` when absent (noting a problem if `isRequired`) or mistyped.
  func string(_ key: String, isRequired: Bool = true, problems: inout [DecodingProblem]) -> String?
  {
    guard let value = required(key, isRequired: isRequired, problems: &problems) else {
      return nil
    }
    if case .string(let text) = value.pointee.kind { return text }
    problems.append(mistyped(key, value.pointee, expected: "a string"))
    return nil
  }

  /// A string member whose text must satisfy `isValid`, described by `expectation`.
  func string(
    _ key: String, isRequired: Bool = true, matching expectation: String,
    problems: inout [DecodingProblem], where isValid: (String) -> Bool
  ) -> String? {
    guard let text = string(key, isRequired: isRequired, problems: &problems) else { return nil }
    guard isValid(text) else {
      problems.append(
        DecodingProblem(
          at: member(key)!.pointee.location, "'\(key)' must be \(expectation), not '\(text)'"))
      return nil
    }
    return text
  }

  /// A member that must be one of an enumeration's raw values, looked up in its `names`.
  func enumeration<Value: RawNamedCases>(
    _ key: String, isRequired: Bool = true, problems: inout [DecodingProblem]
  ) -> Value? {
    guard let text = string(key, isRequired: isRequired, problems: &problems) else { return nil }
    guard let parsed = Value.names.value(named: text) else {
      let allowed = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      problems.append(
        DecodingProblem(
          at: member(key)!.pointee.location, "unknown \(key) '\(text)'; expected one of \(allowed)")
      )
      return nil
    }
    return parsed
  }

  /// A whole-number member, written as Swift writes the number back.
  ///
  /// An integer field is decoded to `Int` and written back from it, so a literal that `Int`
  /// does not spell the same way (`-0`) would change when the file is rewritten. It is
  /// refused instead of kept, so that the field stays a plain `Int` and every tool that reads
  /// the file sees the number the ledger writes.
  func integer(_ key: String, isRequired: Bool = true, problems: inout [DecodingProblem]) -> Int? {
    guard let value = required(key, isRequired: isRequired, problems: &problems) else {
      return nil
    }
    guard case .number(let number) = value.pointee.kind else {
      problems.append(mistyped(key, value.pointee, expected: "a whole number"))
      return nil
    }
    guard let whole = WholeNumber.value(of: number.literal) else {
      problems.append(
        DecodingProblem(
          at: value.pointee.location, WholeNumber.refusal(of: number.literal, for: key)))
      return nil
    }
    // A whole-number literal has no leading zero and no `+`, so the one that `Int` writes
    // otherwise is `-0` (as `0`).
    guard whole != 0 || number.literal == "0" else {
      problems.append(
        DecodingProblem(
          at: value.pointee.location, "'\(key)' must be written as \(whole), not \(number.literal)")
      )
      return nil
    }
    return whole
  }

  /// A number member, with its literal; `nil` when absent (noting a problem if `isRequired`) or
  /// mistyped.
  func number(_ key: String, isRequired: Bool = true, problems: inout [DecodingProblem])
    -> JSONNumber?
  {
    guard let value = required(key, isRequired: isRequired, problems: &problems) else {
      return nil
    }
    if case .number(let number) = value.pointee.kind { return number }
    problems.append(mistyped(key, value.pointee, expected: "a number"))
    return nil
  }

  /// A boolean member; `false` when absent.
  func flag(_ key: String, problems: inout [DecodingProblem]) -> Bool {
    guard let value = member(key) else { return false }
    guard case .bool(let flag) = value.pointee.kind else {
      problems.append(mistyped(key, value.pointee, expected: "true or false"))
      return false
    }
    return flag
  }

  /// An array of strings; empty when absent and not required.
  func strings(_ key: String, isRequired: Bool = false, problems: inout [DecodingProblem])
    -> [String]
  {
    records(key, isRequired: isRequired, problems: &problems) { element, problems in
      guard let text = element.stringValue else {
        problems.append(
          DecodingProblem(
            at: element.location, "each of '\(key)' must be a string, not \(element.typeName)"))
        return nil
      }
      return text
    }
  }

  /// An array member, each element read by `decode`; empty when absent and not required.
  func records<Element>(
    _ key: String, isRequired: Bool = false, problems: inout [DecodingProblem],
    decode: (JSONValue, inout [DecodingProblem]) -> Element?
  ) -> [Element] {
    guard let value = required(key, isRequired: isRequired, problems: &problems) else {
      return []
    }
    guard let elements = value.pointee.elementsInPlace else {
      problems.append(mistyped(key, value.pointee, expected: "an array"))
      return []
    }
    var decoded: [Element] = []
    decoded.reserveCapacity(elements.count)
    for index in elements.indices {
      if let element = decode(elements[index], &problems) { decoded.append(element) }
    }
    return decoded
  }

  /// An array of records.
  func records<Element: JSONDecodableRecord>(
    _ key: String, isRequired: Bool = false, problems: inout [DecodingProblem]
  ) -> [Element] {
    records(key, isRequired: isRequired, problems: &problems) { Element(json: $0, problems: &$1) }
  }

  /// A nested record.
  func record<Nested: JSONDecodableRecord>(
    _ key: String, isRequired: Bool = true, problems: inout [DecodingProblem]
  ) -> Nested? {
    guard let value = required(key, isRequired: isRequired, problems: &problems) else {
      return nil
    }
    return Nested(json: value.pointee, problems: &problems)
  }

  private func mistyped(_ key: String, _ value: JSONValue, expected: String) -> DecodingProblem {
    DecodingProblem(at: value.location, "'\(key)' must be \(expected), not \(value.typeName)")
  }
}
