import Foundation
import Testing

@testable import FactLedger

@Suite("The policy's limits")
struct PolicyLimitsTests {
  /// The problems of a policy whose `limits` are `limits`, as `line:column: message`.
  private func problems(limits: String) throws -> [String] {
    let json = try JSONParser().parse(
      #"{"version": 1, "sourcedKinds": ["event"], "limits": \#(limits)}"#)
    var problems: [DecodingProblem] = []
    _ = Policy(json: json, problems: &problems)
    let schema = LedgerSchemas.shared.validate(json, as: .policy).map {
      "\($0.location): \($0.description)"
    }
    return problems.map { "\($0.location): \($0.message)" } + schema
  }

  @Test("maxDepth of 1000 is accepted; above it the schema and the decoder refuse it, naming it")
  func depthMaximum() throws {
    #expect(try problems(limits: #"{"maxDepth": 1000}"#).isEmpty)
    #expect(
      try problems(limits: #"{"maxDepth": 1001}"#) == [
        "1:66: 'maxDepth' must be at most 1000, not 1001: deeper nesting would overflow the stack",
        "1:66: /limits/maxDepth: 1001 is above the maximum 1000",
      ])
    #expect(InputLimit.depth.maximum == 1000)
  }

  /// A claim-shaped object with `depth` levels of nesting in all: arrays inside its `note`.
  private static func nested(depth: Int) -> String {
    #"{"id": "deep", "note": "# + String(repeating: "[", count: depth - 1)
      + String(repeating: "]", count: depth - 1) + "}"
  }

  @Test(
    "a limit that is not a whole number above 0 is refused, saying what it is and how to write it",
    arguments: [
      ("1e3", "'maxFileBytes' must be written as 1000, not 1e3"),
      (
        "12345678901234567890123",
        "'maxFileBytes' 12345678901234567890123 is beyond the largest whole number factledger reads (9223372036854775807)"
      ),
      ("2.5", "'maxFileBytes' must be a whole number, not 2.5"),
      ("0", "'maxFileBytes' must be above 0, not 0"),
      ("0.0", "'maxFileBytes' must be above 0, not 0.0"),
      (#""big""#, "'maxFileBytes' must be a whole number above 0, not string"),
    ])
  func limitRefused(literal: String, message: String) throws {
    let json = try JSONParser().parse(
      #"{"version": 1, "sourcedKinds": [], "limits": {"maxFileBytes": \#(literal)}}"#)
    var problems: [DecodingProblem] = []
    _ = Policy(json: json, problems: &problems)
    #expect(problems.map(\.message) == [message])
  }

  @Test(
    "a file nested to the maximum depth parses, validates, decodes and writes on worker threads")
  func deepestOnWorkers() throws {
    let maximum = try #require(InputLimit.depth.maximum)
    let parser = JSONParser(limits: JSONParser.Limits(maxDepth: maximum))
    let texts = Array(repeating: Self.nested(depth: maximum), count: 4)
    let written = texts.parallelMap { text -> Int in
      guard let value = try? parser.parse(text) else { return -1 }
      var problems: [DecodingProblem] = []
      _ = Claim(json: value, problems: &problems)
      for kind in SchemaKind.allCases { _ = LedgerSchemas.shared.validate(value, as: kind) }
      _ = value == value
      return JSONWriter().string(for: value).count + JSONWriter().compactString(for: value).count
    }
    #expect(written.allSatisfy { $0 > 2 * maximum }, "\(written)")
    #expect(
      throws: JSONSyntaxError.limitExceeded(
        .depth, found: maximum + 1, limit: maximum, at: SourceLocation(line: 1, column: 1_023))
    ) {
      try parser.parse(Self.nested(depth: maximum + 1))
    }
  }
}
