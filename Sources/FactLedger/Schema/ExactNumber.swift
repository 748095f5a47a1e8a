/// The exact value of a JSON number literal in one canonical form, so that literals of the same
/// mathematical value (`1`, `1.0`, `1e0`, `10e-1`) compare and hash alike, at any size.
///
/// The value is `0.digits × 10^exponent`, with no leading or trailing zero in `digits`; zero
/// has no digits and no sign. Nothing is rounded: `1e400` differs from `2e400`, and a
/// 42-digit integer from its successor, where `Double` or `Decimal` would equate them.
struct ExactNumber: Hashable {
  /// Whether the value is below zero.
  var isNegative: Bool
  /// The significant digits, as ASCII.
  var digits: [UInt8]
  /// The power of ten, in decimal (an exponent literal may be longer than any `Int`).
  var exponent: String

  /// The value of `literal`, or `nil` when it is not a JSON number.
  init?(literal: String) {
    guard let parts = JSONNumber.Parts(literal) else { return nil }
    let significant = parts.integer + parts.fraction
    guard let lead = significant.firstIndex(where: { $0 != UInt8(ascii: "0") }) else {
      (isNegative, digits, exponent) = (false, [], "0")
      return
    }
    let trail = significant.lastIndex(where: { $0 != UInt8(ascii: "0") }) ?? lead
    isNegative = parts.isNegative
    digits = Array(significant[lead...trail])
    // Moving the point to stand before the first significant digit.
    let shift = parts.integer.count - lead
    exponent = Self.sum(of: parts.exponent, and: shift)
  }

  /// `exponent` (a sign and decimal digits) plus `shift`, in decimal.
  private static func sum(of exponent: (isNegative: Bool, digits: [UInt8]), and shift: Int)
    -> String
  {
    let magnitude = Array(exponent.digits.drop(while: { $0 == UInt8(ascii: "0") }))
    let value = { (digits: ArraySlice<UInt8>) in
      digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    if magnitude.count <= 18 {
      let number = value(magnitude[...])
      return String((exponent.isNegative ? -number : number) + shift)
    }
    // At least 10^18, so far larger than `shift` (bounded by the literal's length): the sign
    // stays, and only the magnitude moves.
    let offset = exponent.isNegative ? -shift : shift
    let limit = 1_000_000_000_000_000_000
    var head = Array(magnitude.dropLast(18))
    var tail = value(magnitude.suffix(18)) + offset
    if tail >= limit {
      tail -= limit
      head = step(head, by: 1)
    } else if tail < 0 {
      tail += limit
      head = step(head, by: -1)
    }
    let padded = String(repeating: "0", count: 18 - String(tail).count) + String(tail)
    let text = (String(decoding: head, as: UTF8.self) + padded).drop(while: { $0 == "0" })
    return (exponent.isNegative ? "-" : "") + text
  }

  /// The decimal digits `number` plus or minus one (it is at least one when `delta` is -1).
  private static func step(_ number: [UInt8], by delta: Int) -> [UInt8] {
    var number = number
    let (from, to): (UInt8, UInt8) =
      delta > 0 ? (UInt8(ascii: "9"), UInt8(ascii: "0")) : (UInt8(ascii: "0"), UInt8(ascii: "9"))
    for index in number.indices.reversed() {
      if number[index] == from {
        number[index] = to
      } else {
        number[index] = UInt8(Int(number[index]) + delta)
        return number
      }
    }
    return [UInt8(ascii: "1")] + number
  }
}
