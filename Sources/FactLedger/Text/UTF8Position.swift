/// Where in a file's bytes a problem is, as `path:line:column` names it.
enum UTF8Position {
  /// The offset and value of the first byte that does not start or continue a UTF-8 scalar.
  static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> (Int, UInt8) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = bytes.startIndex
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return (offset, bytes[offset])
      case .emptyInput: return (bytes.endIndex, 0)
      }
    }
  }

  /// The 1-based line and column (in scalars, a broken byte counting as one) of `offset`.
  static func location(of offset: Int, in bytes: ArraySlice<UInt8>) -> SourceLocation {
    var line = 1
    var column = 1
    for byte in bytes[bytes.startIndex..<offset] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  /// The finding for bytes that are not UTF-8: at the first bad byte, naming it.
  static func notUTF8(_ bytes: [UInt8], path: String, rule: RuleID) -> Finding {
    let (offset, byte) = firstInvalidByte(in: bytes[...])
    return Finding(
      .error, path: path, at: location(of: offset, in: bytes[...]), notUTF8Message(byte: byte),
      rule: rule)
  }

  /// What a file that is not UTF-8 is told, `byte` being its first bad one.
  static func notUTF8Message(byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return
      "the file is not UTF-8 text: byte 0x\(digits.count < 2 ? "0" + digits : digits) here starts no UTF-8 character (convert it first, for example with iconv -t UTF-8)"
  }
}
