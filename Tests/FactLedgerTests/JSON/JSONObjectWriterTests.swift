import Testing

@testable import FactLedger

/// `JSONObjectWriter` writes an object member by member; it must write what `JSONWriter` writes
/// for the same members as a value, at any indent.
@Suite("JSON: objects written member by member")
struct JSONObjectWriterTests {
  /// A member of each kind the object writer adds, and what it stands for as a value.
  private enum Member {
    case string(StaticString, String)
    case optionalString(StaticString, String?)
    case integer(StaticString, Int)
    case bool(StaticString, Bool)
    case value(StaticString, JSONValue)
    case strings(StaticString, [String])
    /// An array of objects, each of the members given, written by `addArray`.
    case objects(StaticString, [[Member]])

    var asValue: JSONMember {
      switch self {
      case .string(let key, let text): JSONMember(key: "\(key)", value: .string(text))
      case .optionalString(let key, let text):
        JSONMember(key: "\(key)", value: text.map(JSONValue.string) ?? .null)
      case .integer(let key, let number): JSONMember(key: "\(key)", value: .integer(number))
      case .bool(let key, let flag): JSONMember(key: "\(key)", value: .bool(flag))
      case .value(let key, let value): JSONMember(key: "\(key)", value: value)
      case .strings(let key, let texts):
        JSONMember(key: "\(key)", value: .array(texts.map(JSONValue.string)))
      case .objects(let key, let objects):
        JSONMember(
          key: "\(key)", value: .array(objects.map { JSONValue(.object($0.map(\.asValue))) }))
      }
    }

    func add(to object: inout JSONObjectWriter, _ output: inout [UInt8]) {
      switch self {
      case .string(let key, let text): object.add(key, string: text, into: &output)
      case .optionalString(let key, let text): object.add(key, string: text, into: &output)
      case .integer(let key, let number): object.add(key, integer: number, into: &output)
      case .bool(let key, let flag): object.add(key, bool: flag, into: &output)
      case .value(let key, let value): object.add(key, value, into: &output)
      case .strings(let key, let texts): object.add(key, strings: texts, into: &output)
      case .objects(let key, let objects):
        object.addArray(key, count: objects.count, into: &output) { position, indent, output in
          var element = JSONObjectWriter(indent: indent)
          for member in objects[position] { member.add(to: &element, &output) }
          element.finish(&output)
        }
      }
    }
  }

  private static let samples: [Member] = [
    .string("id", "kochkin-joint-design-work"), .string("text", "He said \"no\"\n\tà la\u{1}"),
    .string("", ""), .string("contradicted-by_2", "—"), .optionalString("outlet", nil),
    .optionalString("cue", "According to"), .integer("line", 0), .integer("n", -42),
    .integer("big", Int.max), .integer("small", Int.min), .bool("vague", true),
    .bool("draft", false), .value("speaker", .object(["name": .string("Vladimir Putin")])),
    .value("via", .array([])), .value("list", .array([.string("tass"), .string("cnn")])),
    .value("empty", .object([:])), .value("null", .null),
    .value("deep", .object(["a": .array([.object(["b": .integer(1)]), .array([])])])),
    .strings("reasons", []), .strings("evidence", ["tass-1"]),
    .strings("notes", ["a \"note\"", "", "é\n"]),
    .objects("assertions", []), .objects("none", [[]]),
    .objects(
      "assertions",
      [
        [.string("field", "speaker"), .strings("supportedBy", ["e1", "e2"])],
        [.strings("details", []), .objects("inner", [[.integer("n", 1)], []])],
      ]),
  ]

  @Test("an object of any members, at any indent, is written as the writer writes the value")
  func sameAsValue() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for indent in [0, 2, 4, 10, 64, 70] {
      for count in 0...8 {
        for _ in 0..<30 {
          let members = (0..<count).map { _ in
            Self.samples.randomElement(using: &generator)!
          }
          var object = JSONObjectWriter(indent: indent)
          var output = Array("prefix".utf8)
          for member in members { member.add(to: &object, &output) }
          object.finish(&output)
          var expected = Array("prefix".utf8)
          JSONWriter().write(
            JSONValue(.object(members.map(\.asValue))), indent: indent, into: &expected)
          #expect(
            String(decoding: output, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            "seed \(seed)")
        }
      }
    }
  }
}
