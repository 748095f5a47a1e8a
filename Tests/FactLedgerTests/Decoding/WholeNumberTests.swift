import Testing

@testable import FactLedger

/// A whole number read from its literal's bytes is `Int(_:)`'s reading, and the decoder refuses
/// what it refused before.
@Suite("Whole numbers read from their bytes")
struct WholeNumberTests {
  @Test(
    "a whole number read from its literal's bytes is Int's reading",
    arguments: [
      "0", "-0", "7", "-7", "42", "3688", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "12345678901234567890", "1.5", "1e2",
      "-1E2", "0.0", "-0.5", "1e-2", "123456789012345", "-12345678901234", "1234567890123456",
      "-123456789012345", "100000000000000", "-99999999999999",
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
    "any text, short (read from its words) or long, is read as Int reads it, or refused",
    arguments: [
      "", "-", "--1", "1-", "12a", "a", " 1", "1 ", "\u{0}", "-\u{0}", "1234567890123a", "-0", "07",
    ])
  func anyText(text: String) {
    for candidate in [text, text + String(repeating: "0", count: 16)] {
      #expect(WholeNumber.value(of: candidate) == Int(candidate), "\(candidate)")
    }
  }

  @Test(
    "anchor offsets that are not whole numbers, or not written as Swift writes them, are refused, saying how to write them",
    arguments: [
      ("-0", "'start' must be written as 0, not -0"),
      ("1e2", "'start' must be written as 100, not 1e2"),
      ("2.0", "'start' must be written as 2, not 2.0"),
      ("-2.50e1", "'start' must be written as -25, not -2.50e1"),
      ("2.5", "'start' must be a whole number, not 2.5"),
      ("1e-2", "'start' must be a whole number, not 1e-2"),
      (
        "9007199254740993.0",
        "'start' must be written without a fraction or exponent, not 9007199254740993.0"
      ),
      (
        "1e400",
        "'start' 1e400 is beyond the largest whole number factledger reads (9223372036854775807)"
      ),
      (
        "9223372036854775808",
        "'start' 9223372036854775808 is beyond the largest whole number factledger reads (9223372036854775807)"
      ),
      (
        "-9223372036854775809",
        "'start' -9223372036854775809 is beyond the smallest whole number factledger reads (-9223372036854775808)"
      ),
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
