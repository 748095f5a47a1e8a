import Foundation

/// JSON's data model, as JSON Schema compares values: numbers by value (`1` equals `1.0`),
/// objects regardless of member order.
extension JSONValue {
  /// The number as a decimal, exact for the literals ledgers hold.
  var decimalValue: Decimal? {
    guard case .number(let number) = kind else { return nil }
    return Decimal(string: number.literal, locale: Locale(identifier: "en_US_POSIX"))
  }

  /// The number as `doubleValue` reads it, for `minimum` and `maximum`: a whole number of at
  /// most 15 digits (exact in a `Double`) is read from the literal's bytes, not parsed from a
  /// `String` (every anchor offset is compared).
  var comparableDouble: Double? {
    guard case .number(let number) = kind else { return nil }
    if let whole = number.literal.utf8.withContiguousStorageIfAvailable(Self.shortWholeNumber),
      let whole
    {
      return whole
    }
    return number.doubleValue
  }

  /// The value of a literal of at most 15 bytes that is `-`? and digits (the grammar allows
  /// no other whole number), or `nil`; `-0` is `-0.0`, as `Double("-0")` reads it.
  static func shortWholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
    let isNegative = bytes[0] == UInt8(ascii: "-")
    guard !isNegative || bytes.count > 1 else { return nil }
    var value = 0
    for byte in bytes[(isNegative ? 1 : 0)...] {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
    }
    return isNegative ? -Double(value) : Double(value)
  }

  /// Whether the value is a number with no fractional part (`1.0` counts).
  var isIntegral: Bool {
    guard case .number(let literal) = kind else { return false }
    // A short literal without fraction or exponent is a whole number well inside `Double`.
    if literal.literal.utf8.count <= 15, literal.isIntegerLiteral { return true }
    guard let number = doubleValue, number.isFinite else { return false }
    return number.rounded(.towardZero) == number
  }

  /// Whether two values are equal in JSON's data model. `JSONValueKey` hashes alike the
  /// values this holds equal.
  func isJSONEqual(to other: JSONValue) -> Bool {
    switch (kind, other.kind) {
    case (.null, .null): return true
    case (.bool(let left), .bool(let right)): return left == right
    case (.string(let left), .string(let right)):
      // Byte by byte (so code point by code point): Swift's `==` would equate canonically
      // equivalent strings, which JSON does not.
      return left.utf8.count == right.utf8.count && left.utf8.elementsEqual(right.utf8)
    case (.number(let left), .number(let right)):
      // Exactly: `Decimal` keeps 38 digits and `Double` about 17, and either would equate
      // `1e400` with `2e400`.
      if left == right { return true }
      guard let leftValue = ExactNumber(literal: left.literal),
        let rightValue = ExactNumber(literal: right.literal)
      else { return false }
      return leftValue == rightValue
    case (.array(let left), .array(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { $0.isJSONEqual(to: $1) }
    case (.object(let left), .object(let right)):
      guard left.count == right.count else { return false }
      return left.allSatisfy { member in
        right.contains {
          $0.key.utf8.elementsEqual(member.key.utf8)
            && $0.value.isJSONEqual(to: member.value)
        }
      }
    default:
      return false
    }
  }

  /// The value on one line, cut to `limit` characters, for messages.
  func briefDescription(limit: Int = 40) -> String {
    let text = JSONWriter().compactString(for: self)
    return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
