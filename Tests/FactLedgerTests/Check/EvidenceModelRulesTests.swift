import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Evidence that passes its schema and still cannot be read as written: a period that ends
/// before it starts, a duration of more days than can be counted, a figure beyond the numbers
/// that can be compared. Each was read as something else (a negative duration "supporting" a
/// period, a fact dropped unseen); each is refused, by `check` and by `validate` alike, in every
/// evidence format.
@Suite("Evidence the schema passes and the checker cannot read")
struct EvidenceModelRulesTests {
  /// An evidence item of claim `c1` with `facts`.
  static func item(_ facts: String) -> String {
    #"{"id": "ev-1", "claims": ["c1"], "source": {"publisher": "TASS"}, "facts": {\#(facts)}}"#
  }

  /// The messages of the problems `check` finds in `text`, a file named `name`.
  static func loaderProblems(_ text: String, as name: String) throws -> [String] {
    let folder = try TemporaryFolder()
    try folder.write(text, to: name)
    do {
      _ = try EvidenceLoader().load(at: folder.path + "/" + name, claimIDs: ["c1"])
      return []
    } catch {
      guard case .invalid(let diagnostics) = error else { return [error.message] }
      return diagnostics.map { "\($0.location): \($0.message) [\($0.rule)]" }
    }
  }

  /// The messages of the problems `validate` finds in `text`, a file named `name`.
  static func validatorProblems(_ text: String, as name: String) throws -> [String] {
    let folder = try TemporaryFolder()
    try folder.write(text, to: name)
    return try FileValidator().validate(fileAt: folder.path + "/" + name, as: .evidenceItem)
      .map { "\($0.location): \($0.message) [\($0.rule)]" }
  }

