import Testing

@testable import FactLedger

/// The sentence around a span, found by binary search over the text's sentence breaks, is the
/// one a walk from the span finds (`SentenceBounds`, then the cut at an ellipsis): what the
/// drafter found before it was made linear.
@Suite("Sentence breaks")
struct SentenceBreaksTests {
  static let pieces = [
    "word", " ", "  ", "\n", ". ", "? ", "! ", ".\u{201D} ", "U.S. ", "Dr. ", "J. ", "\u{2026}",
    "\u{2026} That", "\u{2026}\u{00A0}\u{201C}so", "\u{201C}", "Said", "\t", ".", "\u{00A0}",
  ]

  /// The sentence around `span` as the drafter walked to it.
  static func walkedSentence(around span: Range<Int>, in text: ArticleText) -> Range<Int> {
    let found = SentenceBounds.sentence(around: span, in: text)
    var start = found.lowerBound
    var end = found.upperBound
    for offset in found where text.scalars[offset] == "\u{2026}" {
      var next = offset + 1
      while next < found.upperBound, text.scalars[next] == " " || text.scalars[next] == "\u{00A0}" {
        next += 1
      }
      guard next > offset + 1, next < found.upperBound,
        text.scalars[next].properties.isUppercase
          || ["\u{201C}", "\u{201E}", "\""].contains(text.scalars[next])
      else { continue }
      if next <= span.lowerBound {
        start = max(start, next)
      } else if offset + 1 >= span.upperBound {
        end = min(end, offset + 1)
      }
    }
    return start..<end
  }

  @Test("every span of random texts has the sentence the walk finds")
  func sameAsWalking() {
    // A failure names its seed: `SplitMix64(seed:)` with it replays the run.
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for _ in 0..<300 {
      let source = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
        Self.pieces.randomElement(using: &generator)!
      }.joined()
      let text = ArticleText(source)
      let breaks = SentenceBreaks(text)
      for start in 0...text.count {
        for end in start...min(text.count, start + 12) {
          #expect(
            breaks.sentence(around: start..<end)
              == Self.walkedSentence(around: start..<end, in: text),
            "\(start)..<\(end) in \(source.debugDescription) (seed \(seed))")
        }
      }
    }
  }

  @Test(
    "a sentence ends at a full stop before white space, not after an abbreviation or an initial; an ellipsis before a quotation cuts it"
  )
  func breaks() {
    let text = ArticleText(
      "Dr. Li met U.S. envoys. J. Smith said so\u{2026} \u{201C}Yes.\u{201D}\nNext")
    let breaks = SentenceBreaks(text)
    #expect(breaks.breaks == [23, 48])
    #expect(breaks.sentence(around: 0..<2) == 0..<23)
    #expect(breaks.sentence(around: 24..<26) == 24..<41)
    #expect(breaks.sentence(around: 42..<44) == 42..<48)
    #expect(breaks.sentences(in: 0..<48) == [0..<23, 24..<41, 42..<48])
  }
}
