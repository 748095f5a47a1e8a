import Testing

@testable import FactLedger

/// The table's lines are cut to the terminal's width counting characters only where needed;
/// the cut must be the one counting every character gives.
@Suite("Listing table: lines fitted to the width")
struct TableLineFitTests {
  /// The fitting as it was: escape, count every character, cut.
  private static func fittedByCounting(_ line: String, width: Int) -> String {
    let flat = Escape.terminal(line)
    guard flat.count > width else { return flat }
    return String(flat.prefix(width - 1)) + "…"
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
