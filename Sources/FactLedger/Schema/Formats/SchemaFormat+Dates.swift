/// `date` and `date-time` (RFC 3339), read from the string's UTF-8 bytes in place.
extension SchemaFormat {
  /// `YYYY-MM-DD`, a day that exists.
  static func isDate(_ text: String) -> Bool {
    withBytes(of: text) { bytes in isDate(bytes[...]) }
  }

  /// `YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)`, `T` and `Z` in either case; a leap
  /// second only as the last second of a day in UTC.
  static func isDateTime(_ text: String) -> Bool {
    withBytes(of: text) { bytes in isDateTime(bytes) }
  }

  /// Runs `body` on the UTF-8 bytes of `text`, without copying them when they are contiguous.
  static func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  private static func isDate(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let start = bytes.startIndex
    guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"),
      bytes[start + 7] == UInt8(ascii: "-"), let year = number(bytes, at: start, count: 4),
      let month = number(bytes, at: start + 5, count: 2),
      let day = number(bytes, at: start + 8, count: 2)
    else { return false }
    return CalendarDate(year: year, month: month, day: day) != nil
  }

  private static func isDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard
      let separator = bytes.firstIndex(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }
      ), isDate(bytes[..<separator])
    else { return false }
    let start = separator + 1
    var end = bytes.count
    // Offset: Z, or +hh:mm / -hh:mm.
    var offsetMinutes = 0
    if end > start, bytes[end - 1] == UInt8(ascii: "Z") || bytes[end - 1] == UInt8(ascii: "z") {
      end -= 1
    } else {
      guard end - start > 6 else { return false }
      let sign = bytes[end - 6]
      guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
        bytes[end - 3] == UInt8(ascii: ":"), let hours = number(bytes[...], at: end - 5, count: 2),
        let minutes = number(bytes[...], at: end - 2, count: 2), hours < 24, minutes < 60
      else { return false }
      offsetMinutes = (hours * 60 + minutes) * (sign == UInt8(ascii: "+") ? 1 : -1)
      end -= 6
    }
    if let dot = bytes[start..<end].firstIndex(of: UInt8(ascii: ".")) {
      guard dot + 1 < end, bytes[(dot + 1)..<end].allSatisfy(isDigit) else { return false }
      end = dot
    }
    guard end - start == 8, bytes[start + 2] == UInt8(ascii: ":"),
      bytes[start + 5] == UInt8(ascii: ":"), let hour = number(bytes[...], at: start, count: 2),
      let minute = number(bytes[...], at: start + 3, count: 2),
      let second = number(bytes[...], at: start + 6, count: 2), hour < 24, minute < 60, second <= 60
    else { return false }
    if second == 60 {
      // A leap second is only ever the last second of a day in UTC.
      let utcMinutes = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
      return utcMinutes == 23 * 60 + 59
    }
    return true
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The decimal number of `count` digits at `index`, or `nil` when one is not a digit.
  private static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at index: Int, count: Int)
    -> Int?
  {
    var value = 0
    for offset in index..<(index + count) {
      let byte = bytes[offset]
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }
}
