/// JSON Lines: one JSON document a line, blank lines skipped. Each value, and each syntax
/// error, carries its line in the whole file.
enum JSONLines {
  /// One line that holds something other than spaces and tabs.
  struct Line: Sendable {
    /// The line's number in the file, 1-based.
    var number: Int
    /// Its bytes, without the newline and a carriage return before it.
    var bytes: Range<Int>
  }

  /// The documents of `bytes`, in order, each parsed or refused on its own.
  static func documents(in bytes: [UInt8], parser: JSONParser = JSONParser()) -> [Result<
    JSONValue, JSONSyntaxError
  >] {
    lines(in: bytes).map { document(on: $0, of: bytes, parser: parser) }
  }

  /// The lines of `bytes` that hold a document (or something that fails to be one), in order.
  static func lines(in bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var number = 1
    var start = 0
    bytes.withUnsafeBufferPointer { buffer in
      while start <= buffer.count {
        let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
        var end = newline
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if buffer[start..<end].contains(where: {
          $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t")
        }) {
          lines.append(Line(number: number, bytes: start..<end))
        }
        number += 1
        start = newline + 1
      }
    }
    return lines
  }

  /// The document on `line` of `bytes`, every location counted in the whole file.
  static func document(on line: Line, of bytes: [UInt8], parser: JSONParser = JSONParser())
    -> Result<JSONValue, JSONSyntaxError>
  {
    Result { () throws(JSONSyntaxError) in
      try parser.parse(bytes[line.bytes], firstLine: line.number)
    }
  }
}
