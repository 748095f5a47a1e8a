/// Whole numbers read from a JSON number's literal text.
enum WholeNumber {
  /// The value of a literal that is `-`? and digits, as `Int(_:)` reads it; `nil` for a
  /// fraction, an exponent, or a number beyond `Int`.
  ///
  /// Read from the bytes: `Int`'s generic parse of a `String` was about 1% of `list`'s CPU
  /// (every anchor offset is one).
  static func value(of literal: String) -> Int? {
    literal.utf8.withContiguousStorageIfAvailable(value)
      ?? Array(literal.utf8).withUnsafeBufferPointer(value)
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
