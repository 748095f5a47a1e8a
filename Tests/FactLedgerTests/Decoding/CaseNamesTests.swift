import Testing

@testable import FactLedger

/// Enumerations read by length and text answer as `init(rawValue:)` does, for every raw value
/// and its near misses.
@Suite("Enumerations read without String parsing")
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
}
