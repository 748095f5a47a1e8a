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

  @Test("a fraction or an exponent is not a whole number", arguments: ["1.0", "1e2", "-0.0"])
  func notWhole(literal: String) throws {
    let (read, problems) = try start(literal)
    #expect(read == nil)
    #expect(problems == ["2:12: 'start' must be a whole number, not number"])
  }
}
