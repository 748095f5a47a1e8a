import Testing

@testable import FactLedger

/// `ArticleText` compares words and cuts text on the UTF-8 bytes, and finds uncovered runs
/// between sorted ranges; `String.scalarCount` counts scalars on the bytes: each must give what
/// the scalar-by-scalar reading gives, for any text.
@Suite("Article text: words compared and scalars counted on the bytes")
struct ArticleTextComparisonTests {
  /// Pieces a text and its words are made of: ASCII, two-, three- and four-byte scalars, a
  /// combining accent (a scalar of its own), and a pair that is one character of two scalars.
  private static let pieces = [
    "a", "Z", " ", ".", "\n", "é", "“", "”", "—", "€", "𝔸", "🇷🇺", "e\u{301}", "ü", "\u{301}",
  ]

  /// A seeded generator and an article text of pieces drawn from it: the seed is named in a
  /// failing test's messages, so the failure can be made again.
  private struct RandomArticle {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator: SplitMix64
    let source: String
    let text: ArticleText

    init(_ pieces: Int) {
      generator = SplitMix64(seed: seed)
      source = ArticleTextComparisonTests.randomText(pieces, using: &generator)
      text = ArticleText(source)
    }
  }

  /// A text of `count` pieces drawn from `pieces`.
  private static func randomText(_ count: Int, using generator: inout SplitMix64) -> String {
    (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
  }

  /// The answer of the reading that was there before: scalar by scalar, bounds checked.
  private static func expected(_ text: ArticleText, _ words: String, _ start: Int, _ end: Int)
    -> Bool
  {
    guard start >= 0, start <= end, end <= text.count else { return false }
    return text.scalars[start..<end].elementsEqual(words.unicodeScalars)
  }

  @Test("a scalar count on the bytes equals unicodeScalars.count, for small and long strings")
  func scalarCount() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    #expect("".scalarCount == 0)
    for length in 0..<60 {
      for _ in 0..<20 {
        let text = Self.randomText(length, using: &generator)
        #expect(
          text.scalarCount == text.unicodeScalars.count,
          "\(text.debugDescription), seed \(seed)")
      }
    }
  }

  @Test("scalars decoded from the bytes are the scalar view's, for small and long strings")
  func scalarArray() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    #expect("".scalarArray.isEmpty)
    for length in [0, 1, 2, 7, 15, 16, 17, 60, 500] {
      for _ in 0..<20 {
        let text = Self.randomText(length, using: &generator)
        #expect(
          text.scalarArray == Array(text.unicodeScalars), "\(text.debugDescription), seed \(seed)")
        #expect(ArticleText(text).count == text.unicodeScalars.count)
      }
    }
    let astral = String(repeating: "𝔸\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}\u{7F}", count: 3)
    #expect(astral.scalarArray == Array(astral.unicodeScalars))
  }

  @Test("words compared at every offset of a text agree with the scalar-by-scalar reading")
  func everyOffset() {
    let text = ArticleText("“Quoted,” he said — e\u{301}té 🇷🇺 at 5 a.m. He said it again.")
    var words: Set<String> = ["", "he", "he said", "said", "again.", "5 a.m", "“Quoted,”", "xyz"]
    // Every slice of the text itself, and each with its last or first scalar changed.
    for start in 0...text.count {
      for end in start...min(text.count, start + 12) {
        let slice = text.text(from: start, to: end)!
        words.insert(slice)
        words.insert(slice + "x")
        words.insert("x" + slice)
        words.insert(String(slice.unicodeScalars.dropLast().map(Character.init)) + "q")
      }
    }
    for word in words {
      for start in -1...text.count + 1 {
        for end in [start - 1, start, start + 1, start + word.unicodeScalars.count, text.count + 1]
        {
          #expect(
            text.has(word, from: start, to: end) == Self.expected(text, word, start, end),
            "\(word.debugDescription) at \(start)..<\(end)")
        }
      }
    }
  }

  @Test("random words of one- to four-byte scalars agree with the scalar-by-scalar reading")
  func randomWords() {
    var random = RandomArticle(200)
    let (seed, source, text) = (random.seed, random.source, random.text)
    for _ in 0..<4000 {
      let start = Int.random(in: 0...text.count, using: &random.generator)
      let length = Int.random(in: 0...8, using: &random.generator)
      let end = min(text.count, start + length)
      var word = text.text(from: start, to: end)!
      if Bool.random(using: &random.generator) {
        word = Self.randomText(length, using: &random.generator)
      }
      #expect(
        text.has(word, from: start, to: end) == Self.expected(text, word, start, end),
        "\(word.debugDescription) at \(start)..<\(end) of \(source.debugDescription), seed \(seed)")
    }
  }

  @Test("a prefix and a suffix compared on the bytes agree with the scalars they would cover")
  func prefixAndSuffix() {
    var random = RandomArticle(120)
    let (seed, source, text) = (random.seed, random.source, random.text)
    for _ in 0..<4000 {
      let offset = Int.random(in: -2...text.count + 2, using: &random.generator)
      let length = Int.random(in: 0...8, using: &random.generator)
      // Words that stand before or after the offset (taken from the text at the nearest one).
      let inside = max(0, min(text.count, offset))
      var word = text.text(from: max(0, inside - length), to: inside)!
      if Bool.random(using: &random.generator) {
        word = text.text(from: inside, to: min(text.count, inside + length))!
      }
      if Int.random(in: 0..<3, using: &random.generator) == 0 {
        word = Self.randomText(length, using: &random.generator)
      }
      let scalars = word.unicodeScalars.count
      let place =
        "\(word.debugDescription) at \(offset) of \(source.debugDescription), seed \(seed)"
      // What the anchor's check read before: as many scalars as the word, cut at the edges.
      #expect(
        text.has(word, endingAt: offset)
          == Self.expected(text, word, max(0, offset - scalars), offset), "prefix \(place)")
      #expect(
        text.has(word, startingAt: offset)
          == Self.expected(text, word, offset, min(text.count, offset + scalars)),
        "suffix \(place)")
    }
  }

  @Test("the text between two offsets, cut on the bytes, is the scalars between them")
  func textBetweenOffsets() {
    let random = RandomArticle(80)
    let (seed, text) = (random.seed, random.text)
    for start in 0...text.count {
      for end in start...text.count {
        var expected = String.UnicodeScalarView()
        expected.append(contentsOf: text.scalars[start..<end])
        #expect(
          text.text(from: start, to: end) == String(expected), "\(start)..<\(end), seed \(seed)")
      }
    }
    #expect(text.text(from: -1, to: 2) == nil)
    #expect(text.text(from: 2, to: 1) == nil)
    #expect(text.text(from: 0, to: text.count + 1) == nil)
  }

  @Test("uncovered runs found between sorted ranges are those of marking every covered scalar")
  func uncoveredRuns() {
    var random = RandomArticle(60)
    let (seed, source, text) = (random.seed, random.source, random.text)
    for _ in 0..<2000 {
      // Unsorted, overlapping, empty and out-of-range ranges, as records can hold.
      let ranges = (0..<Int.random(in: 0...6, using: &random.generator)).map { _ in
        let start = Int.random(in: -5...text.count + 5, using: &random.generator)
        return start..<start + Int.random(in: 0...30, using: &random.generator)
      }
      #expect(
        text.uncoveredRuns(by: ranges) == Self.markedRuns(of: text, by: ranges),
        "\(ranges) of \(source.debugDescription), seed \(seed)")
    }
  }

  /// The runs the rule found before: every covered scalar marked, then the unmarked runs that
  /// hold a letter or digit.
  private static func markedRuns(of text: ArticleText, by ranges: [Range<Int>]) -> [Range<Int>] {
    var covered = [Bool](repeating: false, count: text.count)
    for range in ranges {
      for offset in range.clamped(to: 0..<text.count) { covered[offset] = true }
    }
    var runs: [Range<Int>] = []
    var offset = 0
    while offset < text.count {
      guard !covered[offset] else {
        offset += 1
        continue
      }
      let start = offset
      while offset < text.count, !covered[offset] { offset += 1 }
      if text.scalars[start..<offset].contains(where: ArticleText.isLetterOrDigit) {
        runs.append(start..<offset)
      }
    }
    return runs
  }

  @Test("an anchor's context is found as before when it begins or ends the text, or is too long")
  func contextAtTheEdges() {
    let text = ArticleText("é said it. He said it.")
    let atStart = Anchor(exact: "é", prefix: "", suffix: " said", start: 0, end: 1)
    #expect(atStart.status(in: text) == .intact)
    let longPrefix = Anchor(exact: "said", prefix: "xé ", suffix: " it", start: 2, end: 6)
    #expect(longPrefix.status(in: text) == .contextChanged)
    let longSuffix = Anchor(exact: "it.", prefix: "said ", suffix: " More", start: 19, end: 22)
    #expect(longSuffix.status(in: text) == .contextChanged)
    let exactSuffix = Anchor(exact: "it", prefix: "said ", suffix: ".", start: 19, end: 21)
    #expect(exactSuffix.status(in: text) == .intact)
  }

  @Test("a letter or digit is what Unicode's properties say, for every ASCII scalar and others")
  func lettersAndDigits() {
    let others: [Unicode.Scalar] = ["é", "ª", "º", "²", "½", "٣", "Ⅳ", "—", "“", "\u{301}", "𝔸"]
    for scalar in (0..<128).compactMap(Unicode.Scalar.init) + others {
      #expect(
        ArticleText.isLetterOrDigit(scalar)
          == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil),
        "\(scalar.debugDescription)")
    }
  }
}
