#if !FACTLEDGER_FUZZ
  import TestSupport
  @testable import FactLedger
#endif

/// The JSON parser on any bytes: an error at a position inside the input, or a value that
/// writes back as JSON which parses to the same value and writes to the same bytes again, in
/// the stable layout and the compact one. JSON Lines are read from the same bytes.
enum JSONFuzzHarness {
  static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
    let shape = TextShape(bytes: bytes)
    for parser in [JSONParser(), JSONParser(allowsDuplicateKeys: true)] {
      let value: JSONValue
      do {
        value = try parser.parse(bytes)
      } catch {
        try shape.check(error.location, "the syntax error '\(error.message)'")
        continue
      }
      try fuzzCheckLocations(value, in: shape)
      try checkRoundTrip(value, parser: parser, layout: "stable") { JSONWriter().string(for: $0) }
      try checkRoundTrip(value, parser: parser, layout: "compact") {
        JSONWriter().compactString(for: $0)
      }
    }
    for document in JSONLines.documents(in: bytes) {
      switch document {
      case .success(let value): try fuzzCheckLocations(value, in: shape)
      case .failure(let error): try shape.check(error.location, "the JSON Lines error")
      }
    }
  }

  /// Writes `value`, parses the text, and writes the result again.
  static func checkRoundTrip(
    _ value: JSONValue, parser: JSONParser, layout: String, write: (JSONValue) -> String
  ) throws(FuzzFailure) {
    let first = write(value)
    let reparsed: JSONValue
    do {
      reparsed = try parser.parse(first)
    } catch {
      throw FuzzFailure(
        "the \(layout) writer wrote text that does not parse (\(error.message) at \(error.location)): \(first.debugDescription)"
      )
    }
    try fuzzRequire(
      reparsed == value,
      "the \(layout) write parses to a different value: \(first.debugDescription)")
    let second = write(reparsed)
    try fuzzRequire(
      Array(second.utf8) == Array(first.utf8),
      "the \(layout) write changes on a second round: \(first.debugDescription) then \(second.debugDescription)"
    )
  }
}
