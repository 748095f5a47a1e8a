/// Why a text is not the JSON that RFC 8259 allows, and where.
public enum JSONSyntaxError: Error, Sendable, Equatable {
  /// A character that cannot stand here.
  case unexpectedCharacter(String, expected: String, at: SourceLocation)
  /// The text ended while a value was still open.
  case unexpectedEnd(expected: String, at: SourceLocation)
  /// A string holds a raw control character (U+0000 to U+001F).
  case controlCharacterInString(UInt8, at: SourceLocation)
  /// A backslash escape that JSON does not define.
  case invalidEscape(String, at: SourceLocation)
  /// A `\u` escape that names half a surrogate pair, or a pair out of order.
  case invalidSurrogate(String, at: SourceLocation)
  /// A number that breaks JSON's number grammar.
  case invalidNumber(String, at: SourceLocation)
  /// Bytes that are not UTF-8.
  case invalidUTF8(at: SourceLocation)
  /// The file starts with a byte order mark, which RFC 8259 forbids.
  case byteOrderMark
  /// Something follows the top-level value.
  case trailingContent(at: SourceLocation)
  /// An object names the same key twice.
  case duplicateKey(String, first: SourceLocation, second: SourceLocation)
  /// An object key that is not in Unicode Normalization Form C, with its NFC spelling and the
  /// first scalar that differs.
  case keyNotInNormalFormC(String, normalized: String, scalar: UInt32, at: SourceLocation)
  /// The input goes past one of its limits (size, nesting, string, array or number length).
  case limitExceeded(InputLimit, found: Int, limit: Int, at: SourceLocation)

  /// Where the problem is.
  public var location: SourceLocation {
    switch self {
    case .unexpectedCharacter(_, _, let at), .unexpectedEnd(_, let at),
      .controlCharacterInString(_, let at), .invalidEscape(_, let at),
      .invalidSurrogate(_, let at), .invalidNumber(_, let at), .invalidUTF8(let at),
      .trailingContent(let at), .limitExceeded(_, _, _, let at),
      .keyNotInNormalFormC(_, _, _, let at):
      at
    case .duplicateKey(_, _, let second): second
    case .byteOrderMark: .start
    }
  }

  /// A lowercase message that quotes the offending text.
  public var message: String {
    switch self {
    case .unexpectedCharacter(let found, let expected, _):
      "unexpected '\(found)', expected \(expected)"
    case .unexpectedEnd(let expected, _):
      "unexpected end of file, expected \(expected)"
    case .controlCharacterInString(let byte, _):
      "raw control character U+\(hex4(UInt32(byte))) in a string; write it as an escape"
    case .invalidEscape(let escape, _):
      "invalid escape '\(escape)' in a string"
    case .invalidSurrogate(let escape, _):
      "'\(escape)' is half of a UTF-16 surrogate pair; it is not a character"
    case .invalidNumber(let text, _):
      "invalid number '\(text)'"
    case .invalidUTF8:
      "bytes that are not UTF-8"
    case .byteOrderMark:
      "the file starts with a byte order mark; save it as UTF-8 without one"
    case .trailingContent:
      "unexpected content after the top-level value"
    case .duplicateKey(let key, let first, _):
      "duplicate key '\(key)' (first at \(first))"
    case .keyNotInNormalFormC(let key, let normalized, let scalar, _):
      "key '\(key)' is not in Unicode normal form C (it has U+\(hex4(scalar))); write it as '\(normalized)'"
    case .limitExceeded(let which, let found, let limit, _):
      which.describe(found: found, limit: limit)
    }
  }
}

/// Four uppercase hexadecimal digits.
func hex4(_ value: UInt32) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
