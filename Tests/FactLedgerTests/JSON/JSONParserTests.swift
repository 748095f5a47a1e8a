import TestSupport
import Testing

@testable import FactLedger

@Suite("JSON parser")
struct JSONParserTests {
  private let parser = JSONParser()

  private func parseError(_ text: String, limits: JSONParser.Limits = .init()) -> JSONSyntaxError? {
    do {
      _ = try JSONParser(limits: limits).parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test("every value and key keeps its 1-based line and column")
  func positions() throws {
    let value = try parser.parse("{\n  \"a\": [1, true],\n  \"b\": {\"c\": null}\n}")
    #expect(value.location == SourceLocation(line: 1, column: 1))
    let members = try #require(value.objectMembers)
    #expect(members[0].keyLocation == SourceLocation(line: 2, column: 3))
    #expect(members[0].value.location == SourceLocation(line: 2, column: 8))
    #expect(members[0].value.arrayValue?[1].location == SourceLocation(line: 2, column: 12))
    #expect(members[1].value["c"]?.location == SourceLocation(line: 3, column: 14))
  }

  @Test("columns count Unicode scalars, so text after a curly quote points at the right place")
  func columnsCountScalars() throws {
    let value = try parser.parse("[\"“é”\", 5]")
    #expect(value.arrayValue?[1].location == SourceLocation(line: 1, column: 9))
  }

  @Test("strings unescape every JSON escape, including surrogate pairs")
  func escapes() throws {
    let value = try parser.parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00", "\u0000"]"#)
    #expect(value.arrayValue?.map(\.stringValue) == ["a\"b\\c/d\u{08}\u{0C}\n\r\t", "é😀", "\u{0}"])
  }

  @Test("numbers keep their literal text")
  func numbers() throws {
    let value = try parser.parse("[-0, 1.50, 2e10, 12345678901234567890123]")
    #expect(
      value.arrayValue?.map(\.numberValue?.literal) == [
        "-0", "1.50", "2e10", "12345678901234567890123",
      ])
  }

  @Test("a duplicate key is an error that names both positions")
  func duplicateKey() {
    let error = parseError("{\"id\": 1,\n \"id\": 2}")
    #expect(
      error
        == .duplicateKey(
          "id", first: SourceLocation(line: 1, column: 2),
          second: SourceLocation(line: 2, column: 2)))
    #expect(error?.message == "duplicate key 'id' (first at 1:2)")
    #expect(error?.location == SourceLocation(line: 2, column: 2))
  }

  @Test(
    "malformed input gets an error at the offending place",
    arguments: [
      ("[1,]", "unexpected ']', expected a value", 1, 4),
      ("{\"a\" 1}", "unexpected '1', expected ':'", 1, 6),
      ("[01]", "invalid number '01'", 1, 2),
      ("[1.]", "invalid number '1.]'", 1, 2),
      ("\"a\tb\"", "raw control character U+0009 in a string; write it as an escape", 1, 3),
      ("[\"\\x\"]", "invalid escape '\\x' in a string", 1, 3),
      (
        "[\"\\ud800\"]", "'\\ud800\"' is half of a UTF-16 surrogate pair; it is not a character", 1,
        3
      ),
      ("{\"a\": tru}", "unexpected '}', expected 'true'", 1, 10),
      ("[1] 2", "unexpected content after the top-level value", 1, 5),
      ("{\n  \"a\": [\n", "unexpected end of file, expected a value", 3, 1),
      ("", "unexpected end of file, expected a value", 1, 1),
      ("{'a': 1}", "unexpected ''', expected a string key or '}'", 1, 2),
      ("[1]\u{0C}", "unexpected content after the top-level value", 1, 4),
    ])
  func malformed(text: String, message: String, line: Int, column: Int) {
    let error = parseError(text)
    #expect(error?.message == message)
    #expect(error?.location == SourceLocation(line: line, column: column))
  }