  @Test(
    "an item whose end comes before its start is refused, whatever the dates' precision",
    arguments: [
      (#""start": "2020-01-05", "end": "2019-11-01""#, "2019-11-01", "2020-01-05"),
      (#""start": "2020", "end": "2019-12""#, "2019-12", "2020"),
      (#""start": "2019-12", "end": "2019-11-30""#, "2019-11-30", "2019-12"),
      (#""start": "2019-12-02", "end": "2019-12-01""#, "2019-12-01", "2019-12-02"),
    ])
  func reversedPeriod(facts: String, end: String, start: String) throws {
    let message = "a period cannot end (\(end)) before it starts (\(start))"
    let found = try Self.loaderProblems(Self.item(facts), as: "e.jsonl")
    #expect(found.count == 1)
    #expect(
      found.first?.contains("\(message) (item 'ev-1') [schema-violation]") == true, "\(found)")
    #expect(try Self.validatorProblems(Self.item(facts), as: "e.jsonl") == found)
  }

  @Test(
    "an empty name, quote or place among the facts is refused: it says nothing, and was read as a speaker no one could be",
    arguments: [
      #""speaker": """#, #""quote": """#, #""role": """#, #""venue": """#, #""event": """#,
      #""organization": """#, #""outlet": """#, #""within": {"Tsugol": [""]}"#,
    ])
  func emptyText(facts: String) throws {
    let found = try Self.loaderProblems(Self.item(facts), as: "e.jsonl")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains("[schema-violation]") == true, "\(found)")
    #expect(try Self.validatorProblems(Self.item(facts), as: "e.jsonl") == found)
  }

  @Test(
    "dates that can overlap are a period, however precisely each is given",
    arguments: [
      #""start": "2019-12-05", "end": "2019-12-05""#, #""start": "2019-12", "end": "2019-12-05""#,
      #""start": "2019-12-05", "end": "2019-12""#, #""start": "2019", "end": "2019-01""#,
      #""start": "2019-12-31", "end": "2019""#,
    ])
  func overlappingPeriod(facts: String) throws {
    #expect(try Self.loaderProblems(Self.item(facts), as: "e.jsonl") == [])
    #expect(try Self.validatorProblems(Self.item(facts), as: "e.jsonl") == [])
  }

  @Test(
    "a duration of more days than can be counted is refused, not dropped",
    arguments: ["1e19", "9223372036854775808", "123456789012345678901234567890"])
  func hugeDuration(days: String) throws {
    let text = Self.item(#""durationDays": \#(days)"#)
    let found = try Self.loaderProblems(text, as: "e.jsonl")
    #expect(
      found == [
        "1:93: 'durationDays' \(days) is more days than can be counted (at most 9223372036854775807) (item 'ev-1') [schema-violation]"
      ])
    #expect(try Self.validatorProblems(text, as: "e.jsonl") == found)
  }

  @Test(
    "a whole number of days is read however the schema lets it be written",
    arguments: [("30", 30), ("3e1", 30), ("30.0", 30), ("9223372036854775807", Int.max)])
  func wholeDuration(days: String, value: Int) throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.item(#""durationDays": \#(days)"#), to: "e.jsonl")
    let items = try EvidenceLoader().load(at: folder.path + "/e.jsonl", claimIDs: ["c1"])
    #expect(items.map(\.facts.durationDays) == [value])
  }

  @Test(
    "a count or amount beyond the numbers that can be compared is refused",
    arguments: ["count", "amount"], ["1e400", "-1e400"])
  func hugeFigure(field: String, amount: String) throws {
    let text = Self.item(#""\#(field)": {"amount": \#(amount), "unit": "troops"}"#)
    let found = try Self.loaderProblems(text, as: "e.jsonl")
    #expect(found.count == 1)
    #expect(
      found.first?.hasSuffix(
        "'amount' \(amount) is beyond the range of numbers that can be compared (about ±1.8e308) (item 'ev-1') [schema-violation]"
      ) == true, "\(found)")
    #expect(try Self.validatorProblems(text, as: "e.jsonl") == found)
  }

  @Test(
    "a place given twice in 'within' is refused in CSV as the JSON parser refuses a key given twice"
  )
  func withinTwice() throws {
    let csv = """
      id,claims,source.publisher,facts.within
      ev-1,c1,TASS,Oman > Asia; Chita; Oman > Africa
      """
    let found = try Self.loaderProblems(csv, as: "e.csv")
    #expect(
      found == [
        "2:14: 'within' gives the place 'Oman' twice (item 'ev-1') [schema-violation]"
      ])
    let folder = try TemporaryFolder()
    try folder.write(csv, to: "e.csv")
    let validated = try FileValidator().validate(fileAt: folder.path + "/e.csv")
      .map { "\($0.location): \($0.message) [\($0.rule)]" }
    #expect(validated == found)
    let json = Self.item(#""within": {"Oman": ["Asia"], "Oman": ["Africa"]}"#)
    #expect(
      try Self.loaderProblems(json, as: "e.jsonl").first?.contains("duplicate key 'Oman'") == true)
  }

  @Test("an id repeated in one file is refused by validate as check refuses it")
  func repeatedID() throws {
    let item = Self.item(#""start": "2019-12-27""#)
    let text = [item, item].joined(separator: "\n")
    let found = try Self.loaderProblems(text, as: "e.jsonl")
    #expect(found == ["2:8: duplicate evidence id 'ev-1' (first at 1:1) [duplicate-id]"])
    #expect(try Self.validatorProblems(text, as: "e.jsonl") == found)
  }

  @Test("JSON, JSON Lines and CSV evidence are refused alike, each problem at its place")
  func everyFormat() throws {
    let json = """
      {"items": [
        \(Self.item(#""start": "2020-01-05", "end": "2019-11-01""#)),
        \(Self.item(#""durationDays": 1e19"#).replacingOccurrences(of: "ev-1", with: "ev-2"))
      ]}
      """
    let csv = """
      id,claims,source.publisher,facts.start,facts.end,facts.durationDays
      ev-1,c1,TASS,2020-01-05,2019-11-01,
      ev-2,c1,TASS,,,1e19
      """
    for (name, text, expected) in [
      (
        "e.json", json,
        [
          "2:109: a period cannot end (2019-11-01) before it starts (2020-01-05) (item 'ev-1') [schema-violation]",
          "3:95: 'durationDays' 1e19 is more days than can be counted (at most 9223372036854775807) (item 'ev-2') [schema-violation]",
        ]
      ),
      (
        "e.csv", csv,
        [
          "2:25: a period cannot end (2019-11-01) before it starts (2020-01-05) (item 'ev-1') [schema-violation]",
          "3:16: 'durationDays' 1e19 is more days than can be counted (at most 9223372036854775807) (item 'ev-2') [schema-violation]",
        ]
      ),
    ] {
      let found = try Self.loaderProblems(text, as: name)
      #expect(found == expected, "\(name)")
      let folder = try TemporaryFolder()
      try folder.write(text, to: name)
      let validated = try FileValidator().validate(
        fileAt: folder.path + "/" + name, as: name.hasSuffix(".json") ? .evidence : nil
      )
      .map { "\($0.location): \($0.message) [\($0.rule)]" }
      #expect(validated == expected, "\(name)")
    }
  }
}
