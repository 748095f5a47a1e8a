import Foundation

/// Strings, the fast way: plain runs stepped over eight bytes at a time, a string without
/// escapes made straight from its bytes, escapes decoded into a buffer run by run.
///
/// Anything unusual (an error of any kind, or a string past its limit) sends the string back to
/// `parseStringCarefully()`, which reports the first problem exactly as it always has: this path
/// only ever returns what the careful one would.
extension JSONScanner {
  /// Scans a string from its opening quote.
  ///
  /// A short ASCII string without escapes (most keys, and many values) is made here, where
  /// the caller stands; anything else is finished by `finishString(from:stoppedAt:rawBits:)`.
  ///
  /// - Returns: The unescaped text, and whether it is all ASCII (and so in every normal form).
  @inline(__always)
  mutating func scanString() throws(JSONSyntaxError) -> (text: String, isASCII: Bool) {
    let quote = index
    index += 1
    var rawBits: UInt8 = 0
    let stop = skipPlainBytes(orInto: &rawBits)
    let length = index - quote - 1
    // Two words can be read from the text's first byte: `make` masks the bytes past its end.
    if stop == UInt8(ascii: "\""), rawBits < 0x80, length <= SmallASCIIString.capacity,
      makesSmallStrings, length <= limits.maxStringBytes, bytes.count - quote - 1 >= 16
    {
      let text = SmallASCIIString.make(
        from: UnsafeBufferPointer(start: bytes.baseAddress! + quote + 1, count: length),
        readable: 16)
      index += 1
      return (text, true)
    }
    return try finishString(from: quote, stoppedAt: stop, rawBits: rawBits)
  }

  /// Finishes the string that opens at `quote`, whose first plain run ends at the current
  /// index with the byte `stop` (`nil` at the end of the input); `rawBits` ORs the run's bytes.
  @inline(never)
  private mutating func finishString(
    from quote: Int, stoppedAt stop: UInt8?, rawBits: UInt8
  ) throws(JSONSyntaxError) -> (text: String, isASCII: Bool) {
    switch stop {
    case UInt8(ascii: "\\"):
      if let result = scanEscapedString(from: quote, rawBits: rawBits) { return result }
    case UInt8(ascii: "\""):
      let content = quote + 1..<index
      let isASCII = rawBits < 0x80
      guard content.count <= limits.maxStringBytes,
        let text = string(of: content, isASCII: isASCII)
      else { break }
      index += 1
      if !isASCII { continuationBytesOnLine += continuationByteCount(in: content) }
      return (text, isASCII)
    default:
      break
    }
    index = quote
    let text = try parseStringCarefully()
    continuationBytesOnLine += continuationByteCount(in: quote..<index)
    return (text, !text.utf8.contains { $0 >= 0x80 })
  }

