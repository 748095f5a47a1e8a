import Testing

@testable import FactLedger

/// The table's lines are cut to the terminal's width in columns, counting only where needed;
/// the cut must be the one counting every character's columns gives.
@Suite("Listing table: lines fitted to the width")
struct TableLineFitTests {
  /// The columns of a character of `pieces`: two for the ideograph, the flag and the family
  /// emoji (by their first scalar), one for every other.
  private static func columns(_ character: Character) -> Int {
    ["\u{6F22}", "\u{1F1F7}", "\u{1F469}"].contains(character.unicodeScalars.first!) ? 2 : 1
  }

  /// The fitting by counting: escape, take characters while they fit in the width less one
  /// column, add the ellipsis; the whole line when it fits.
  private static func fittedByCounting(_ line: String, width: Int) -> String {
    let flat = Escape.terminal(line)
    guard flat.reduce(0, { $0 + columns($1) }) > width else { return flat }
    var kept = ""
    var used = 0
    for character in flat {
      guard used + columns(character) <= width - 1 else { break }
      kept.append(character)
      used += columns(character)
    }
    return kept + "…"
  }

  /// Pieces of lines: ASCII, a CR LF pair and other controls, combining marks that join the
  /// letter before them, wide and astral characters, flags, bidirectional controls.
  private static let pieces = [
    "a", "Z", " ", "-", ".", "\r\n", "\n", "\t", "\u{1B}", "e\u{301}", "\u{301}", "é", "“", "—",
    "漢", "𝔸", "🇷🇺", "👩‍👩‍👧", "\u{202E}", "\u{7F}",
  ]

  @Test("random lines at widths around their length are cut as counting every character cuts")
  func sameAsCounting() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for _ in 0..<3_000 {
      let asciiRun = String(repeating: "x", count: Int.random(in: 0...90, using: &generator))
      let tail = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        Self.pieces.randomElement(using: &generator)!
      }.joined()
      let line = Bool.random(using: &generator) ? asciiRun + tail : tail + asciiRun
      let width = Int.random(in: 40...90, using: &generator)
      let fitted = TableListingWriter.fit(line, width: width)
      let expected = Self.fittedByCounting(line, width: width)
      #expect(
        fitted.utf8.elementsEqual(expected.utf8),
        "\(line.debugDescription) at \(width), seed \(seed)")
      var appended: [UInt8] = []
      TableListingWriter.appendFitted(Array(line.utf8), width: width, into: &appended)
      #expect(
        appended.elementsEqual(expected.utf8),
        "bytes of \(line.debugDescription) at \(width), seed \(seed)")
    }
  }

  @Test("a line of wide characters takes two columns each: cut at half the characters")
  func wideCharacters() {
    let line = String(repeating: "漢", count: 50)
    let fitted = TableListingWriter.fit(line, width: 80)
    #expect(fitted == String(repeating: "漢", count: 39) + "…")
    #expect(TerminalColumns.of(fitted) == 79)
    #expect(TableListingWriter.fit(String(repeating: "漢", count: 40), width: 80).count == 40)
    // Korean, kana, fullwidth forms and emoji too; Cyrillic and accented letters take one.
    #expect(TerminalColumns.of("한アＡ🇷🇺👍❤️") == 12)
    #expect(TerminalColumns.of("Путин é") == 7)
    #expect(TerminalColumns.of("✅⭐1️⃣") == 6)
  }

  @Test("a line of exactly the width, and one character more", arguments: [40, 41, 80])
  func edges(width: Int) {
    let exact = String(repeating: "a", count: width)
    #expect(TableListingWriter.fit(exact, width: width) == exact)
    #expect(
      TableListingWriter.fit(exact + "b", width: width)
        == String(repeating: "a", count: width - 1) + "…")
    // An accent after the last letter joins it: still exactly the width.
    #expect(TableListingWriter.fit(exact + "\u{301}", width: width) == exact + "\u{301}")
    var appended: [UInt8] = []
    TableListingWriter.appendFitted(Array((exact + "b").utf8), width: width, into: &appended)
    #expect(appended.elementsEqual((String(repeating: "a", count: width - 1) + "…").utf8))
  }
}
