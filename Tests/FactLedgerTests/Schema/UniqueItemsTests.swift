import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("uniqueItems: values compared as JSON Schema compares them, in linear time")
struct UniqueItemsTests {
  private static let uri = "https://factledger.test/unique-items"

  private static let validator: SchemaValidator = {
    let schema = try? JSONParser().parse(Array(#"{"uniqueItems": true}"#.utf8))
    // The schema is a literal; a failure here is a bug in the test, not in the validator.
    return try! SchemaValidator(documents: [uri: schema ?? .null], roots: [uri])
  }()

  private static func parse(_ text: String) throws -> JSONValue {
    try JSONParser().parse(Array(text.utf8))
  }

  private static func messages(_ items: [JSONValue]) throws -> [String] {
    try validator.validate(.array(items), against: uri).map(\.message)
  }

  @Test(
    "values JSON Schema holds equal are duplicates, and their keys hash alike",
    arguments: [
      ("1", "1.0"), ("1", "1e0"), ("100", "1E+2"), ("0", "-0.0"), ("0.5", "5e-1"),
      ("-12.50", "-1.25e1"), ("1e400", "10e399"),
      ("123456789012345678901234567890", "1.2345678901234567890123456789e29"),
      ("1e1000000000000000000000", "10e999999999999999999999"),
      ("-1e-1000000000000000000000", "-0.1e-999999999999999999999"),
      (#"{"a": 1, "b": [1, 2]}"#, #"{"b": [1.0, 2], "a": 1e0}"#), ("[]", "[]"), ("null", "null"),
      (#""claim-1""#, #""claim-1""#),
    ])
  func equal(left: String, right: String) throws {
    let (first, second) = (try Self.parse(left), try Self.parse(right))
    #expect(JSONValueKey(first) == JSONValueKey(second))
    #expect(JSONValueKey(first).hashValue == JSONValueKey(second).hashValue)
    #expect(
      try Self.messages([first, second]) == ["items 0 and 1 are equal; items must be unique"])
  }

  @Test(
    "values JSON Schema holds different are not duplicates",
    arguments: [
      ("1e400", "2e400"), ("1e1000000000000000000000", "2e1000000000000000000000"),
      ("1e1000000000000000000000", "1e-1000000000000000000000"), ("-1", "1"),
      ("100000000000000000000000000000000000000001", "100000000000000000000000000000000000000002"),
      ("0.1", "0.10000000000000001"), ("1", #""1""#), ("true", "1"), ("null", "false"),
      ("[1, 2]", "[2, 1]"), (#"{"a": 1}"#, #"{"a": 1, "b": 2}"#), (#"{"a": 1}"#, #"{"b": 1}"#),
      // Canonically equivalent, but JSON compares strings code point by code point.
      (#""\u00e9""#, #""e\u0301""#),
    ])
  func different(left: String, right: String) throws {
    let (first, second) = (try Self.parse(left), try Self.parse(right))
    #expect(JSONValueKey(first) != JSONValueKey(second))
    #expect(try Self.messages([first, second]).isEmpty)
  }

  @Test("20,000 distinct claim ids are unique")
  func manyDistinct() throws {
    let items = (0..<20_000).map { JSONValue.string("claim-\($0)") }
    #expect(try Self.messages(items).isEmpty)
  }

  @Test("a duplicate 20,000 items from its twin is found, and both are named")
  func duplicateFarApart() throws {
    var items = (0..<20_000).map { JSONValue(.number(JSONNumber(literal: "\($0).0")!)) }
    items.append(JSONValue(.number(JSONNumber(literal: "0e7")!)))
    #expect(
      try Self.messages(items) == ["items 0 and 20000 are equal; items must be unique"])
    var ids = (0..<20_000).map { JSONValue.string("claim-\($0)") }
    ids.insert(.string("claim-19999"), at: 1)
    #expect(try Self.messages(ids) == ["items 1 and 20000 are equal; items must be unique"])
  }

  @Test("of several duplicates, the first whose twin comes earlier is named, as before")
  func firstDuplicate() throws {
    let items = try ["3", "1", "2", "2.0", "1"].map(Self.parse)
    #expect(try Self.messages(items) == ["items 2 and 3 are equal; items must be unique"])
  }
}