  /// Scans a string from its opening quote, and returns the unescaped text.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    try scanString().text
  }

  /// The string of the bytes in `range`, or `nil` when they are not UTF-8: validated once,
  /// by the standard library as it decodes them.
  @inline(__always)
  private func string(of range: Range<Int>, isASCII: Bool) -> String? {
    if isASCII { return asciiString(of: range) }
    let raw = UnsafeBufferPointer(rebasing: bytes[range])
    // Decoding replaces each ill-formed sequence with U+FFFD, so the text holds the same bytes
    // exactly when they were UTF-8. (`String(validating:as:)` says so too, but is generic over
    // the encoding and looks its type up at run time on every call.)
    var text = String(decoding: raw, as: UTF8.self)
    let isUnchanged = text.withUTF8 { decoded in
      decoded.count == raw.count
        && (raw.isEmpty || memcmp(decoded.baseAddress!, raw.baseAddress!, raw.count) == 0)
    }
    return isUnchanged ? text : nil
  }

  /// The string of the bytes in `range`, which are ASCII.
  @inline(__always)
  func asciiString(of range: Range<Int>) -> String {
    let raw = UnsafeBufferPointer(rebasing: bytes[range])
    if range.count <= SmallASCIIString.capacity, makesSmallStrings {
      return SmallASCIIString.make(from: raw, readable: bytes.count - range.lowerBound)
    }
    return String(decoding: raw, as: UTF8.self)
  }

  /// Steps over the bytes that stand for themselves, ORing each into `bits`.
  ///
  /// - Returns: The byte that ends the run (a quote, a backslash or a control character), or
  ///   `nil` at the end of the input.
  @inline(__always)
  private mutating func skipPlainBytes(orInto bits: inout UInt8) -> UInt8? {
    let base = bytes.baseAddress!
    var wordBits: UInt64 = 0
    while index + 8 <= bytes.count {
      let word = ByteWord(at: base + index)
      let delimiters = word.stringDelimiters
      if delimiters != 0 {
        let offset = ByteWord.offset(ofFirstIn: delimiters)
        index += offset
        if !ByteWord(bits: wordBits | word.prefix(offset)).isASCII { bits |= 0x80 }
        return base[index]
      }
      wordBits |= word.bits
      index += 8
    }
    if !ByteWord(bits: wordBits).isASCII { bits |= 0x80 }
    while index < bytes.count {
      let byte = base[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return byte }
      bits |= byte
      index += 1
    }
    return nil
  }

  /// Finishes a string whose first escape is at the current index, or returns `nil` when the
  /// careful scan must take over.
  private mutating func scanEscapedString(from quote: Int, rawBits: UInt8) -> (
    text: String, isASCII: Bool
  )? {
    var rawBits = rawBits
    var escapedBits: UInt8 = 0
    var buffer: [UInt8] = []
    buffer.reserveCapacity(index - quote + 32)
    var runStart = quote + 1
    while true {
      let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
      guard buffer.count + run.count <= limits.maxStringBytes else { return nil }
      buffer.append(contentsOf: run)
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: "\"") { break }
      guard bytes[index] == UInt8(ascii: "\\"), decodeEscape(into: &buffer, orInto: &escapedBits),
        buffer.count <= limits.maxStringBytes
      else { return nil }
      runStart = index
      _ = skipPlainBytes(orInto: &rawBits)
    }
    // Escapes are ASCII and decode to whole sequences, so the raw bytes are UTF-8 exactly
    // when the runs between them are.
    let isRawASCII = rawBits < 0x80
    guard isRawASCII || isValidUTF8(quote + 1..<index) else { return nil }
    index += 1
    if !isRawASCII { continuationBytesOnLine += continuationByteCount(in: quote..<index) }
    return (String(decoding: buffer, as: UTF8.self), (rawBits | escapedBits) < 0x80)
  }

  /// Decodes the escape at the current index into `buffer`, or returns `false` when it is not
  /// one that stands for a character.
  private mutating func decodeEscape(into buffer: inout [UInt8], orInto bits: inout UInt8) -> Bool {
    guard index + 1 < bytes.count else { return false }
    let letter = bytes[index + 1]
    index += 2
    if let byte = Self.shortEscape(letter) {
      buffer.append(byte)
      return true
    }
    switch letter {
    case UInt8(ascii: "u"):
      guard let unit = hexQuad() else { return false }
      var scalar = UInt32(unit)
      if (0xD800...0xDBFF).contains(unit) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { return false }
        index += 2
        guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return false }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(unit) {
        return false
      }
      if scalar >= 0x80 { bits |= 0x80 }
      appendUTF8(of: scalar, to: &buffer)
    default:
      return false
    }
    return true
  }

  /// The four hexadecimal digits at the current index, or `nil` when they are not.
  private mutating func hexQuad() -> UInt16? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt16 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  /// Appends the UTF-8 bytes of `scalar`, which is a Unicode scalar value.
  private func appendUTF8(of scalar: UInt32, to buffer: inout [UInt8]) {
    switch scalar {
    case ..<0x80:
      buffer.append(UInt8(scalar))
    case ..<0x800:
      buffer.append(UInt8(0xC0 | (scalar >> 6)))
      buffer.append(UInt8(0x80 | (scalar & 0x3F)))
    case ..<0x1_0000:
      buffer.append(UInt8(0xE0 | (scalar >> 12)))
      buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      buffer.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      buffer.append(UInt8(0xF0 | (scalar >> 18)))
      buffer.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      buffer.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }
}

extension JSONScanner {
  /// The byte a two-character escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`) stands
  /// for, by the letter after the backslash; `nil` for any other letter.
  static func shortEscape(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }
}
