import TestSupport
import Testing

@testable import FactLedger

/// Strings: the parser steps over plain runs eight bytes at a time and makes a string without
/// escapes straight from its bytes, so each case is tried with the interesting byte at every
/// place in and around one such step.
@Suite("JSON parser: strings")
struct JSONParserStringTests {
  private func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> {
    Result { () throws(JSONSyntaxError) in try JSONParser().parse(bytes) }
  }

  private func parse(_ text: String) -> Result<JSONValue, JSONSyntaxError> {
    parse(Array(text.utf8))
  }

  private static let runLengths = Array(0...24)

  @Test(
    "a string ends at its closing quote, and the next value's column follows", arguments: runLengths
  )
  func closingQuote(run: Int) throws {
    let plain = String(repeating: "a", count: run)
    let value = try parse("[\"\(plain)\", \"\(plain)é\", 1]").get()
    #expect(value.arrayValue?.map(\.stringValue) == [plain, plain + "é", nil])
    #expect(value.arrayValue?[2].location == SourceLocation(line: 1, column: 2 * run + 11))
  }

  @Test(
    "short ASCII keys and values, made from their bytes, are the strings the standard library makes",
    arguments: Array(0...27))
  func shortASCIIStrings(length: Int) throws {
    let text = String("The quick brown fox, {[:]}~".prefix(length))
    let expected = String(decoding: Array(text.utf8), as: UTF8.self)
    // At the very end of the input (no bytes to spare after it), and with more text after it.
    for source in ["\"\(text)\"", "{\"\(text)\": \"\(text)\", \"next\": 1}"] {
      let value = try parse(source).get()
      let strings =
        value.objectMembers.map { [$0[0].key, $0[0].value.stringValue] } ?? [value.stringValue]
      for string in strings {
        #expect(string == expected)
        #expect(string.map { Array($0.utf8) } == Array(expected.utf8))
        #expect(string?.hashValue == expected.hashValue)
        #expect(string.map { $0 + "!" } == expected + "!")
      }
    }
    #expect(SmallASCIIString.isLayoutKnown)
  }

