/// The byte-level state machine behind `JSONParser`.
struct JSONScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONParser.Limits
  private let allowsDuplicateKeys: Bool
  private var index = 0
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
      index += 1
      depth -= 1
      return members
    }
    while true {
      skipWhitespace()
      guard peek == UInt8(ascii: "\"") else {
        throw try unexpected(expected: members.isEmpty ? "a string key or '}'" : "a string key")
      }
      let keyLocation = here
      let key = try parseString()
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
        index += 1
        depth -= 1
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
      index += 1
      depth -= 1
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
        index += 1
        depth -= 1
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

  // MARK: - Numbers

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
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
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
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

  // MARK: - Strings

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let quote = index
    index += 1
    let start = index
    // Fast path: no escapes, so the bytes are the string.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        try checkStringLength(index - start, from: quote)
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw .controlCharacterInString(byte, at: here) }
      if byte < 0x80 { index += 1 } else { try skipUTF8Sequence() }
    }
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        try checkStringLength(buffer.count, from: quote)
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try appendEscape(to: &buffer)
      case ..<0x20:
        throw .controlCharacterInString(byte, at: here)
      case ..<0x80:
        buffer.append(byte)
        index += 1
      default:
        let sequenceStart = index
        try skipUTF8Sequence()
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
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
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

  /// Steps over one well-formed UTF-8 sequence (Unicode table 3-7), or throws.
  private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    let lead = bytes[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: throw .invalidUTF8(at: here)
    }
    guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else {
      throw .invalidUTF8(at: here)
    }
    for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) {
      throw .invalidUTF8(at: here)
    }
    index += length
  }

  // MARK: - Position

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private var here: SourceLocation { mutating get { location(of: index) } }

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
  private mutating func location(of offset: Int) -> SourceLocation {
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
