import Foundation

/// Compares the words an article quotes with the words a source gives.
///
/// Both are normalised first through `TypographicFolding` (Unicode NFC; every apostrophe,
/// quotation mark, dash and space look-alike as its ASCII stand-in; case folded with Unicode's
/// rules; punctuation dropped). Then: the article's words standing in the
/// source's, in order, are a match (a quote may be a fragment); an ellipsis in the article
/// matches words the source has and the article left out, and one in the source words the
/// article has; otherwise a word-level diff names
/// what the article added, dropped or changed, in the words as written and with the code points
/// of characters that print alike. A close diff is a misquote; a loose one is a
/// paraphrase, reported as such and never as a match.
enum QuoteComparator {
  /// The result of one comparison.
  enum Result: Equatable {
    case match
    /// The article's ellipsis stands for words of the source.
    case elidedMatch(omittedWords: Int)
    /// The source's ellipsis stands for words the article has.
    case sourceElided(omittedWords: Int)
    case misquote(String)
    case paraphrase(similarity: Double)
    case unrelated

    /// Whether the words match, with or without an ellipsis.
    var isMatch: Bool {
      switch self {
      case .match, .elidedMatch, .sourceElided: true
      default: false
      }
    }
  }

  /// The share of the article's words that must appear, in order, for a misquote rather than
  /// a paraphrase.
  static let misquoteThreshold = 0.75
  /// Below this share, the words are unrelated.
  static let paraphraseThreshold = 0.4

  /// Compares the article's words with the source's, splitting texts with `words`
  /// (`FoldedWord.words(in:)`, or a cache of it).
  static func compare(
    claimed: String, source: String, words: (String) -> [FoldedWord] = FoldedWord.words(in:)
  ) -> Result {
    let quoted = QuotedWords(claimed, words: words, numbering: WordNumbering())
    return compare(quoted, with: words(source), of: source)
  }

  /// Compares the article's words, split once, with the source's words.
  ///
  /// - Parameters:
  ///   - claimed: The article's words.
  ///   - source: The source's words.
  ///   - text: The source's text, by which `claimed`'s numbering keeps the numbers of its
  ///     words once they are needed (when the words differ).
  static func compare(
    _ claimed: QuotedWords, with source: [FoldedWord], of text: String
  ) -> Result {
    if let match = match(claimed, in: source) { return match }
    guard !claimed.words.isEmpty, !source.isEmpty else { return .unrelated }
    if claimed.opensWithEllipsis || claimed.closesWithEllipsis,
      let span = span(of: claimed, in: source),
      let (dropped, end) = negationLeftOut(by: claimed, around: span, in: source)
    {
      return .misquote(
        "the article drops \(shown([dropped])) (its ellipsis at the \(end) leaves it out)")
    }
    if let omitted = sourceElision(of: text, in: claimed.words) {
      return .sourceElided(omittedWords: omitted)
    }
    let sourceNumbers = claimed.numbering.numbers(of: source, in: text)
    guard claimed.numbers.count * sourceNumbers.count <= maxDiffCells else {
      return roughComparison(claimed.numbers, sourceNumbers)
    }
    let pairs = longestCommonSubsequence(claimed.numbers, sourceNumbers)
    let similarity = Double(pairs.count) / Double(claimed.keys.count)
    if similarity >= misquoteThreshold {
      return .misquote(describeDiff(claimed.words, source, pairs))
    }
    if similarity >= paraphraseThreshold { return .paraphrase(similarity: similarity) }
    return .unrelated
  }

  /// What `compare(_:with:of:)` gives when the source has the article's words, `.match` or
  /// `.elidedMatch`; `nil` when it has not, without working out how the words differ.
  static func match(_ claimed: QuotedWords, in source: [FoldedWord]) -> Result? {
    if claimed.segments.count > 1,
      let (omitted, span) = matchInOrder(claimed.segmentKeys, in: source),
      negationLeftOut(by: claimed, around: span, in: source) == nil
    {
      return .elidedMatch(omittedWords: omitted)
    }
    guard !claimed.words.isEmpty, !source.isEmpty else { return nil }
    // The first place the words stand with no negation left out beside them.
    var from = 0
    while let start = firstRun(of: claimed.keys, in: source, from: from) {
      let span = start..<start + claimed.keys.count
      if negationLeftOut(by: claimed, around: span, in: source) == nil { return .match }
      from = start + 1
    }
    return nil
  }

