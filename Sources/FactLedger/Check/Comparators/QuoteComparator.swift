import Foundation

/// Compares the words an article quotes with the words a source gives.
///
/// Both are normalised first (Unicode NFC, curly and straight quotes alike, dashes alike, case
/// and spacing ignored, punctuation dropped). Then: the article's words standing in the
/// source's, in order, are a match (a quote may be a fragment); an ellipsis in the article
/// matches words the source has and the article left out; otherwise a word-level diff names
/// what the article added, dropped or changed. A close diff is a misquote; a loose one is a
/// paraphrase, reported as such and never as a match.
enum QuoteComparator {
  /// The result of one comparison.
  enum Result: Equatable {
    case match
    case elidedMatch(omittedWords: Int)
    case misquote(String)
    case paraphrase(similarity: Double)
    case unrelated
  }

  /// The share of the article's words that must appear, in order, for a misquote rather than
  /// a paraphrase.
  static let misquoteThreshold = 0.75
  /// Below this share, the words are unrelated.
  static let paraphraseThreshold = 0.4

  static func compare(claimed: String, source: String) -> Result {
    let segments = segmentsSplitByEllipsis(claimed)
    let sourceWords = words(source)
    if segments.count > 1 {
      if let omitted = matchInOrder(segments, in: sourceWords) {
        return .elidedMatch(omittedWords: omitted)
      }
    }
    let claimWords = segments.flatMap { $0 }
    guard !claimWords.isEmpty, !sourceWords.isEmpty else { return .unrelated }
    if Gazetteer.contains(sourceWords, claimWords) { return .match }
    let pairs = longestCommonSubsequence(claimWords, sourceWords)
    let similarity = Double(pairs.count) / Double(claimWords.count)
    if similarity >= misquoteThreshold {
      return .misquote(describeDiff(claimWords, sourceWords, pairs))
    }
    if similarity >= paraphraseThreshold { return .paraphrase(similarity: similarity) }
    return .unrelated
  }

  /// The words of a quote, normalised.
  static func words(_ text: String) -> [String] {
    let unified = text.precomposedStringWithCanonicalMapping
      .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
      .replacingOccurrences(of: "–", with: " ").replacingOccurrences(of: "—", with: " ")
      .replacingOccurrences(of: "-", with: " ")
    return unified.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }.filter { !$0.isEmpty }
  }

  private static func segmentsSplitByEllipsis(_ text: String) -> [[String]] {
    text.replacingOccurrences(of: "…", with: "...").components(separatedBy: "...")
      .map(words).filter { !$0.isEmpty }
  }

  /// The words skipped when `segments` stand in `words` in order, or `nil` when they do not.
  private static func matchInOrder(_ segments: [[String]], in words: [String]) -> Int? {
    var position = 0
    var skipped = 0
    for (index, segment) in segments.enumerated() {
      guard position + segment.count <= words.count,
        let found = (position...(words.count - segment.count)).first(where: {
          words[$0..<$0 + segment.count].elementsEqual(segment)
        })
      else { return nil }
      if index > 0 { skipped += found - position }
      position = found + segment.count
    }
    return skipped
  }

  /// Index pairs (claim, source) of a longest common subsequence of words.
  private static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
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
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  /// "changes 'a' to 'b'; adds 'c'; drops 'd'", over the span of the source the quote aligns with.
  private static func describeDiff(_ claim: [String], _ source: [String], _ pairs: [(Int, Int)])
    -> String
  {
    var changes: [String] = []
    var previous = (-1, pairs.first.map { $0.1 - 1 } ?? -1)
    for pair in pairs + [(claim.count, (pairs.last?.1 ?? source.count - 1) + 1)] {
      let added = claim[(previous.0 + 1)..<pair.0].joined(separator: " ")
      let dropped =
        pair.1 > previous.1 + 1
        ? source[(previous.1 + 1)..<min(pair.1, source.count)].joined(separator: " ") : ""
      switch (added.isEmpty, dropped.isEmpty) {
      case (false, false): changes.append("has '\(added)' where the source has '\(dropped)'")
      case (false, true): changes.append("adds '\(added)'")
      case (true, false): changes.append("drops '\(dropped)'")
      case (true, true): break
      }
      previous = pair
    }
    return "the article " + changes.joined(separator: "; ")
  }
}
