/// Numbers: the grammar of RFC 8259, with the offending text shown when it is broken.
extension JSONScanner {
  /// Scans a number as RFC 8259 writes it, and returns its literal text.
  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    if peek == UInt8(ascii: "-") { index += 1 }
    if peek == UInt8(ascii: "0") {
      index += 1
      if isDigit(peek) { throw invalidNumber(from: start) }
    } else if isDigit(peek) {
      skipDigits()
    } else {
      throw invalidNumber(from: start)
    }
    if peek == UInt8(ascii: ".") {
      index += 1
      guard isDigit(peek) else { throw invalidNumber(from: start) }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      index += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
      guard isDigit(peek) else { throw invalidNumber(from: start) }
      skipDigits()
    }
    if index - start > limits.maxNumberLength {
      throw .limitExceeded(
        .numberLength, found: index - start, limit: limits.maxNumberLength,
        at: location(of: start))
    }
    return asciiString(of: start..<index)
  }

  private mutating func skipDigits() {
    while isDigit(peek) { index += 1 }
  }

  private func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func invalidNumber(from start: Int) -> JSONSyntaxError {
    var end = index
    // Show the offending character too, when it is plain ASCII.
    if end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x7F { end += 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return .invalidNumber(text, at: location(of: start))
  }
}
