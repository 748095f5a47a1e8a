import Testing

@testable import FactLedger

@Suite("Reading typed fields")
struct FieldReaderTests {
  /// The value of `start` in `{"start": literal}`, and the problems noted reading it.
  private func start(_ literal: String) throws -> (Int?, [String]) {
    let json = try JSONParser().parse("{\n  \"start\": \(literal)\n}")
    var problems: [DecodingProblem] = []
    let reader = try #require(FieldReader(json, as: "anchor", keys: ["start"], problems: &problems))
    let value = reader.integer("start", problems: &problems)
    return (value, problems.map { "\($0.location): \($0.message)" })
  }

  @Test("an integer is read when written as the ledger writes it back")
  func canonicalIntegers() throws {
    for (literal, value) in [("0", 0), ("-1", -1), ("9223372036854775807", Int.max)] {
      let (read, problems) = try start(literal)
      #expect(read == value && problems.isEmpty, "\(literal): \(problems)")
    }
  }

  @Test("-0 is refused at its place, since the ledger would write it back as 0")
  func negativeZero() throws {
    let (read, problems) = try start("-0")
    #expect(read == nil)
    #expect(problems == ["2:12: 'start' must be written as 0, not -0"])
  }

  @Test(
    "a whole number with a fraction or an exponent is refused with its plain spelling; a fraction is not a whole number",
    arguments: [
      ("1.0", "written as 1, not 1.0"), ("1e2", "written as 100, not 1e2"),
      ("-0.0", "written as 0, not -0.0"), ("0.5", "a whole number, not 0.5"),
    ])
  func notWhole(literal: String, expected: String) throws {
    let (read, problems) = try start(literal)
    #expect(read == nil)
    #expect(problems == ["2:12: 'start' must be \(expected)"])
  }

  @Test("a reader of a tree made for the call keeps its members, however much is allocated after")
  func keepsItsObjectAlive() throws {
    let text = #"{"id": "kochkin-joint-design-work", "kind": "quote", "start": 12}"#
    var problems: [DecodingProblem] = []
    // The parsed tree is the reader's own argument and nothing else holds it.
    let reader = try #require(
      FieldReader(
        try JSONParser().parse(text), as: "claim", keys: ["id", "kind", "start"],
        problems: &problems))
    // Memory of the same sizes handed out again, filled with other members.
    let churn = (0..<2_000).map { number in
      [JSONMember](
        repeating: JSONMember(key: "other-\(number)", value: .string("x\(number)")), count: 3)
    }
    #expect(reader.string("id", problems: &problems) == "kochkin-joint-design-work")
    #expect(reader.string("kind", problems: &problems) == "quote")
    #expect(reader.integer("start", problems: &problems) == 12)
    #expect(problems.isEmpty && churn.count == 2_000)
  }

  // MARK: - Looking keys up

  /// Texts a file could hold as keys: each allowed key, one byte changed, cut short, grown,
  /// in other cases, and in other spellings of the same letters.
  private static let candidateKeys: [String] = {
    let allowed = ["id", "article", "draft", "kind", "text", "anchor", "attribution", "note"]
    var keys = allowed
    for key in allowed {
      keys += [
        String(key.dropLast()), key + "s", key.uppercased(), "x" + key.dropFirst(),
        String(key.dropLast()) + "x", key + "\u{301}", "\u{212A}" + key.dropFirst(),
      ]
    }
    return keys + ["", "te\u{301}xt", "t\u{E9}xt", "\u{FEFF}id", "id\u{0}"]
  }()

  @Test("an allowed key is found exactly where a set of strings finds it")
  func keysAgreeWithASet() {
    let allowed = ["id", "article", "draft", "kind", "text", "anchor", "attribution", "note"]
    let keys: FieldKeys = [
      "id", "article", "draft", "kind", "text", "anchor", "attribution", "note",
    ]
    let set = Set(allowed)
    for key in Self.candidateKeys {
      #expect(keys.contains(key) == set.contains(key), "\(key.unicodeScalars.map(\.value))")
    }
  }

  @Test("a key with a K, a ; or a ` is found in its other spellings too, as a set finds it")
  func otherSpellings() throws {
    #expect("\u{212A}ind" == "Kind" && "a\u{37E}" == "a;" && "\u{1FEF}" == "`")
    let keys: FieldKeys = ["sourcedKinds", "a;", "`", "kind"]
    let set: Set = ["sourcedKinds", "a;", "`", "kind"]
    for key in ["sourced\u{212A}inds", "a\u{37E}", "\u{1FEF}", "sourcedKinds", "\u{212A}ind"] {
      #expect(keys.contains(key) == set.contains(key), "\(key.unicodeScalars.map(\.value))")
    }
    #expect(keys.contains("sourced\u{212A}inds") && !keys.contains("\u{212A}ind"))
    // Built by hand: the parser refuses a key that is not in Unicode's composed form.
    let json = JSONValue(
      .object([JSONMember(key: "sourced\u{212A}inds", value: .array([.string("quote")]))]))
    var problems: [DecodingProblem] = []
    let reader = try #require(
      FieldReader(json, as: "policy", keys: ["sourcedKinds"], problems: &problems))
    #expect(reader.strings("sourcedKinds", problems: &problems) == ["quote"] && problems.isEmpty)
  }

  @Test("each field is read from its own member, wherever it stands, and null counts as absent")
  func membersInAnyOrder() throws {
    let json = try JSONParser().parse(
      #"{"note": null, "text": "Moscow remains a junior partner", "kind": "quote", "id": "a-b"}"#)
    var problems: [DecodingProblem] = []
    let reader = try #require(
      FieldReader(json, as: "claim", keys: ["id", "kind", "text", "note"], problems: &problems))
    #expect(reader.string("id", problems: &problems) == "a-b")
    #expect(reader.string("kind", problems: &problems) == "quote")
    #expect(reader.string("text", problems: &problems) == "Moscow remains a junior partner")
    #expect(reader.string("note", isRequired: false, problems: &problems) == nil)
    #expect(problems.isEmpty)
    #expect(reader.string("note", problems: &problems) == nil)
    #expect(problems.map { "\($0.location): \($0.message)" } == ["1:1: claim is missing 'note'"])
  }

  @Test("a key that differs from an allowed one only in its spelling is unknown, at its place")
  func unknownSpellings() throws {
    // Built by hand: the parser refuses a key that is not in Unicode's composed form.
    let json = JSONValue(
      .object([
        JSONMember(
          key: "te\u{301}xt", keyLocation: SourceLocation(line: 2, column: 3), value: .string("x")),
        JSONMember(
          key: "Text", keyLocation: SourceLocation(line: 3, column: 3), value: .string("y")),
        JSONMember(
          key: "text", keyLocation: SourceLocation(line: 3, column: 16), value: .string("z")),
      ]))
    var problems: [DecodingProblem] = []
    let reader = try #require(
      FieldReader(json, as: "claim", keys: ["text"], problems: &problems))
    #expect(reader.string("text", problems: &problems) == "z")
    #expect(
      problems.map { "\($0.location): \($0.message)" } == [
        "2:3: unknown key 'te\u{301}xt' in claim", "3:3: unknown key 'Text' in claim",
      ])
  }
}
