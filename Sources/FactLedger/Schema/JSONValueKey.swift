/// A JSON value as a set member or dictionary key, equal to another when JSON Schema holds
/// them equal (`isJSONEqual(to:)`), with a hash that agrees: numbers by their exact value,
/// strings code point by code point, objects whatever the order of their members.
struct JSONValueKey: Hashable {
  /// The value.
  var value: JSONValue

  /// Wraps `value`.
  init(_ value: JSONValue) {
    self.value = value
  }

  static func == (lhs: JSONValueKey, rhs: JSONValueKey) -> Bool {
    lhs.value.isJSONEqual(to: rhs.value)
  }

  func hash(into hasher: inout Hasher) {
    Self.hash(value, into: &hasher)
  }

  private static func hash(_ value: JSONValue, into hasher: inout Hasher) {
    switch value.kind {
    case .null:
      hasher.combine(0)
    case .bool(let flag):
      hasher.combine(1)
      hasher.combine(flag)
    case .number(let number):
      hasher.combine(2)
      if let exact = ExactNumber(literal: number.literal) {
        hasher.combine(exact)
      } else {
        hash(text: number.literal, into: &hasher)
      }
    case .string(let text):
      hasher.combine(3)
      hash(text: text, into: &hasher)
    case .array(let elements):
      hasher.combine(4)
      hasher.combine(elements.count)
      for element in elements { hash(element, into: &hasher) }
    case .object(let members):
      hasher.combine(5)
      // Summed, so that the order of the members does not count.
      var sum = 0
      for member in members {
        var memberHasher = Hasher()
        hash(text: member.key, into: &memberHasher)
        hash(member.value, into: &memberHasher)
        sum &+= memberHasher.finalize()
      }
      hasher.combine(members.count)
      hasher.combine(sum)
    }
  }

  /// Hashes the UTF-8 bytes: Swift's own string hash follows canonical equivalence, which JSON
  /// does not.
  private static func hash(text: String, into hasher: inout Hasher) {
    hasher.combine(text.utf8.count)
    for byte in text.utf8 { hasher.combine(byte) }
  }
}
