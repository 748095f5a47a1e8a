/// The byte-level state machine behind `JSONParser`.
struct JSONScanner: ~Copyable {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: JSONParser.Limits
  private let allowsDuplicateKeys: Bool
  var index = 0
  private var depth = 0
  /// The current line, 1-based.
  var line = 1
  /// The offset of the current line's first byte.
  var lineStart = 0
  /// How many UTF-8 continuation bytes the strings scanned on the current line hold.
  var continuationBytesOnLine = 0
  /// The members of the objects being parsed, innermost last.
  private(set) var members = ScratchStack<JSONMember>(capacity: 16)
  /// The elements of the arrays being parsed, innermost last.
  private var elements = ScratchStack<JSONValue>(capacity: 16)
  /// Whether short ASCII strings may be made from their bytes (`SmallASCIIString`).
  let makesSmallStrings = SmallASCIIString.isLayoutKnown

  init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONParser.Limits, allowsDuplicateKeys: Bool) {
    self.bytes = bytes
    self.limits = limits
    self.allowsDuplicateKeys = allowsDuplicateKeys
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    let value = try parseValue()
    skipWhitespace()
    if index < bytes.count { throw .trailingContent(at: here) }
    return value
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw .unexpectedEnd(expected: "a value", at: here) }
    let start = tokenLocation
    switch bytes[index] {
    case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "{"): return JSONValue(.object(try parseObject()), at: start)
    case UInt8(ascii: "["): return JSONValue(.array(try parseArray(at: start)), at: start)
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

  /// Parses the value of a member or an element: a string (the most common) where the
  /// container's loop stands, anything else by `parseValue()`, which does the same for a string.
  @inline(__always)
  private mutating func parseMemberOrElement() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      let start = tokenLocation
      return JSONValue(.string(try parseString()), at: start)
    }
    return try parseValue()
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
    try enterContainer()
    index += 1
    let first = members.count
    var keyIndex: [String: SourceLocation]?
    var seenKeys: UInt64 = 0
    skipWhitespace()
    if peek == UInt8(ascii: "}") {
      leaveContainer()
      return []
    }
    while true {
      skipWhitespace()
      guard peek == UInt8(ascii: "\"") else {
        throw try unexpected(
          expected: members.count == first ? "a string key or '}'" : "a string key")
      }
      let keyLocation = tokenLocation
      let keyStart = index
      let (key, isASCII) = try scanString()
      if !isASCII { try checkNormalForm(of: key, at: keyLocation) }
      if !allowsDuplicateKeys {
        try checkUnique(
          key, at: keyLocation, fingerprint: fingerprint(ofKey: key, from: keyStart),
          seen: &seenKeys, amongMembersFrom: first, index: &keyIndex)
      }
      skipWhitespace()
      guard peek == UInt8(ascii: ":") else { throw try unexpected(expected: "':'") }
      index += 1
      let value = try parseMemberOrElement()
      members.push(JSONMember(key: key, keyLocation: keyLocation, value: value))
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        leaveContainer()
        return members.popArray(from: first)
      default: throw try unexpected(expected: "',' or '}'")
      }
    }
  }

  private mutating func parseArray(at start: SourceLocation) throws(JSONSyntaxError)
    -> [JSONValue]
  {
    try enterContainer()
    index += 1
    let first = elements.count
    skipWhitespace()
    if peek == UInt8(ascii: "]") {
      leaveContainer()
      return []
    }
    while true {
      if elements.count - first == limits.maxArrayItems {
        throw .limitExceeded(
          .arrayItems, found: limits.maxArrayItems + 1, limit: limits.maxArrayItems, at: start)
      }
      let element = try parseMemberOrElement()
      elements.push(element)
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        leaveContainer()
        return elements.popArray(from: first)
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
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    if start + expected.count <= bytes.count,
      expected.indices.allSatisfy({ bytes[start + $0] == expected[$0] })
    {
      index = start + expected.count
      return
    }
    for (offset, byte) in expected.enumerated() {
      index = start + offset
      guard index < bytes.count else { throw .unexpectedEnd(expected: "'\(literal)'", at: here) }
      guard bytes[index] == byte else { throw try unexpected(expected: "'\(literal)'") }
    }
  }
}
