import Testing

@testable import FactLedger

/// The words the quote comparator works on: plain ASCII takes a byte-by-byte path, and it must
/// split, fold and mark breaks exactly as the Unicode path does.
@Suite("Folded words")
struct FoldedWordTests {
  /// ASCII texts with every kind of separator, apostrophe and break the splitter meets.
  static let asciiTexts = [
    "Politically, especially militarily, I would say we are advancing, but we are not allies",
    "\"We're 'not' allies.\" Putin's words; ArmHiTec-2018: yes! Really? U.S.",
    "rock 'n' roll '' ''' it's'  tabs\tand\r\nlines\nend.",
    "", "   ", "'", "a\u{7F}b\u{01}c", "UPPER lower 123 4th",
  ]

  @Test("a sentence splits into folded keys, the words as written, and where it breaks")
  func sentence() {
    let words = FoldedWord.words(in: "\"We're NOT allies,\" said Evgeny Buzhinskiy. 'Yes'")
    // "We're" is "we are" (`WordForms`), both words showing it as written.
    #expect(
      words.map(\.key) == ["we", "are", "not", "allies", "said", "evgeny", "buzhinskiy", "yes"])
    #expect(
      words.map(\.shown) == [
        "We're", "We're", "NOT", "allies", "said", "Evgeny", "Buzhinskiy", "Yes",
      ])
    #expect(
      words.map(\.isFollowedByBreak) == [false, false, false, true, false, false, true, false])
  }

  @Test("ASCII text splits as it does beside a letter outside ASCII", arguments: asciiTexts)
  func asciiMatchesUnicode(_ text: String) {
    // A trailing "é" sends the whole text down the Unicode path; it adds one word of its own.
    let unicode = FoldedWord.words(in: text + " \u{E9}")
    #expect(FoldedWord.words(in: text) == Array(unicode.dropLast()))
    #expect(unicode.last?.key == "\u{E9}")
  }

  @Test("the gazetteer's words of ASCII text are those of the Unicode path", arguments: asciiTexts)
  func gazetteerASCIIMatchesUnicode(_ text: String) {
    let unicode = Gazetteer.words(text + " \u{E9}")
    #expect(Gazetteer.words(text) == Array(unicode.dropLast()))
    #expect(unicode.last == "e")
  }
}
