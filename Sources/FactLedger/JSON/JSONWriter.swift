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
    var output = ""
    write(value, indent: 0, into: &output)
    output.append("\n")
    return output
  }

  /// The text of `value` on one line, with no spaces: for JSON Lines and hashing.
  public func compactString(for value: JSONValue) -> String {
    var output = ""
    writeCompact(value, into: &output)
    return output
  }

  private func write(_ value: JSONValue, indent: Int, into output: inout String) {
    switch value.kind {
    case .array(let elements) where !elements.isEmpty:
      output.append("[\n")
      for (position, element) in elements.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        write(element, indent: indent + 2, into: &output)
        output.append(position == elements.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent) + "]")
    case .object(let members) where !members.isEmpty:
      output.append("{\n")
      for (position, member) in members.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        appendQuoted(member.key, to: &output)
        output.append(": ")
        write(member.value, indent: indent + 2, into: &output)
        output.append(position == members.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent) + "}")
    default:
      writeCompact(value, into: &output)
    }
  }

  private func writeCompact(_ value: JSONValue, into output: inout String) {
    switch value.kind {
    case .null: output.append("null")
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .number(let number): output.append(number.literal)
    case .string(let text): appendQuoted(text, to: &output)
    case .array(let elements):
      output.append("[")
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(",") }
        writeCompact(element, into: &output)
      }
      output.append("]")
    case .object(let members):
      output.append("{")
      for (position, member) in members.enumerated() {
        if position > 0 { output.append(",") }
        appendQuoted(member.key, to: &output)
        output.append(":")
        writeCompact(member.value, into: &output)
      }
      output.append("}")
    }
  }

  private func appendQuoted(_ text: String, to output: inout String) {
    output.append("\"")
    // Most strings need no escape: they go in whole, not scalar by scalar.
    if !text.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }) {
      output.append(text)
      output.append("\"")
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      case "\u{00}"..."\u{1F}": output.append("\\u" + hex4(scalar.value).lowercased())
      default: output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }
}
