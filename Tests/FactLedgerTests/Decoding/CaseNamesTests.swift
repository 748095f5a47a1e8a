import Testing

@testable import FactLedger

/// Enumerations read by length and text answer as `init(rawValue:)` does, for every raw value
/// and its near misses; a whole number read from its literal's bytes is `Int(_:)`'s.
@Suite("Enumerations and whole numbers read without String parsing")
struct CaseNamesTests {
  /// Every raw value, and text near it: other lengths, other letters, other cases, other
  /// scalars, other normal forms.
  private static func texts(near rawValues: [String]) -> [String] {
    var texts = ["", "K", "\u{212A}", "é", "e\u{301}", ";", "\u{37E}", "Geng Shuang"]
    for raw in rawValues {
      texts += [
        raw, raw + "s", String(raw.dropLast()), String(raw.dropFirst()), raw.uppercased(),
        raw.capitalized, "é" + raw.dropFirst(), " " + raw, raw + "\u{301}",
        String(raw.reversed()), raw.replacingOccurrences(of: "e", with: "\u{E9}"),
      ]
    }
    return texts
  }

  private static func agrees<Value: RawNamedCases & Equatable>(_ type: Value.Type) -> Bool {
    texts(near: Value.allCases.map(\.rawValue)).allSatisfy {
      Value.names.value(named: $0) == Value(rawValue: $0)
    }
  }

  @Test("each record enumeration finds what init(rawValue:) finds")
  func recordEnumerations() {
    #expect(Self.agrees(ClaimKind.self))
    #expect(Self.agrees(Assertion.Field.self))
    #expect(Self.agrees(Attribution.Kind.self))
    #expect(Self.agrees(Review.Status.self))
    #expect(Self.agrees(Source.Kind.self))
    #expect(ClaimKind.names.value(named: "furniture") == .furniture)
    #expect(Assertion.Field.names.value(named: "proposition") == .proposition)
    #expect(Attribution.Kind.names.value(named: "nonee") == nil)
  }

  /// Raw values another text can equal under `==`: the Kelvin sign is a `K`.
  private enum Units: String, CaseIterable, RawNamedCases {
    case kelvin = "K"
    case kilometres = "Km"
    case semicolon = ";"
    static let names = CaseNames<Units>()
  }

  @Test("raw values that other text can spell are found as init(rawValue:) finds them")
  func otherSpellings() {
    #expect(Self.agrees(Units.self))
    #expect(Units.names.value(named: "\u{212A}") == .kelvin)
    #expect(Units.names.value(named: "\u{212A}m") == .kilometres)
    #expect(Units.names.value(named: "\u{37E}") == .semicolon)
  }

  @Test("a misspelt enumeration member is reported as before")
  func misspelt() throws {
    var problems: [DecodingProblem] = []
    let json = try JSONParser().parse(#"{"type": "Explicit"}"#)
    #expect(Attribution(json: json, problems: &problems) == nil)
    #expect(
      problems.map(\.message) == [
        "unknown type 'Explicit'; expected one of 'explicit', 'contextual', 'none'"
      ])
    #expect(problems.map { "\($0.location)" } == ["1:10"])
  }

  @Test(
    "a whole number read from its literal's bytes is Int's reading",
    arguments: [
      "0", "-0", "7", "-7", "42", "3688", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "12345678901234567890", "1.5", "1e2",
      "-1E2", "0.0", "-0.5", "1e-2",
    ])
  func wholeNumber(literal: String) throws {
    let number = try #require(JSONNumber(literal: literal))
    #expect(WholeNumber.value(of: literal) == number.intValue)
    // The decoder refuses a whole number that `Int` writes otherwise by asking for `-0` alone.
    if let value = number.intValue {
      #expect((literal == String(value)) == (value != 0 || literal == "0"))
    }
  }

  @Test(
    "anchor offsets that are not whole numbers, or not written as Swift writes them, are refused as before",
    arguments: [
      ("-0", "'start' must be written as 0, not -0"),
      ("1e2", "'start' must be a whole number, not number"),
      ("2.0", "'start' must be a whole number, not number"),
      ("9223372036854775808", "'start' must be a whole number, not integer"),
      (#""3""#, "'start' must be a whole number, not string"),
    ])
  func anchorOffsets(start: String, message: String) throws {
    let text = #"{"exact": "x", "prefix": "", "suffix": "", "start": \#(start), "end": 4}"#
    var problems: [DecodingProblem] = []
    #expect(Anchor(json: try JSONParser().parse(text), problems: &problems) == nil)
    #expect(problems.map(\.message) == [message])
    #expect(problems.map { "\($0.location)" } == ["1:53"])
  }
}
