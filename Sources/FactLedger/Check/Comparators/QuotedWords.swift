/// The words an article quotes, split once: a claim's quote is compared with every item that
/// bears on the claim, so its ellipses, its folded words and a number for each distinct word
/// are worked out once per claim, not once per item.
struct QuotedWords: Sendable {
  /// The words between ellipses (`QuoteComparator.segmentsSplitByEllipsis`).
  let segments: [[FoldedWord]]
  /// The keys of each segment's words.
  let segmentKeys: [[String]]
  /// The words of every segment, in order.
  let words: [FoldedWord]
  /// The keys of `words`.
  let keys: [String]
  /// `keys` as numbers: equal keys, equal numbers (for aligning words without comparing text).
  let numbers: [Int32]
  /// The words of the whole text, not split at ellipses: a fragment is placed by these.
  let unsplit: [FoldedWord]
  private let numberByKey: [String: Int32]

  /// Splits `text` with `split` (`FoldedWord.words(in:)`, or a cache of it).
  init(_ text: String, words split: (String) -> [FoldedWord] = FoldedWord.words(in:)) {
    segments = QuoteComparator.segmentsSplitByEllipsis(text, words: split)
    segmentKeys = segments.map { $0.map(\.key) }
    words = segments.count == 1 ? segments[0] : segments.flatMap { $0 }
    keys = segmentKeys.count == 1 ? segmentKeys[0] : segmentKeys.flatMap { $0 }
    var numberByKey: [String: Int32] = [:]
    numbers = keys.map { key in
      if let known = numberByKey[key] { return known }
      let number = Int32(numberByKey.count)
      numberByKey[key] = number
      return number
    }
    self.numberByKey = numberByKey
    unsplit = split(text)
  }

  /// Whether the quote is short enough to be checked by its place in the sentence.
  var isFragment: Bool {
    (1...QuoteContext.maxFragmentWords).contains(unsplit.count)
  }

  /// The numbers of other words, as `numbers` gives them: -1 for a word the quote lacks.
  func numbers(of other: [FoldedWord]) -> [Int32] {
    other.map { numberByKey[$0.key] ?? -1 }
  }
}
