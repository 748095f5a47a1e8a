import Testing

@testable import FactLedger

/// Random documents, written in random layouts while the writer notes where each value and key
/// starts: the parser must read back the same value with every location the writer noted.
///
/// The strings mix ASCII runs of every length around the scanner's eight-byte steps, non-ASCII
/// characters of two to four bytes, and every kind of escape, so columns after them are counted
/// in scalars whichever way the string was read.
@Suite("JSON parser: values and positions in any layout")
struct JSONParserLayoutTests {
  @Test("every value and key is where the writer put it", arguments: 0..<40)
  func positionsInRandomLayouts(seed: Int) throws {
    var document = LayoutWriter(seed: UInt64(seed))
    let expected = document.writeValue(depth: 0)
    document.writeSpace()
    let value = try JSONParser(limits: .generous).parse(document.text)
    #expect(value == expected)
    var locations: [FactLedger.SourceLocation] = []
    collectLocations(of: value, into: &locations)
    #expect(locations == document.locations)
  }

  @Test("a line indented by any number of spaces puts its value after them", arguments: 0...20)
  func indentation(spaces: Int) throws {
    let indent = String(repeating: " ", count: spaces)
    let text = "{\n\(indent)\"a\": [\n\(indent)1,\n\(indent) \t2\n\(indent)]\n}"
    let value = try JSONParser().parse(text)
    let member = try #require(value.objectMembers?.first)
    #expect(member.keyLocation == FactLedger.SourceLocation(line: 2, column: spaces + 1))
    #expect(
      member.value.arrayValue?.map(\.location) == [
        FactLedger.SourceLocation(line: 3, column: spaces + 1),
        FactLedger.SourceLocation(line: 4, column: spaces + 3),
      ])
    #expect(
      throws: JSONSyntaxError.unexpectedCharacter(
        "x", expected: "a value", at: FactLedger.SourceLocation(line: 2, column: spaces + 1))
    ) { try JSONParser().parse("[\n\(indent)x]") }
  }

  private func collectLocations(
    of value: JSONValue, into locations: inout [FactLedger.SourceLocation]
  ) {
    locations.append(value.location)
    switch value.kind {
    case .array(let elements):
      for element in elements { collectLocations(of: element, into: &locations) }
    case .object(let members):
      for member in members {
        locations.append(member.keyLocation)
        collectLocations(of: member.value, into: &locations)
      }
    default: break
    }
  }
}

/// Writes a random JSON document, noting the location of each value and key in file order.
private struct LayoutWriter {
  var text = ""
  var locations: [FactLedger.SourceLocation] = []
  private var line = 1
  private var column = 1
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  /// Pieces of string content: how each is written, and the text it stands for.
  private static let pieces: [(written: String, text: String)] = [
    ("a", "a"), ("Putin", "Putin"), ("Geng Shuang said", "Geng Shuang said"), (" ", " "),
    ("é", "é"), ("“", "“"), ("😀", "😀"), ("\\n", "\n"), ("\\\"", "\""), ("\\\\", "\\"),
    ("\\/", "/"), ("\\t", "\t"), ("\\u00e9", "é"), ("\\u201C", "“"), ("\\ud83d\\ude00", "😀"),
    ("\\u0000", "\u{0}"), ("e\u{301}", "e\u{301}"),
  ]
  private static let keys = [
    "id", "text", "anchor", "speaker", "caf\u{E9}", "\u{201C}quoted\u{201D}", "a long key name",
  ]
  private static let numbers = ["0", "-0", "12", "-4.50", "1e2", "2E-7", "12345678901234567890123"]
  private static let spaces = ["", " ", "\t", "\n", "\r\n", "\n  ", "\n          ", "\n\t\t"]

  private mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
  }

  private mutating func write(_ piece: String) {
    for scalar in piece.unicodeScalars {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    text += piece
  }

  mutating func writeSpace() { write(Self.spaces[next(Self.spaces.count)]) }

  private mutating func noteLocation() {
    locations.append(SourceLocation(line: line, column: column))
  }

  /// Writes a string of random pieces, and returns the text it stands for.
  private mutating func writeString() -> String {
    var decoded = ""
    write("\"")
    for _ in 0..<next(12) {
      let piece = Self.pieces[next(Self.pieces.count)]
      let repeats = piece.text.unicodeScalars.count == 1 ? 1 + next(10) : 1
      for _ in 0..<repeats {
        write(piece.written)
        decoded += piece.text
      }
    }
    write("\"")
    return decoded
  }

  /// Writes a value, and returns it as the parser should read it (locations aside).
  mutating func writeValue(depth: Int) -> JSONValue {
    writeSpace()
    noteLocation()
    switch next(depth < 4 ? 7 : 5) {
    case 0:
      write("null")
      return .null
    case 1:
      let flag = next(2) == 0
      write(flag ? "true" : "false")
      return .bool(flag)
    case 2:
      let literal = Self.numbers[next(Self.numbers.count)]
      write(literal)
      return .number(JSONNumber(literal: literal)!)
    case 3, 4:
      return .string(writeString())
    case 5:
      write("[")
      var elements: [JSONValue] = []
      for index in 0..<next(6) {
        if index > 0 { write(",") }
        elements.append(writeValue(depth: depth + 1))
        writeSpace()
      }
      if elements.isEmpty { writeSpace() }
      write("]")
      return .array(elements)
    default:
      write("{")
      var members: [JSONMember] = []
      for (index, key) in Self.keys.shuffled(using: &self).prefix(next(Self.keys.count))
        .enumerated()
      {
        if index > 0 { write(",") }
        writeSpace()
        noteLocation()
        write("\"\(key)\"")
        writeSpace()
        write(":")
        members.append(JSONMember(key: key, value: writeValue(depth: depth + 1)))
        writeSpace()
      }
      if members.isEmpty { writeSpace() }
      write("}")
      return JSONValue(.object(members))
    }
  }
}

extension LayoutWriter: RandomNumberGenerator {
  mutating func next() -> UInt64 { UInt64(next(Int.max)) }
}
