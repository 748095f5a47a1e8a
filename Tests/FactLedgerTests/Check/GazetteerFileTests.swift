import Testing

@testable import FactLedger

/// What `gazetteer.json` may not say: a name that two entries answer to (the checker could only
/// take one of them), and a place that lies within itself, directly or through others (each
/// place of the loop would then contain the others, and evidence for one would support all).
@Suite("Gazetteer file: shared names and loops")
struct GazetteerFileTests {
  /// The problems of a gazetteer file holding `entries` (JSON objects), as "line:column: message".
  private static func problems(_ entries: [String]) throws -> [String] {
    let json = try JSONParser().parse(
      #"{"entries": [\#n"# + entries.joined(separator: ",\n") + "\n]}")
    var problems: [DecodingProblem] = []
    _ = Gazetteer(json: json, problems: &problems)
    return problems.map { "\($0.location): \($0.message)" }
  }

  @Test("a gazetteer whose names are all different and whose places nest is fine")
  func fine() throws {
    #expect(
      try Self.problems([
        #"{"name": "Russia", "aliases": ["Russian", "Russian Federation"]}"#,
        #"{"name": "Tsugol", "within": ["Zabaykalsky Krai"]}"#,
        #"{"name": "Zabaykalsky Krai", "aliases": ["Trans-Baikal region"], "within": ["Siberia"]}"#,
        #"{"name": "Siberia", "within": ["Russia"]}"#,
      ]) == [])
  }

  @Test(
    "a name or alias of two entries is an error at the second, naming both entries; case, spacing and a leading 'the' do not make names different"
  )
  func sharedName() throws {
    #expect(
      try Self.problems([
        #"{"name": "Gulf of Oman", "aliases": ["Sea of Oman"]}"#,
        #"{"name": "Arabian Sea", "aliases": ["the sea of  Oman"]}"#,
      ]) == [
        "3:37: 'the sea of  Oman' names both 'Gulf of Oman' (at 2:38) and 'Arabian Sea': a name or alias must name one entry"
      ])
    // An entry's own name given again as its alias is no clash.
    #expect(try Self.problems([#"{"name": "Russia", "aliases": ["russia"]}"#]) == [])
    // Two entries of one name.
    #expect(
      try Self.problems([#"{"name": "Georgia"}"#, #"{"name": "Georgia", "within": ["Caucasus"]}"#])
        == [
          "3:10: 'Georgia' names both 'Georgia' (at 2:10) and 'Georgia': a name or alias must name one entry"
        ])
  }

  @Test("a name or alias of punctuation or spaces alone is an error", arguments: ["…", "---", " "])
  func noLetters(alias: String) throws {
    let problems = try Self.problems([#"{"name": "Vladimir Putin", "aliases": ["\#(alias)"]}"#])
    #expect(problems.count == 1)
    #expect(
      problems.first?.hasSuffix(
        "has no letter or digit: it would name any text of punctuation alone") == true,
      "\(problems)")
  }

  @Test("a place within itself, by its name or an alias, is an error at that 'within'")
  func withinItself() throws {
    #expect(
      try Self.problems([
        #"{"name": "Siberia", "aliases": ["Sibir"], "within": ["Russia", "Sibir"]}"#
      ])
        == ["2:64: 'Siberia' lies within itself ('Sibir')"])
  }

  @Test(
    "places within each other in a loop are one error, at the first entry of the loop in the file, naming the loop"
  )
  func loop() throws {
    #expect(
      try Self.problems([
        #"{"name": "Tsugol", "within": ["Zabaykalsky Krai"]}"#,
        #"{"name": "Zabaykalsky Krai", "within": ["Siberia"]}"#,
        #"{"name": "Siberia", "within": ["Tsugol"]}"#,
      ]) == [
        "2:31: 'Tsugol' lies within 'Zabaykalsky Krai', which lies within it: Tsugol → Zabaykalsky Krai → Siberia → Tsugol"
      ])
  }

  @Test("a chain of 3,000 places is fine; closed into a loop it is one error naming all of them")
  func longChain() throws {
    let count = 3_000
    let chain = (0..<count).map { index in
      #"{"name": "Place \#(index)", "within": ["Place \#(index + 1)"]}"#
    }
    #expect(try Self.problems(chain) == [])
    let loop = chain + [#"{"name": "Place \#(count)", "within": ["Place 0"]}"#]
    let problems = try Self.problems(loop)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("2:") == true)
    #expect(problems.first?.hasSuffix("Place \(count) → Place 0") == true)
    #expect(problems.first?.components(separatedBy: " → ").count == count + 2)
  }
}