  @Test("bytes that are not UTF-8 are refused, inside and outside strings")
  func invalidUTF8() throws {
    for bytes: [UInt8] in [
      [0x22, 0xC3, 0x28, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x5B, 0xFF, 0x5D],
    ] {
      #expect(throws: JSONSyntaxError.invalidUTF8(at: SourceLocation(line: 1, column: 2))) {
        try parser.parse(bytes)
      }
    }
  }

  @Test("a byte order mark is refused with a message that says how to fix it")
  func byteOrderMark() {
    #expect(throws: JSONSyntaxError.byteOrderMark) {
      try parser.parse([0xEF, 0xBB, 0xBF, 0x7B, 0x7D])
    }
  }

  @Test("nesting past the limit is an error, not a crash")
  func depthLimit() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(
      parseError(deep)
        == .limitExceeded(.depth, found: 65, limit: 64, at: SourceLocation(line: 1, column: 65)))
    let limits = JSONParser.Limits(maxDepth: 3)
    #expect(parseError("[[[1]]]", limits: limits) == nil)
    #expect(
      parseError("[[[[1]]]]", limits: limits)
        == .limitExceeded(.depth, found: 4, limit: 3, at: SourceLocation(line: 1, column: 4)))
  }

  @Test("input past the size limit is refused before parsing")
  func sizeLimit() {
    let error = parseError("[1, 2, 3]", limits: JSONParser.Limits(maxBytes: 4))
    #expect(error == .limitExceeded(.fileBytes, found: 9, limit: 4, at: .start))
    #expect(
      error?.message
        == "the file has 9 bytes, more than the limit of 4 (limits.maxFileBytes in factledger.json)"
    )
  }

  @Test("a string past its limit is refused at its opening quote, escaped or not")
  func stringLimit() {
    let limits = JSONParser.Limits(maxStringBytes: 4)
    #expect(parseError(#"["abcd", "ab\nc"]"#, limits: limits) == nil)
    #expect(
      parseError("{\n \"k\": \"abcde\"}", limits: limits)
        == .limitExceeded(.stringBytes, found: 5, limit: 4, at: SourceLocation(line: 2, column: 7)))
    #expect(
      parseError(#"["ab\u00e9cd"]"#, limits: limits)
        == .limitExceeded(.stringBytes, found: 5, limit: 4, at: SourceLocation(line: 1, column: 2)))
    // A key is a string too.
    #expect(
      parseError(#"{"abcdef": 1}"#, limits: limits)?.message
        == "a string of more than 4 bytes goes past the limit of 4 (limits.maxStringBytes in factledger.json)"
    )
  }

  @Test(
    "a string is refused as soon as it passes its limit, before the rest is read or copied",
    arguments: [
      // Never closed: only a check while scanning can see the limit passed.
      ("[\n  \"abcdefgh", 5), ("[\n  \"a\\nbcdefgh", 5), ("[\n  \"ab\\u00e9\\u00e9cd", 6),
      ("[\n  \"abcd\u{E9}fgh", 6),
    ])
  func stringLimitWhileScanning(text: String, found: Int) {
    #expect(
      parseError(text, limits: JSONParser.Limits(maxStringBytes: 4))
        == .limitExceeded(
          .stringBytes, found: found, limit: 4, at: SourceLocation(line: 2, column: 3)))
  }

  @Test("a key that is not in Unicode normal form C is refused at the key, with its NFC spelling")
  func keyNormalForm() throws {
    let error = parseError("{\n  \"a\": 1,\n  \"sourced\u{212A}inds\": []}")
    #expect(
      error
        == .keyNotInNormalFormC(
          "sourced\u{212A}inds", normalized: "sourcedKinds", scalar: 0x212A,
          at: SourceLocation(line: 3, column: 3)))
    #expect(
      error?.message
        == "key 'sourced\u{212A}inds' is not in Unicode normal form C (it has U+212A); write it as 'sourcedKinds'"
    )
    // Decomposed: 'e' and a combining acute accent; an escape spells the same key.
    #expect(parseError(#"{"caf\u0065\u0301": 1}"#)?.location == SourceLocation(line: 1, column: 2))
    // Keys in NFC, ASCII or not, and strings that are values are untouched.
    let value = try parser.parse("{\"caf\u{E9}\": \"sourced\u{212A}inds\", \"K\": 1}")
    #expect(value.objectMembers?.map(\.key) == ["caf\u{E9}", "K"])
    #expect(value["caf\u{E9}"]?.stringValue?.unicodeScalars.contains("\u{212A}") == true)
  }

  @Test("an array past its limit is refused at its opening bracket, nested or not")
  func arrayLimit() {
    let limits = JSONParser.Limits(maxArrayItems: 3)
    #expect(parseError("[1, 2, [3, 4, 5]]", limits: limits) == nil)
    #expect(
      parseError("[0, [1, 2, 3, 4]]", limits: limits)
        == .limitExceeded(.arrayItems, found: 4, limit: 3, at: SourceLocation(line: 1, column: 5)))
  }

  @Test("a number literal past its limit is refused where it starts")
  func numberLimit() {
    let limits = JSONParser.Limits(maxNumberLength: 5)
    #expect(parseError("[12345, -1e99]", limits: limits) == nil)
    #expect(
      parseError("[1, 123456]", limits: limits)
        == .limitExceeded(.numberLength, found: 6, limit: 5, at: SourceLocation(line: 1, column: 5))
    )
    #expect(parseError("[1, 123456]", limits: .generous) == nil)
  }

  @Test("a long minified line still reports exact columns")
  func longLine() throws {
    let text = "[" + Array(repeating: "\"é\"", count: 1000).joined(separator: ",") + "]"
    let value = try parser.parse(text)
    #expect(value.arrayValue?[999].location == SourceLocation(line: 1, column: 2 + 999 * 4))
  }
}
