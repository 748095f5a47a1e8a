/// An object written member by member straight into bytes, in the layout `JSONWriter` gives a
/// `JSONValue.object` of the same members: for a report's writer of many records, which then
/// makes no tree of values for each.
///
/// Members go in in the order they are added; `finish` closes the object. An object given no
/// member is `{}`, as the writer writes an empty one.
struct JSONObjectWriter {
  /// The indent the object itself stands at.
  private let indent: Int
  /// Whether a member was written.
  private var hasMembers = false
  private let writer = JSONWriter()

  /// Starts an object standing at `indent`.
  init(indent: Int) {
    self.indent = indent
  }

  /// Adds the member `key` holding `value`.
  mutating func add(_ key: StaticString, _ value: JSONValue, into output: inout [UInt8]) {
    startMember(key, in: &output)
    writer.write(value, indent: indent + 2, into: &output)
  }

  /// Adds the member `key` holding a string.
  mutating func add(_ key: StaticString, string: String, into output: inout [UInt8]) {
    startMember(key, in: &output)
    writer.appendQuoted(string, to: &output)
  }

  /// Adds the member `key` holding a string, or `null`.
  mutating func add(_ key: StaticString, string: String?, into output: inout [UInt8]) {
    guard let string else { return add(key, .null, into: &output) }
    add(key, string: string, into: &output)
  }

  /// Adds the member `key` holding an integer.
  mutating func add(_ key: StaticString, integer: Int, into output: inout [UInt8]) {
    startMember(key, in: &output)
    output.append(contentsOf: String(integer).utf8)
  }

  /// Adds the member `key` holding a boolean.
  mutating func add(_ key: StaticString, bool: Bool, into output: inout [UInt8]) {
    startMember(key, in: &output)
    output.append(contentsOf: (bool ? "true" : "false").utf8)
  }

  /// Adds the member `key` holding an array of `count` elements, each on its own line, that
  /// `element` writes given its position and the indent it stands at.
  mutating func addArray(
    _ key: StaticString, count: Int, into output: inout [UInt8],
    element: (_ position: Int, _ indent: Int, _ output: inout [UInt8]) -> Void
  ) {
    startMember(key, in: &output)
    guard count > 0 else { return output.append(contentsOf: "[]".utf8) }
    output.append(contentsOf: "[\n".utf8)
    for position in 0..<count {
      writer.writeElement(at: position, of: count, indent: indent + 2, into: &output) {
        element(position, indent + 4, &$0)
      }
    }
    writer.appendIndent(indent + 2, to: &output)
    output.append(UInt8(ascii: "]"))
  }

  /// Adds the member `key` holding an array of strings.
  mutating func add(_ key: StaticString, strings: [String], into output: inout [UInt8]) {
    let writer = writer
    addArray(key, count: strings.count, into: &output) { position, _, output in
      writer.appendQuoted(strings[position], to: &output)
    }
  }

  /// Closes the object.
  func finish(_ output: inout [UInt8]) {
    guard hasMembers else { return output.append(contentsOf: "{}".utf8) }
    output.append(UInt8(ascii: "\n"))
    writer.appendIndent(indent, to: &output)
    output.append(UInt8(ascii: "}"))
  }

  /// The opening of the object or the comma after the member before, then the key.
  ///
  /// Keys are names written in the code (static strings) that need no escape: they are copied
  /// as they stand, as are the bytes around them (appending a `String`'s UTF-8 view and
  /// quoting the key took about 800 instructions a member).
  private mutating func startMember(_ key: StaticString, in output: inout [UInt8]) {
    assert(
      key.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } },
      "the key \(key) needs an escape")
    Self.append(hasMembers ? ",\n" : "{\n", to: &output)
    hasMembers = true
    writer.appendIndent(indent + 2, to: &output)
    output.append(UInt8(ascii: "\""))
    Self.append(key, to: &output)
    Self.append("\": ", to: &output)
  }

  /// Appends the bytes of `text` as they stand.
  private static func append(_ text: StaticString, to output: inout [UInt8]) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
  }
}