  /// Compares two short runs of words that stand in the same place: equal, or a misquote
  /// naming what differs.
  static func compareInPlace(claimed: [FoldedWord], source: [FoldedWord]) -> Result {
    let claimKeys = claimed.map(\.key)
    let sourceKeys = source.map(\.key)
    if claimKeys == sourceKeys { return .match }
    return .misquote(
      describeDiff(
        claimed, source, longestCommonSubsequence(claimKeys, sourceKeys), wholeSource: true))
  }

  /// The words of a quote, normalised through `TypographicFolding`.
  static func words(_ text: String) -> [String] {
    FoldedWord.words(in: text).map(\.key)
  }

  /// How many of the article's `words` a source's ellipsis stands for ("we do not ... plan"):
  /// the source's parts stand in order in the article's words, the first at their start and
  /// the last at their end (unless the source's text starts or ends with an ellipsis itself),
  /// and the ellipses stand for one word or more; `nil` otherwise, or with no ellipsis.
  private static func sourceElision(of text: String, in words: [FoldedWord]) -> Int? {
    // One pass over the bytes, with no array made, for the many texts with no ellipsis.
    guard !ellipsisOffsets(of: text).isEmpty else { return nil }
    let parts = segmentsSplitByEllipsis(text).map { $0.map(\.key) }
    guard parts.count > 1, parts.joined().count >= 4,
      let omitted = matchInOrder(parts, in: words)?.skipped, omitted > 0
    else { return nil }
    let (isOpenAtStart, isOpenAtEnd) = openEnds(of: text)
    let first = parts[0]
    let last = parts[parts.count - 1]
    let startsAtStart = words.prefix(first.count).map(\.key) == first
    let endsAtEnd = words.suffix(last.count).map(\.key) == last
    return (startsAtStart || isOpenAtStart) && (endsAtEnd || isOpenAtEnd) ? omitted : nil
  }

  /// The words skipped when `segments` stand in `words` in order, and the span from the first
  /// segment's start to the last one's end; `nil` when they do not stand in order, or when a
  /// skipped word is a negation in the sentence of the words on either side of the gap: an
  /// ellipsis for "do not" turns "we do not have an alliance" into its opposite, which is a
  /// misquote, not a shortening. A negation in a whole sentence left out changes nothing the
  /// article quotes.
  static func matchInOrder(_ segments: [[String]], in words: [FoldedWord])
    -> (skipped: Int, span: Range<Int>)?
  {
    var position = 0
    var skipped = 0
    var start = 0
    for (index, segment) in segments.enumerated() {
      guard let found = firstRun(of: segment, in: words, from: position) else { return nil }
      if index > 0 {
        guard !negatesAcrossGap(words, position..<found) else { return nil }
        skipped += found - position
      } else {
        start = found
      }
      position = found + segment.count
    }
    return (skipped, start..<position)
  }

  /// Where `keys` first stand as a run in `words` at or after `start`; `nil` for no keys.
  static func firstRun(of keys: [String], in words: [FoldedWord], from start: Int)
    -> Int?
  {
    guard !keys.isEmpty, start + keys.count <= words.count else { return nil }
    return (start...(words.count - keys.count)).first { first in
      // Not the first half of a contraction: "we can" is not in "we cannot".
      let end = first + keys.count
      return keys.indices.allSatisfy { words[first + $0].key == keys[$0] }
        && (end == words.count || !words[end].isContinuation)
    }
  }

  /// The most words of a quote times words of a source compared word by word: the diff's
  /// table has one cell for each pair (16 MB here). A quote of 60,000 words against a source
  /// as long took 14 GB and 45 s; such a pair is compared by `roughComparison(_:_:)`.
  static let maxDiffCells = 4_000_000