  @Test(
    "a short key or value is the same string however few bytes follow it in the input",
    arguments: Array(0...17))
  func shortStringsNearTheEnd(length: Int) throws {
    let text = String("anchor: {[,]} 16+x".prefix(length))
    for padding in 0...17 {
      let spaces = String(repeating: " ", count: padding)
      for (source, column) in [
        ("[\"\(text)\"\(spaces)]", length + padding + 4),
        ("{\"\(text)\": 1\(spaces)}", length + padding + 7),
      ] {
        let value = try parse(source).get()
        let made = value.arrayValue?.first?.stringValue ?? value.objectMembers?.first?.key
        #expect(made == text)
        #expect(made.map { Array($0.utf8) } == Array(text.utf8))
        #expect(made?.hashValue == text.hashValue)
        // The next token is where it stands: the closing bracket's error points past it.
        #expect(
          parse(source + "x")
            == .failure(.trailingContent(at: SourceLocation(line: 1, column: column + 1))))
      }
    }
  }

  @Test("a short string is refused past the string limit, at its quote", arguments: Array(0...16))
  func shortStringsAtTheLimit(limit: Int) {
    let parser = JSONParser(limits: JSONParser.Limits(maxStringBytes: limit))
    for length in 0...17 {
      let text = String(repeating: "s", count: length)
      for source in ["[\"\(text)\", 1]", "{\"\(text)\": 1}"] {
        let result = Result { () throws(JSONSyntaxError) in try parser.parse(source) }
        if length <= limit {
          #expect((try? result.get()) != nil)
        } else {
          #expect(
            result
              == .failure(
                .limitExceeded(
                  .stringBytes, found: limit + 1, limit: limit, at: .init(line: 1, column: 2))))
        }
      }
    }
  }

  @Test("a number's literal is kept whole, whatever its length", arguments: Array(1...18))
  func numberLiterals(length: Int) throws {
    let literal = "-" + String(repeating: "7", count: length)
    for source in [literal, "[\(literal), 1]"] {
      let value = try parse(source).get()
      let number = try #require(value.numberValue ?? value.arrayValue?.first?.numberValue)
      #expect(number.literal == literal)
      #expect(number.literal.utf8.count == length + 1)
    }
  }

  @Test(
    "escapes decode wherever they fall, and columns count their characters", arguments: runLengths)
  func escapesAnywhere(run: Int) throws {
    let plain = String(repeating: "b", count: run)
    let value = try parse(#"["\#(plain)\n\#(plain)\u00e9\ud83d\ude00\"\\\#(plain)“", 1]"#).get()
    #expect(value.arrayValue?[0].stringValue == plain + "\n" + plain + "é😀\"\\" + plain + "“")
    #expect(value.arrayValue?[1].location == SourceLocation(line: 1, column: 3 * run + 31))
  }

  @Test("a raw control character is refused where it stands", arguments: runLengths)
  func controlCharacter(run: Int) {
    let error = parse("[\"é\(String(repeating: "c", count: run))\u{1F}x\"]")
    #expect(
      error
        == .failure(.controlCharacterInString(0x1F, at: SourceLocation(line: 1, column: run + 4))))
  }

  @Test(
    "bytes that are not UTF-8 are refused where they stand, after escapes or not",
    arguments: runLengths)
  func invalidUTF8(run: Int) {
    let plain = Array(repeating: UInt8(ascii: "d"), count: run)
    let lead: [UInt8] = [0x5B, 0x22, 0xE2, 0x80, 0x9C]  // ["“
    #expect(
      parse(lead + plain + [0xC3, 0x28, 0x22, 0x5D])
        == .failure(.invalidUTF8(at: SourceLocation(line: 1, column: run + 4))))
    let escaped: [UInt8] = Array(#"["\n"#.utf8)
    #expect(
      parse(escaped + plain + [0xF0, 0x9F, 0x98, 0x22, 0x5D])
        == .failure(.invalidUTF8(at: SourceLocation(line: 1, column: run + 5))))
  }

  @Test("an unclosed string is reported at the end of the file", arguments: runLengths)
  func unclosed(run: Int) {
    let plain = String(repeating: "e", count: run)
    #expect(
      parse("{\"k\u{E9}\": \"\(plain)“")
        == .failure(
          .unexpectedEnd(
            expected: "'\"' to close the string", at: SourceLocation(line: 1, column: run + 10))))
  }

  @Test(
    "broken escapes and lone surrogates are refused with the escape shown",
    arguments: [
      (
        #"["\ud83d"]"#, JSONSyntaxError.invalidSurrogate(#"\ud83d""#, at: .init(line: 1, column: 3))
      ),
      (#"["\udc00x"]"#, .invalidSurrogate(#"\udc00x"#, at: .init(line: 1, column: 3))),
      (#"["\ud83d\u0041"]"#, .invalidSurrogate(#"\ud83d\u0041"#, at: .init(line: 1, column: 3))),
      (#"["\ud83d\ud83d"]"#, .invalidSurrogate(#"\ud83d\ud83d"#, at: .init(line: 1, column: 3))),
      (#"["\ud83d\n"]"#, .invalidSurrogate(#"\ud83d\"#, at: .init(line: 1, column: 3))),
      (#"["abc\ud83d\uZZ"]"#, .invalidEscape(#"\uZ"#, at: .init(line: 1, column: 12))),
      (#"["ab\u12G4"]"#, .invalidEscape(#"\u12G"#, at: .init(line: 1, column: 5))),
      ("[\"é\\q\"]", .invalidEscape(#"\q"#, at: .init(line: 1, column: 4))),
      (
        #"["ab\"#,
        .unexpectedEnd(expected: #"an escape after '\'"#, at: .init(line: 1, column: 6))
      ),
      (
        #"["ab\u12"#,
        .unexpectedEnd(
          expected: #"four hexadecimal digits after '\u'"#, at: .init(line: 1, column: 9))
      ),
    ])
  func brokenEscapes(text: String, error: JSONSyntaxError) {
    #expect(parse(text) == .failure(error))
  }

  @Test("the string limit counts UTF-8 bytes, raw or escaped")
  func limitInBytes() {
    let limits = JSONParser.Limits(maxStringBytes: 5)
    let parser = JSONParser(limits: limits)
    #expect(
      throws: JSONSyntaxError.limitExceeded(
        .stringBytes, found: 6, limit: 5, at: .init(line: 1, column: 2))
    ) {
      try parser.parse("[\"ééé\"]")
    }
    #expect(
      throws: JSONSyntaxError.limitExceeded(
        .stringBytes, found: 6, limit: 5, at: .init(line: 1, column: 2))
    ) {
      try parser.parse(#"["é\u00e9é"]"#)
    }
    #expect((try? parser.parse(#"["a\u00e9é"]"#))?.arrayValue?.first?.stringValue == "aéé")
  }
}
