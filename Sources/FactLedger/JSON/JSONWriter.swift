/// Writes JSON in factledger's one stable layout.
///
/// The layout: members in the value's own order, two spaces of indent, one member or element
/// a line, `[]` and `{}` for empty containers, `": "` after keys, non-ASCII text as UTF-8,
/// only `"`, `\` and control characters escaped, and a trailing newline. It is the layout of
/// Python's `json.dumps(value, indent=2, ensure_ascii=False)`, so files written by hand or by
/// script in that layout load and re-write unchanged.
public struct JSONWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The text of `value` in the stable layout, ending with a newline.
  public func string(for value: JSONValue) -> String {
    String(decoding: bytes(for: value), as: UTF8.self)
  }

  /// The UTF-8 bytes of `value` in the stable layout, ending with a newline.
  ///
  /// A long array (a report's results, a listing's records) is written on all cores, in parts
  /// joined in order (`writeElements`), so the output is the same as written on one.
  public func bytes(for value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    write(value, indent: 0, into: &output)
    output.append(UInt8(ascii: "\n"))
    return output
  }

  /// The text of `value` on one line, with no spaces: for JSON Lines and hashing.
  public func compactString(for value: JSONValue) -> String {
    var output: [UInt8] = []
    writeCompact(value, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
    switch value.kind {
    case .array(let elements) where !elements.isEmpty:
      output.append(contentsOf: "[\n".utf8)
      if elements.count >= Self.parallelThreshold {
        writeElements(
          of: StreamedArray(count: elements.count) { elements[$0] }, indent: indent
        ) { output.append(contentsOf: $0) }
      } else {
        for (position, element) in elements.enumerated() {
          writeElement(at: position, of: elements.count, indent: indent, into: &output) {
            write(element, indent: indent + 2, into: &$0)
          }
        }
      }
      appendIndent(indent, to: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      output.append(contentsOf: "{\n".utf8)
      for (position, member) in members.enumerated() {
        appendIndent(indent + 2, to: &output)
        appendQuoted(member.key, to: &output)
        output.append(contentsOf: ": ".utf8)
        write(member.value, indent: indent + 2, into: &output)
        output.append(contentsOf: (position == members.count - 1 ? "\n" : ",\n").utf8)
      }
      appendIndent(indent, to: &output)
      output.append(UInt8(ascii: "}"))
    default:
      writeCompact(value, into: &output)
    }
  }

  /// One element of an array of `count` on its own line, below an array at `indent`, with
  /// the comma that follows all but the last; `writeValue` writes the element itself.
  func writeElement(
    at position: Int, of count: Int, indent: Int, into output: inout [UInt8],
    _ writeValue: (inout [UInt8]) -> Void
  ) {
    appendIndent(indent + 2, to: &output)
    writeValue(&output)
    output.append(contentsOf: (position == count - 1 ? "\n" : ",\n").utf8)
  }

  func appendIndent(_ count: Int, to output: inout [UInt8]) {
    // Copied from a row of spaces in the binary: appending a repeated element goes a byte at a
    // time, and a row kept in an array had its reference counted by every core at once.
    var left = count
    while left > 0 {
      let part = min(left, Self.spaces.utf8CodeUnitCount)
      Self.spaces.withUTF8Buffer {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: $0.prefix(part)))
      }
      left -= part
    }
  }

  private static let spaces: StaticString =
    "                                                                "

  private func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
    switch value.kind {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): output.append(contentsOf: number.literal.utf8)
    case .string(let text): appendQuoted(text, to: &output)
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        writeCompact(element, into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (position, member) in members.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        appendQuoted(member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        writeCompact(member.value, into: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// `text` in quotes, with only `"`, `\\` and control characters escaped.
  func appendQuoted(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Most strings need no escape: they go in whole, not byte by byte, and are scanned
      // eight bytes at a time for the bytes the parser ends a plain run of a string at.
      var runStart = 0
      var position = 0
      while position < bytes.count {
        if bytes.count - position >= 8 {
          let delimiters = ByteWord(at: bytes.baseAddress! + position).stringDelimiters
          guard delimiters != 0 else {
            position += 8
            continue
          }
          position += ByteWord.offset(ofFirstIn: delimiters)
        }
        let byte = bytes[position]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
          output.append(contentsOf: Self.escape(byte).utf8)
          runStart = position + 1
        }
        position += 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The escape of a byte that cannot stand in a JSON string as it is.
  private static func escape(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): "\\\""
    case UInt8(ascii: "\\"): "\\\\"
    case UInt8(ascii: "\n"): "\\n"
    case UInt8(ascii: "\r"): "\\r"
    case UInt8(ascii: "\t"): "\\t"
    case 0x08: "\\b"
    case 0x0C: "\\f"
    default: "\\u" + hex4(UInt32(byte)).lowercased()
    }
  }
}
