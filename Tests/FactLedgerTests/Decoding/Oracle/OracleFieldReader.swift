@testable import FactLedger

// The field reader as it stood before members were filed into slots in one pass (4c2eb9d),
// kept as the oracle the new reader is compared with: a linear search per field, and a
// separate pass for unknown keys.

struct OracleFieldReader {
  private let members: [JSONMember]
  private let record: String
  /// Where the object starts.
  let location: SourceLocation

  /// Starts reading `value` as a `record` (named in messages) that allows `keys`.
  ///
  /// Returns `nil`, with a problem noted, when the value is not an object.
  init?(
    _ value: JSONValue, as record: String, keys: Set<String>, problems: inout [DecodingProblem]
  ) {
    guard let members = value.objectMembers else {
      problems.append(
        DecodingProblem(at: value.location, "\(record) must be an object, not \(value.typeName)"))
      return nil
    }
    self.members = members
    self.location = value.location
    self.record = record
    for member in members where !keys.contains(member.key) {
      problems.append(
        DecodingProblem(at: member.keyLocation, "unknown key '\(member.key)' in \(record)"))
    }
  }

  /// The value of the first member named `key` (under `==`), if present and not `null`.
  func value(_ key: String) -> JSONValue? {
    guard let member = members.first(where: { $0.key == key }) else { return nil }
    if case .null = member.value.kind { return nil }
    return member.value
  }

  /// A member that must be present; notes a problem when it is not.
  func required(_ key: String, problems: inout [DecodingProblem]) -> JSONValue? {
    if let value = value(key) { return value }
    problems.append(DecodingProblem(at: location, "\(record) is missing '\(key)'"))
    return nil
  }

  // MARK: - Typed members

  /// A string member; `nil` when absent (noting a problem if `isRequired`) or mistyped.
  func string(_ key: String, isRequired: Bool = true, problems: inout [DecodingProblem]) -> String?
  {
    typed(key, isRequired: isRequired, expected: "a string", problems: &problems, \.stringValue)
  }

  /// A string member whose text must satisfy `isValid`, described by `expectation`.
  func string(
    _ key: String, isRequired: Bool = true, matching expectation: String,
    problems: inout [DecodingProblem], where isValid: (String) -> Bool
  ) -> String? {
    guard let text = string(key, isRequired: isRequired, problems: &problems) else { return nil }
    guard isValid(text) else {
      problems.append(
        DecodingProblem(at: value(key)!.location, "'\(key)' must be \(expectation), not '\(text)'"))
      return nil
    }
    return text
  }

  /// A member that must be one of an enumeration's raw values, looked up in its `names`.
  func enumeration<Value: RawRepresentable & CaseIterable>(
    _ key: String, isRequired: Bool = true, problems: inout [DecodingProblem]
  ) -> Value? where Value.RawValue == String {
    guard let text = string(key, isRequired: isRequired, problems: &problems) else { return nil }
    guard let parsed = Value(rawValue: text) else {
      let allowed = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      problems.append(
        DecodingProblem(
          at: value(key)!.location, "unknown \(key) '\(text)'; expected one of \(allowed)"))
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
    guard let value = isRequired ? required(key, problems: &problems) : value(key) else {
      return nil
    }
    guard let literal = value.numberValue?.literal else {
      problems.append(mistyped(key, value, expected: "a whole number"))
      return nil
    }
    guard let number = WholeNumber.value(of: literal) else {
      problems.append(
        DecodingProblem(at: value.location, WholeNumber.refusal(of: literal, for: key)))
      return nil
    }
    // A whole-number literal has no leading zero and no `+`, so the one that `Int` writes
    // otherwise is `-0` (as `0`).
    guard number != 0 || literal == "0" else {
      problems.append(
        DecodingProblem(
          at: value.location, "'\(key)' must be written as \(number), not \(literal)"))
      return nil
    }
    return number
  }

  /// A number member, with its literal; `nil` when absent (noting a problem if `isRequired`) or
  /// mistyped.
  func number(_ key: String, isRequired: Bool = true, problems: inout [DecodingProblem])
    -> JSONNumber?
  {
    typed(key, isRequired: isRequired, expected: "a number", problems: &problems, \.numberValue)
  }

  /// The member at `key` read by `read`; `nil` when absent (noting a problem if `isRequired`)
  /// or when `read` finds no `expected` there (noting that).
  private func typed<Value>(
    _ key: String, isRequired: Bool, expected: String, problems: inout [DecodingProblem],
    _ read: (JSONValue) -> Value?
  ) -> Value? {
    guard let value = isRequired ? required(key, problems: &problems) : value(key) else {
      return nil
    }
    guard let typed = read(value) else {
      problems.append(mistyped(key, value, expected: expected))
      return nil
    }
    return typed
  }

  /// A boolean member; `false` when absent.
  func flag(_ key: String, problems: inout [DecodingProblem]) -> Bool {
    guard let value = value(key) else { return false }
    guard case .bool(let flag) = value.kind else {
      problems.append(mistyped(key, value, expected: "true or false"))
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
    guard let value = isRequired ? required(key, problems: &problems) : value(key) else {
      return []
    }
    guard let elements = value.arrayValue else {
      problems.append(mistyped(key, value, expected: "an array"))
      return []
    }
    return elements.compactMap { decode($0, &problems) }
  }

  private func mistyped(_ key: String, _ value: JSONValue, expected: String) -> DecodingProblem {
    DecodingProblem(at: value.location, "'\(key)' must be \(expected), not \(value.typeName)")
  }
}
