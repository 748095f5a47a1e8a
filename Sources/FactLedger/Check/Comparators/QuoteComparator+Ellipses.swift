import Foundation

/// A quote's ellipses, and the negations an ellipsis may not leave out.
extension QuoteComparator {
  /// The words of a quote between its ellipses ("..." or "…").
  static func segmentsSplitByEllipsis(
    _ text: String, words: (String) -> [FoldedWord] = FoldedWord.words(in:)
  ) -> [[FoldedWord]] {
    // Without a full stop or "…" (E2 80 A6 in UTF-8) there is no ellipsis to split at.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == 0xE2 }) else {
      let all = words(text)
      return all.isEmpty ? [] : [all]
    }
    let segments = ellipsisSegments(of: text)
    // Most texts have a full stop and no ellipsis: their one segment is the text itself, and
    // its words are looked up by the text, not by a copy of it.
    guard segments.count > 1 else {
      let all = words(text)
      return all.isEmpty ? [] : [all]
    }
    return segments.map { words(String($0)) }.filter { !$0.isEmpty }
  }

  /// The runs of `text` between ellipses ("..." or "…"), found left to right in one pass over
  /// the UTF-8 bytes.
  private static func ellipsisSegments(of text: String) -> [Substring] {
    let ellipses = ellipsisOffsets(of: text)
    let bytes = text.utf8
    var segments: [Substring] = []
    var start = bytes.startIndex
    for offset in ellipses {
      let index = bytes.index(bytes.startIndex, offsetBy: offset)
      segments.append(text[start..<index])
      start = bytes.index(index, offsetBy: 3)
    }
    segments.append(text[start...])
    return segments
  }

  /// Whether `text` starts and whether it ends with an ellipsis, past white space and
  /// quotation marks: the words may go on before or after it in the source.
  static func openEnds(of text: String) -> (atStart: Bool, atEnd: Bool) {
    // Most texts have no ellipsis: one pass over the bytes tells.
    guard !ellipsisOffsets(of: text).isEmpty else { return (false, false) }
    let core = text.trimmingCharacters(in: spacesAndQuotationMarks)
    return (
      core.hasPrefix("\u{2026}") || core.hasPrefix("..."),
      core.hasSuffix("\u{2026}") || core.hasSuffix("...")
    )
  }

  private static let spacesAndQuotationMarks = CharacterSet.whitespacesAndNewlines.union(
    CharacterSet(QuotationMarks.all.union(["'", "\u{2018}", "\u{2019}"])))

  /// `ellipsisOffsets(_:)` of the UTF-8 bytes of `text`.
  static func ellipsisOffsets(of text: String) -> [Int] {
    text.utf8.withContiguousStorageIfAvailable(ellipsisOffsets)
      ?? Array(text.utf8).withUnsafeBufferPointer(ellipsisOffsets)
  }

  /// The byte offsets where an ellipsis ("..." or "…", E2 80 A6) starts, left to right, each
  /// taking its three bytes.
  private static func ellipsisOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var offsets: [Int] = []
    var index = 0
    while index + 3 <= bytes.count {
      let (first, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
      if (first == 0x2E && second == 0x2E && third == 0x2E)
        || (first == 0xE2 && second == 0x80 && third == 0xA6)
      {
        offsets.append(index)
        index += 3
      } else {
        index += 1
      }
    }
    return offsets
  }

  /// Whether a negation stands in `gap` within the sentence of the word before the gap or of
  /// the word after it (no sentence break between them).
  static func negatesAcrossGap(_ words: [FoldedWord], _ gap: Range<Int>) -> Bool {
    gap.contains { index in
      guard isNegation(words[index].key) else { return false }
      let sameAsBefore = !words[(gap.lowerBound - 1)..<index].contains(where: \.isFollowedByBreak)
      let sameAsAfter = !words[index..<gap.upperBound].contains(where: \.isFollowedByBreak)
      return sameAsBefore || sameAsAfter
    }
  }

  /// Where the quote's words stand in `source`, ellipses and all, ignoring negations.
  static func span(of claimed: QuotedWords, in source: [FoldedWord]) -> Range<Int>? {
    if claimed.segments.count > 1,
      let (_, span) = matchInOrder(claimed.segmentKeys, in: source)
    {
      return span
    }
    return firstRun(of: claimed.keys, in: source, from: 0).map { $0..<$0 + claimed.keys.count }
  }

  /// The negation an ellipsis at the start or the end of the quote leaves out right beside
  /// its words at `span` in `source`, and which end; `nil` when there is none. Beside is the
  /// word next to them, or the one after an adverb ("… have an alliance" for "we do not
  /// (really) have an alliance"; "We have …" for "We have (absolutely) no alliance"), with no
  /// comma, dash or sentence break between: "Like it or not, we have" and "a partnership, not
  /// an alliance" negate another clause. A negation before a quote that starts with its
  /// subject ("Whether or not we have") is not the quote's.
  static func negationLeftOut(
    by claimed: QuotedWords, around span: Range<Int>, in source: [FoldedWord]
  ) -> (FoldedWord, end: String)? {
    if claimed.opensWithEllipsis, let first = claimed.keys.first, !subjects.contains(first) {
      var index = span.lowerBound - 1
      if index > 0, !source[index].isFollowedByPause, adverbs.contains(source[index].key) {
        index -= 1
      }
      if index >= 0, !source[index].isFollowedByPause, negatesBeside(source, at: index) {
        return (source[index], "start")
      }
    }
    if claimed.closesWithEllipsis, span.upperBound < source.count,
      !source[span.upperBound - 1].isFollowedByPause
    {
      var index = span.upperBound
      if index + 1 < source.count, !source[index].isFollowedByPause,
        adverbs.contains(source[index].key)
      {
        index += 1
      }
      if negatesBeside(source, at: index) { return (source[index], "end") }
    }
    return nil
  }

  /// Whether the word at `index` of `source` negates the words beside it: "not", "never",
  /// "no", "none", "neither" or "nor", but not in a set phrase that adds or stresses ("not
  /// only", "not least", "no matter", "no doubt", "none other"); "without" and "nothing" there
  /// are mostly of another phrase ("without delay", "nothing but").
  private static func negatesBeside(_ source: [FoldedWord], at index: Int) -> Bool {
    guard besideNegations.contains(source[index].key) else { return false }
    let next = index + 1 < source.count ? source[index + 1].key : ""
    return !setPhrases.contains([source[index].key, next])
  }

  private static let besideNegations: Set<String> = [
    "not", "never", "no", "none", "neither", "nor",
  ]

  private static let setPhrases: Set<[String]> = [
    ["not", "only"], ["not", "just"], ["not", "merely"], ["not", "least"], ["no", "matter"],
    ["no", "doubt"], ["none", "other"],
  ]

  /// Words that stand between a verb and its negation ("not really", "absolutely no").
  private static let adverbs: Set<String> = [
    "really", "certainly", "absolutely", "definitely", "simply", "actually", "still", "ever",
    "truly", "surely", "necessarily",
  ]

  /// Subjects and determiners a quote may start with: a negation before them is another
  /// clause's.
  private static let subjects: Set<String> = [
    "we", "i", "you", "they", "he", "she", "it", "the", "a", "an", "this", "that", "these",
    "those", "there", "our", "my", "their", "his", "her", "its",
  ]

  /// Whether `text` holds a negation (`isNegation(_:)`).
  static func holdsNegation(_ text: String) -> Bool {
    FoldedWord.words(in: text).contains { isNegation($0.key) }
  }

  /// Whether a word (a key) negates what it stands in: "not", "never", "no", "don't".
  private static func isNegation(_ key: String) -> Bool {
    negations.contains(key) || key.hasSuffix("n't")
  }

  private static let negations: Set<String> = [
    "not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "without",
  ]
}
