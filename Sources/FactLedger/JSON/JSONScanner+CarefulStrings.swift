/// Strings, byte by byte: escapes, surrogate pairs and well-formed UTF-8, and the length limit,
/// each checked in the order the bytes come, so that the first problem is the one reported.
///
/// `scanString()` takes this path only when its faster scan meets something it does not
/// handle itself: an error of any kind, or a string past its limit.
extension JSONScanner {
  /// Scans a string from its opening quote, decoding escapes and checking the UTF-8.
  ///
  /// The length limit is checked as the string is scanned, so a string past it is refused
  /// once the limit is passed, before its bytes are copied.
  mutating func parseStringCarefully() throws(JSONSyntaxError) -> String {
    let quote = index
    index += 1
    let start = index
    // Fast path: no escapes, so the bytes are the string.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw .controlCharacterInString(byte, at: here) }
      if byte < 0x80 { index += 1 } else { try skipUTF8Sequence() }
      try checkStringLength(index - start, from: quote)
    }
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        // An escape decodes to at most 4 bytes: appended, then checked.
        try appendEscape(to: &buffer)
        try checkStringLength(buffer.count, from: quote)
      case ..<0x20:
        throw .controlCharacterInString(byte, at: here)
      case ..<0x80:
        try checkStringLength(buffer.count + 1, from: quote)
        buffer.append(byte)
        index += 1
      default:
        let sequenceStart = index
        try skipUTF8Sequence()
        try checkStringLength(buffer.count + index - sequenceStart, from: quote)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<index]))
      }
    }
    throw .unexpectedEnd(expected: "'\"' to close the string", at: here)
  }

  private mutating func checkStringLength(_ length: Int, from quote: Int) throws(JSONSyntaxError) {
    guard length > limits.maxStringBytes else { return }
    throw .limitExceeded(
      .stringBytes, found: length, limit: limits.maxStringBytes, at: location(of: quote))
  }

  private mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let escapeStart = index
    index += 1
    guard let letter = peek else {
      throw .unexpectedEnd(expected: "an escape after '\\'", at: here)
    }
    index += 1
    if let byte = Self.shortEscape(letter) {
      buffer.append(byte)
      return
    }
    switch letter {
    case UInt8(ascii: "u"):
      let unit = try readHexQuad(escapeStart: escapeStart)
      var scalarValue = UInt32(unit)
      if (0xD800...0xDBFF).contains(unit) {
        let lowStart = index
        guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "u")
        else {
          throw .invalidSurrogate(escapeText(from: escapeStart), at: location(of: escapeStart))
        }
        index += 2
        let low = try readHexQuad(escapeStart: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw .invalidSurrogate(escapeText(from: escapeStart), at: location(of: escapeStart))
        }
        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(unit) {
        throw .invalidSurrogate(escapeText(from: escapeStart), at: location(of: escapeStart))
      }
      // Not a surrogate, so always a valid scalar.
      buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalarValue)!)).utf8))
    default:
      index -= 1
      let end = min(bytes.count, index + 1)
      let shown = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[escapeStart..<end]), as: UTF8.self)
      throw .invalidEscape(shown, at: location(of: escapeStart))
    }
  }

  private mutating func readHexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = peek else {
        throw .unexpectedEnd(expected: "four hexadecimal digits after '\\u'", at: here)
      }
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw .invalidEscape(escapeText(from: escapeStart), at: location(of: escapeStart))
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  /// The escape from `start` up to and including the current byte, for messages.
  private func escapeText(from start: Int) -> String {
    let end = min(bytes.count, max(index + 1, start + 2), start + 12)
    let slice = bytes[start..<end].prefix(while: { $0 >= 0x20 && $0 < 0x7F })
    return String(decoding: slice, as: UTF8.self)
  }
}
