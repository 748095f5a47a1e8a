/// Lines and columns, and the whitespace between tokens.
///
/// A newline can only stand in whitespace (a string may not hold a raw one), so the line is
/// counted there. A column counts Unicode scalars, that is the bytes of the line that are not
/// UTF-8 continuation bytes; outside strings every byte is ASCII, so the scanner only needs to
/// count the continuation bytes of the strings it has passed on the current line.
extension JSONScanner {
  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The location of the current byte, counted from the line's start: right anywhere, and
  /// the one for errors, which may stand inside a string.
  var here: SourceLocation { location(of: index) }

  /// The location of the current byte, which must start a token (not lie inside a string).
  ///
  /// Every byte before it on the line has been scanned and its continuation bytes counted, so
  /// the column is a subtraction.
  @inline(__always)
  var tokenLocation: SourceLocation {
    let fast = SourceLocation(
      line: line, column: index - lineStart - continuationBytesOnLine + 1)
    // Debug builds recount the line (short ones: a long minified line would be quadratic).
    assert(index - lineStart > 4096 || fast == location(of: index))
    return fast
  }

  /// The location of byte `offset`, which must lie on the current line, counted from the
  /// line's start.
  func location(of offset: Int) -> SourceLocation {
    let end = min(offset, bytes.count)
    let continuations = end > lineStart ? continuationByteCount(in: lineStart..<end) : 0
    return SourceLocation(line: line, column: end - lineStart - continuations + 1)
  }

  /// Steps over spaces, tabs, carriage returns and newlines, counting lines.
  @inline(__always)
  mutating func skipWhitespace() {
    while index < bytes.count {
      let byte = bytes[index]
      if byte > UInt8(ascii: " ") { return }
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
        lineStart = index
        continuationBytesOnLine = 0
        skipIndentation()
      default: return
      }
    }
  }

  /// Steps over the spaces that indent a line, eight at a time, and the last few at once.
  @inline(__always)
  private mutating func skipIndentation() {
    while index + 8 <= bytes.count {
      let others = ByteWord(at: bytes.baseAddress! + index).bits ^ ByteWord.spaces
      if others != 0 {
        // The first byte that is not a space holds the lowest set bit.
        index += others.trailingZeroBitCount &>> 3
        return
      }
      index += 8
    }
  }

  /// An error for the character at the current index, which is not what the grammar expects.
  mutating func unexpected(expected: String) throws(JSONSyntaxError) -> JSONSyntaxError {
    guard let byte = peek else { return .unexpectedEnd(expected: expected, at: here) }
    let start = index
    var shown: String
    if byte < 0x80 {
      let scalar = Unicode.Scalar(byte)
      shown = byte < 0x21 || byte == 0x7F ? "U+\(hex4(UInt32(byte)))" : String(Character(scalar))
    } else {
      try skipUTF8Sequence()
      shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      index = start
    }
    return .unexpectedCharacter(shown, expected: expected, at: location(of: start))
  }
}
