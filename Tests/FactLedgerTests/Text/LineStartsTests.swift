import Testing

@testable import FactLedger

/// The line and column of an offset, and the paragraph around it, found by binary search over
/// the text's line starts, are those a walk over the text finds: the ones `extract` reported
/// before it was made linear.
@Suite("Line starts")
struct LineStartsTests {
  static let pieces = ["a", " ", "\n", "\n\n", "é", "“", "😀", "said.", "\r"]

  /// The line and column of `offset` as they were found before: a walk from the text's start.
  static func walkedLocation(_ text: ArticleText, of offset: Int) -> FactLedger.SourceLocation {
    var (line, column) = (1, 1)
    for scalar in text.scalars.prefix(offset) {
      if scalar == "\n" {
        (line, column) = (line + 1, 1)
      } else {
        column += 1
      }
    }
    return FactLedger.SourceLocation(line: line, column: column)
  }

  /// The paragraph around `offset` as the drafter walked to it: back and forward to a line feed.
  static func walkedParagraph(_ text: ArticleText, around offset: Int) -> Range<Int> {
    var start = min(offset, text.count)
    while start > 0, text.scalars[start - 1] != "\n" { start -= 1 }
    var end = min(offset, text.count)
    while end < text.count, text.scalars[end] != "\n" { end += 1 }
    return start..<end
  }

  @Test("every offset of random texts, and offsets past either end, as the walk finds them")
  func sameAsWalking() {
    // A failure names its seed: `SplitMix64(seed:)` with it replays the run.
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for _ in 0..<300 {
      let source = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        Self.pieces.randomElement(using: &generator)!
      }.joined()
      let text = ArticleText(source)
      let lines = LineStarts(text)
      for offset in 0...text.count + 2 {
        #expect(
          lines.location(of: offset) == text.location(of: offset)
            && lines.location(of: offset) == Self.walkedLocation(text, of: offset),
          "\(offset) in \(source.debugDescription) (seed \(seed))")
        #expect(
          lines.line(around: offset) == Self.walkedParagraph(text, around: offset),
          "\(offset) in \(source.debugDescription) (seed \(seed))")
      }
    }
  }

  @Test("a line feed ends its line; the line after a final one is empty")
  func lineFeeds() {
    let lines = LineStarts(ArticleText("ab\n\ncd\n"))
    #expect(lines.starts == [0, 3, 4, 7])
    #expect(lines.line(around: 1) == 0..<2)
    #expect(lines.line(around: 2) == 0..<2)
    #expect(lines.line(around: 3) == 3..<3)
    #expect(lines.line(around: 5) == 4..<6)
    #expect(lines.line(around: 7) == 7..<7)
    #expect(lines.location(of: 5) == SourceLocation(line: 3, column: 2))
    #expect(lines.location(of: 7) == SourceLocation(line: 4, column: 1))
  }
}
