/// Whole numbers read from a JSON number's literal text.
enum WholeNumber {
  /// The value of a literal that is `-`? and digits, as `Int(_:)` reads it; `nil` for a
  /// fraction, an exponent, or a number beyond `Int`.
  ///
  /// Read from the bytes: `Int`'s generic parse of a `String` was about 1% of `list`'s CPU
  /// (every anchor offset is one).
  static func value(of literal: String) -> Int? {
    if let words = SmallASCIIWords.of(literal) { return value(ofSmall: words) }
    return literal.utf8.withContiguousStorageIfAvailable(value)
      ?? Array(literal.utf8).withUnsafeBufferPointer(value)
  }

  /// The value of a literal of at most 15 ASCII bytes, read from its words (`SmallASCIIWords`):
  /// the bytes in memory order, the count in the top byte. Fifteen digits cannot overflow.
  private static func value(ofSmall words: SmallASCIIWords.Words) -> Int? {
    let count = Int(truncatingIfNeeded: words.1 &>> 56) & 0x0F
    // The bytes, first in the low byte of `low`, shifted out one at a time.
    var low = words.0
    var high = words.1 & 0x00FF_FFFF_FFFF_FFFF
    var remaining = count
    let isNegative = count > 0 && UInt8(truncatingIfNeeded: low) == UInt8(ascii: "-")
    if isNegative {
      low = (low &>> 8) | (high &<< 56)
      high &>>= 8
      remaining &-= 1
    }
    guard remaining > 0 else { return nil }
    var value = 0
    while remaining > 0 {
      let digit = UInt8(truncatingIfNeeded: low) &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
      low = (low &>> 8) | (high &<< 56)
      high &>>= 8
      remaining &-= 1
    }
    return isNegative ? 0 &- value : value
  }

  /// Why the number `literal`, which `value(of:)` does not read, is refused for the field
  /// `key`: a whole number spelled with a fraction or an exponent (said with the spelling to
  /// use), one beyond `Int`, or a number that is not whole.
  static func refusal(of literal: String, for key: String) -> String {
    guard let number = Double(literal), number == number.rounded() else {
      return "'\(key)' must be a whole number, not \(literal)"
    }
    // Doubles count every whole number below 2^53 exactly; past it, a literal may round.
    if number.magnitude < 0x1p53 {
      return "'\(key)' must be written as \(Int(number)), not \(literal)"
    }
    guard number.magnitude >= 0x1p63 else {
      return "'\(key)' must be written without a fraction or exponent, not \(literal)"
    }
    let (bound, limit) = number < 0 ? ("smallest", Int.min) : ("largest", Int.max)
    return "'\(key)' \(literal) is beyond the \(bound) whole number factledger reads (\(limit))"
  }

  private static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let isNegative = bytes.first == UInt8(ascii: "-")
    let digits = bytes[(isNegative ? 1 : 0)...]
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
      // Negative numbers are built downwards, so that `Int.min` fits.
      let (next, carried) =
        isNegative
        ? shifted.subtractingReportingOverflow(Int(digit))
        : shifted.addingReportingOverflow(Int(digit))
      guard !overflowed, !carried else { return nil }
      value = next
    }
    return value
  }
}