  /// A quote and a source too long to diff, compared by the share of the quote's words the
  /// source has (each as many times as the quote has it), in any order: a misquote, a
  /// paraphrase or unrelated by the same thresholds, with no word-level detail.
  private static func roughComparison(_ claimed: [Int], _ source: [Int]) -> Result {
    var available: [Int: Int] = [:]
    for word in source { available[word, default: 0] += 1 }
    var shared = 0
    for word in claimed where available[word, default: 0] > 0 {
      available[word]! -= 1
      shared += 1
    }
    let similarity = Double(shared) / Double(max(1, claimed.count))
    if similarity >= misquoteThreshold {
      return .misquote(
        "the words differ from the source's (\(claimed.count) words, too many to compare word by word; \(Int(similarity * 100))% of them are in the source)"
      )
    }
    return similarity >= paraphraseThreshold ? .paraphrase(similarity: similarity) : .unrelated
  }

  /// Index pairs (claim, source) of a longest common subsequence of words.
  static func longestCommonSubsequence<Element: Equatable>(_ a: [Element], _ b: [Element])
    -> [(Int, Int)]
  {
    // One flat table, row `i` at `i * width`: the length of the longest common subsequence of
    // `a[i...]` and `b[j...]`; its last row and column stay 0.
    let width = b.count + 1
    var table = [Int32](repeating: 0, count: (a.count + 1) * width)
    table.withUnsafeMutableBufferPointer { table in
      for i in stride(from: a.count - 1, through: 0, by: -1) {
        let row = i * width
        for j in stride(from: b.count - 1, through: 0, by: -1) {
          table[row + j] =
            a[i] == b[j]
            ? table[row + width + j + 1] + 1 : max(table[row + width + j], table[row + j + 1])
        }
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  /// "has 'a' where the source has 'b'; adds 'c'; drops 'd'", over the span of the source the
  /// quote aligns with (as many words past the first and last words in common as the quote
  /// has there, so a word changed at an end is named as changed, not added), or over the whole
  /// source; words as written, with the code points of look-alike characters.
  private static func describeDiff(
    _ claim: [FoldedWord], _ source: [FoldedWord], _ pairs: [(Int, Int)],
    wholeSource: Bool = false
  ) -> String {
    // Each change, with the article's word before it, which names the place of a change
    // made more than once ("adds 'not' after 'do'; adds 'not' after 'are'").
    var changes: [(text: String, after: String)] = []
    var previous = (-1, -1)
    var end = source.count
    if !wholeSource, let first = pairs.first, let last = pairs.last {
      previous.1 = max(-1, first.1 - 1 - first.0)
      end = min(source.count, last.1 + 1 + (claim.count - 1 - last.0))
    }
    for pair in pairs + [(claim.count, end)] {
      let added = Array(claim[(previous.0 + 1)..<pair.0])
      let dropped =
        pair.1 > previous.1 + 1 ? Array(source[(previous.1 + 1)..<min(pair.1, source.count)]) : []
      let after = previous.0 >= 0 ? "after \(shown([claim[previous.0]]))" : "at the start"
      switch (added.isEmpty, dropped.isEmpty) {
      case (false, false):
        changes.append(("has \(shown(added)) where the source has \(shown(dropped))", after))
      case (false, true): changes.append(("adds \(shown(added))", after))
      case (true, false): changes.append(("drops \(shown(dropped))", after))
      case (true, true): break
      }
      previous = pair
    }
    let said = changes.map { change in
      changes.count { $0.text == change.text } > 1 ? "\(change.text) \(change.after)" : change.text
    }
    return "the article " + said.joined(separator: "; ")
  }

  /// `'words as written'`, then the code points of any look-alike characters in them.
  static func shown(_ words: [FoldedWord]) -> String {
    let codes = words.flatMap(\.lookAlikeCodePoints).reduce(into: [String]()) { codes, code in
      if !codes.contains(code) { codes.append(code) }
    }
    // The second word of a contraction shows the word the first one shows already.
    let written = words.indices.filter { $0 == 0 || !words[$0].isContinuation }
    let text = "'\(written.map { words[$0].shown }.joined(separator: " "))'"
    return codes.isEmpty ? text : "\(text) (\(codes.joined(separator: ", ")))"
  }
}
