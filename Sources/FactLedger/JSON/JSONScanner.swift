/// The byte-level state machine behind `JSONParser`.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: JSONParser.Limits
  private let allowsDuplicateKeys: Bool
  var index = 0
  private var depth = 0
  private var line = 1
  private var lineStart = 0
  // Locations are asked for in file order, so columns are counted on from the last one.
  private var columnMarkIndex = 0
  private var columnMark = 1

  init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONParser.Limits, allowsDuplicateKeys: Bool) {
    self.bytes = bytes
    self.limits = limits
    self.allowsDuplicateKeys = allowsDuplicateKeys
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    let value = try parseValue()
    skipWhitespace()
    if index < bytes.count { throw .trailingContent(at: location(of: index)) }
    return value
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw .unexpectedEnd(expected: "a value", at: here) }
    let start = here
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONValue(.object(try parseObject()), at: start)
    case UInt8(ascii: "["): return JSONValue(.array(try parseArray()), at: start)
    case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONValue(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONValue(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONValue(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(.number(JSONNumber(checkedLiteral: try parseNumber())), at: start)
    default:
      throw try unexpected(expected: "a value")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
    try enterContainer()
    index += 1
    var members: [JSONMember] = []
    // Objects are small: a linear scan finds a repeated key faster than hashing, until the
    // object grows past a few dozen members.
    var keyIndex: [String: SourceLocation] = [:]
    skipWhitespace()
    if peek == UInt8(ascii: "}") {
      leaveContainer()
      return members
    }
    while true {
      skipWhitespace()
      guard peek == UInt8(ascii: "\"") else {
        throw try unexpected(expected: members.isEmpty ? "a string key or '}'" : "a string key")
      }
      let keyLocation = here
      let key = try parseString()
      try checkNormalForm(of: key, at: keyLocation)
      if !allowsDuplicateKeys {
        if members.count < 32 {
          if let first = members.first(where: { $0.key == key }) {
            throw .duplicateKey(key, first: first.keyLocation, second: keyLocation)
          }
        } else {
          if keyIndex.isEmpty {
            for member in members { keyIndex[member.key] = member.keyLocation }
          }
          if let first = keyIndex.updateValue(keyLocation, forKey: key) {
            throw .duplicateKey(key, first: first, second: keyLocation)
          }
        }
      }
      skipWhitespace()
      guard peek == UInt8(ascii: ":") else { throw try unexpected(expected: "':'") }
      index += 1
      members.append(JSONMember(key: key, keyLocation: keyLocation, value: try parseValue()))
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        leaveContainer()
        return members
      default: throw try unexpected(expected: "',' or '}'")
      }
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> [JSONValue] {
    let start = here
    try enterContainer()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek == UInt8(ascii: "]") {
      leaveContainer()
      return elements
    }
    while true {
      if elements.count == limits.maxArrayItems {
        throw .limitExceeded(
          .arrayItems, found: elements.count + 1, limit: limits.maxArrayItems, at: start)
      }
      elements.append(try parseValue())
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        leaveContainer()
        return elements
      default: throw try unexpected(expected: "',' or ']'")
      }
    }
  }

  private mutating func enterContainer() throws(JSONSyntaxError) {
    depth += 1
    if depth > limits.maxDepth {
      throw .limitExceeded(.depth, found: depth, limit: limits.maxDepth, at: here)
    }
  }

  /// Steps over the closing bracket or brace of the container being parsed.
  private mutating func leaveContainer() {
    index += 1
    depth -= 1
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = index
    for (offset, expected) in UnsafeBufferPointer(
      start: literal.utf8Start, count: literal.utf8CodeUnitCount
    ).enumerated() {
      index = start + offset
      guard index < bytes.count else { throw .unexpectedEnd(expected: "'\(literal)'", at: here) }
      guard bytes[index] == expected else { throw try unexpected(expected: "'\(literal)'") }
    }
    index = start + literal.utf8CodeUnitCount
  }

  // MARK: - Position

  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  var here: SourceLocation { mutating get { location(of: index) } }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  /// The location of byte `offset`, which must lie on the current line.
  mutating func location(of offset: Int) -> SourceLocation {
    if columnMarkIndex < lineStart || columnMarkIndex > offset {
      columnMarkIndex = lineStart
      columnMark = 1
    }
    var column = columnMark
    for position in columnMarkIndex..<min(offset, bytes.count) where bytes[position] & 0xC0 != 0x80
    {
      column += 1
    }
    columnMarkIndex = offset
    columnMark = column
    return SourceLocation(line: line, column: column)
  }

  /// An error for the character at the current index, which is not what the grammar expects.
  private mutating func unexpected(expected: String) throws(JSONSyntaxError) -> JSONSyntaxError {
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
