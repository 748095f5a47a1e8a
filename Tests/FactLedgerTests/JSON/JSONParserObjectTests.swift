import TestSupport
import Testing

@testable import FactLedger

/// Objects and arrays: members and elements of nested containers stay with their own
/// container, and duplicate keys are found within one object only, small or large.
@Suite("JSON parser: objects and arrays")
struct JSONParserObjectTests {
  private let parser = JSONParser()

  @Test("nested containers keep their own members and elements")
  func nesting() throws {
    let value = try parser.parse(#"[[1, [2, []]], {"a": [{}, {"a": {"a": 3}}], "b": []}, 4]"#)
    let expected = JSONValue.array([
      .array([.integer(1), .array([.integer(2), .array([])])]),
      .object([
        "a": .array([.object([:]), .object(["a": .object(["a": .integer(3)])])]),
        "b": .array([]),
      ]),
      .integer(4),
    ])
    #expect(value == expected)
  }

  @Test("a key may repeat in a nested object, but not in its own", arguments: [5, 40])
  func duplicatesPerObject(size: Int) throws {
    let keys = (0..<size).map { "\"k\($0)\": {\"k\($0)\": \($0)}" }.joined(separator: ",\n ")
    let value = try parser.parse("{\(keys)}")
    #expect(value.objectMembers?.count == size)
    #expect(value["k3"]?["k3"]?.intValue == 3)
    let repeated = "{\(keys),\n \"k3\": 0}"
    #expect(
      throws: JSONSyntaxError.duplicateKey(
        "k3", first: .init(line: 4, column: 2), second: .init(line: size + 1, column: 2))
    ) {
      try parser.parse(repeated)
    }
  }

  @Test("a repeated key spelt with an escape is the same key")
  func escapedDuplicate() {
    #expect(
      throws: JSONSyntaxError.duplicateKey(
        "caf\u{E9}", first: .init(line: 1, column: 2), second: .init(line: 1, column: 13))
    ) {
      try parser.parse("{\"caf\u{E9}\": 1, \"caf\\u00e9\": 2}")
    }
  }

  @Test("a key of non-ASCII characters in normal form C is accepted; a decomposed one is not")
  func normalFormOfNonASCIIKeys() throws {
    let value = try parser.parse("{\"\u{201C}x\": 1, \"\\u201Cy\": 2}")
    #expect(value.objectMembers?.map(\.key) == ["\u{201C}x", "\u{201C}y"])
    #expect(
      throws: JSONSyntaxError.keyNotInNormalFormC(
        "K\u{301}", normalized: "\u{1E30}", scalar: 0x4B, at: .init(line: 1, column: 11))
    ) {
      try parser.parse("{\"\u{201C}x\": 1, \"K\u{301}\": 2}")
    }
  }

  @Test("numbers of any length are kept digit for digit, up to the number limit")
  func longNumbers() throws {
    let digits = String(repeating: "7", count: 5000)
    let value = try JSONParser(limits: .generous).parse("[-\(digits).5e-\(digits)]")
    #expect(value.arrayValue?.first?.numberValue?.literal == "-\(digits).5e-\(digits)")
    let hundred = String(repeating: "1", count: 100)
    #expect(try parser.parse("[\(hundred)]").arrayValue?.first?.numberValue?.literal == hundred)
    #expect(
      throws: JSONSyntaxError.limitExceeded(
        .numberLength, found: 101, limit: 100, at: .init(line: 1, column: 2))
    ) {
      try parser.parse("[-\(hundred)]")
    }
  }

  @Test("nesting up to the limit is read; one more level is refused", arguments: [63, 64, 65])
  func nestingLimit(depth: Int) {
    let text =
      String(repeating: "[{\"a\": ", count: depth / 2) + (depth % 2 == 1 ? "[]" : "1")
      + String(repeating: "}]", count: depth / 2)
    let result = Result { () throws(JSONSyntaxError) in try parser.parse(text) }
    if depth <= 64 {
      #expect(throws: Never.self) { try result.get() }
    } else {
      #expect(
        result
          == .failure(.limitExceeded(.depth, found: 65, limit: 64, at: .init(line: 1, column: 225)))
      )
    }
  }
}
