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
  mutating func add(_ key: String, _ value: JSONValue, into output: inout [UInt8]) {
    startMember(key, in: &output)
    writer.write(value, indent: indent + 2, into: &output)
  }

  /// Adds the member `key` holding a string.
  mutating func add(_ key: String, string: String, into output: inout [UInt8]) {
    startMember(key, in: &output)
    writer.appendQuoted(string, to: &output)
  }

  /// Adds the member `key` holding a string, or `null`.
  mutating func add(_ key: String, string: String?, into output: inout [UInt8]) {
    guard let string else { return add(key, .null, into: &output) }
    add(key, string: string, into: &output)
  }

  /// Adds the member `key` holding an integer.
  mutating func add(_ key: String, integer: Int, into output: inout [UInt8]) {
    startMember(key, in: &output)
    output.append(contentsOf: String(integer).utf8)
  }

  /// Adds the member `key` holding a boolean.
  mutating func add(_ key: String, bool: Bool, into output: inout [UInt8]) {
    startMember(key, in: &output)
    output.append(contentsOf: (bool ? "true" : "false").utf8)
  }

  /// Adds the member `key` holding an array of `count` elements, each on its own line, that
  /// `element` writes given its position and the indent it stands at.
  mutating func addArray(
    _ key: String, count: Int, into output: inout [UInt8],
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
  mutating func add(_ key: String, strings: [String], into output: inout [UInt8]) {
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
  private mutating func startMember(_ key: String, in output: inout [UInt8]) {
    output.append(contentsOf: (hasMembers ? ",\n" : "{\n").utf8)
    hasMembers = true
    writer.appendIndent(indent + 2, to: &output)
    writer.appendQuoted(key, to: &output)
    output.append(contentsOf: ": ".utf8)
  }
}
