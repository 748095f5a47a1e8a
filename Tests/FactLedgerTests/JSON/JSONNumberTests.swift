import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("JSON numbers keep their literal")
struct JSONNumberTests {
  @Test(
    "every literal of RFC 8259's number grammar is accepted as written",
    arguments: [
      "0", "-0", "4", "4.50", "1e2", "1E+2", "1e-7", "-12.5e3", "0.0", "12345678901234567890",
      "1e400", "-1e-400", "100000000000000000000000000000000000000000000.000000000000000001",
    ])
  func validLiterals(literal: String) throws {
    let number = try #require(JSONNumber(literal: literal))
    #expect(number.literal == literal)
    let parsed = try JSONParser().parse(literal)
    #expect(parsed.numberValue == number)
  }

  @Test(
    "text outside the grammar is not a number, whatever Double(_:) or a spreadsheet makes of it",
    arguments: [
      "", "-", "+4", "04", "-04", "1.", ".5", "1e", "1e+", "0x1p2", "0x10", "inf", "-inf",
      "infinity", "nan", "NaN", " 1", "1 ", "1,5", "1_000", "١", "1.5.5", "--1", "1e5e5",
    ])
  func invalidLiterals(literal: String) {
    #expect(JSONNumber(literal: literal) == nil)
  }

  @Test("a Double that JSON cannot write makes no number; a finite one reads back the same")
  func fromDouble() throws {
    #expect(JSONNumber(Double.infinity) == nil)
    #expect(JSONNumber(-Double.infinity) == nil)
    #expect(JSONNumber(Double.nan) == nil)
    for value in [0.1, 1e20, 5e-324, -2.5, 1.7976931348623157e308, 3.0, 123456.75] {
      let number = try #require(JSONNumber(value))
      #expect(JSONNumber(literal: number.literal) != nil, "'\(number.literal)' is not JSON")
      #expect(number.doubleValue == value)
    }
    #expect(JSONNumber(3.0)?.literal == "3")
  }

  @Test(
    "a literal is an integer literal without a fraction or an exponent, short or long",
    arguments: [
      ("0", true), ("-0", true), ("42", true), ("123456789012345678901234567890", true),
      ("1.0", false), ("1e2", false), ("1E2", false), ("-12.5e3", false),
      ("1234567890123456.5", false), ("12345678901234567890e1", false),
    ])
  func integerLiterals(literal: String, isInteger: Bool) throws {
    let number = try #require(JSONNumber(literal: literal))
    #expect(number.isIntegerLiteral == isInteger)
    #expect((number.intValue != nil) == (isInteger && Int(literal) != nil))
  }

  @Test("integer and floating readings of a literal")
  func readings() {
    #expect(JSONNumber(literal: "42")?.intValue == 42)
    #expect(JSONNumber(literal: "42.0")?.intValue == nil)
    #expect(JSONNumber(literal: "99999999999999999999")?.intValue == nil)
    #expect(JSONNumber(literal: "1e400")?.doubleValue == .infinity)
    #expect(JSONNumber(literal: "4.50")?.doubleValue == 4.5)
    #expect(JSONValue.number(JSONNumber(literal: "1e2")!).typeName == "number")
    #expect(JSONValue.integer(7).typeName == "integer")
  }

  @Test("the writer gives back each literal byte for byte")
  func writerKeepsLiterals() throws {
    let text = "[\n  4.50,\n  1e2,\n  12345678901234567890,\n  -0,\n  1E+2\n]\n"
    #expect(JSONWriter().string(for: try JSONParser().parse(text)) == text)
  }

  @Test(
    "whole numbers read as the Double the literal parses to, short or long, and -0 keeps its sign",
    arguments: [
      "0", "-0", "7", "-42", "999999999999999", "-123456789012345", "1234567890123456789",
    ])
  func wholeNumbersAsDouble(literal: String) throws {
    let number = try #require(JSONNumber(literal: literal))
    let parsed = try #require(Double(literal))
    #expect(number.doubleValue == parsed)
    #expect(number.doubleValue.sign == parsed.sign)
  }
}
