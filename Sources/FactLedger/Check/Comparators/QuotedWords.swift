/// The words an article quotes, split once: a claim's quote is compared with every item that
/// bears on the claim, so its ellipses, folded words and word numbers are worked out once per
/// claim, not once per item.
struct QuotedWords {
  /// The quote as the claim writes it.
  let text: String
  /// The words between ellipses (`QuoteComparator.segmentsSplitByEllipsis`).
  let segments: [[FoldedWord]]
  /// The keys of each segment's words.
  let segmentKeys: [[String]]
  /// The words of every segment, in order.
  let words: [FoldedWord]
  /// The keys of `words`.
  let keys: [String]
  /// The distinct keys of `words`, looked up in every excerpt a misquote is sought in.
  let keySet: Set<String>
  /// The words of the whole text, not split at ellipses: a fragment is placed by these.
  let unsplit: [FoldedWord]
  /// The numbers of `words`, from `numbering`.
  let numbers: [Int]
  /// What numbered the words; a source compared with them must be numbered by it too.
  let numbering: WordNumbering
  /// Whether the quote starts with an ellipsis: the source may say more before its words.
  let opensWithEllipsis: Bool
  /// Whether the quote ends with an ellipsis: the source may say more after its words.
  let closesWithEllipsis: Bool

  /// Splits `text`, its editorial marks resolved (`EditorialMarks`), with `split` (`FoldedWord.words(in:)`, or a cache of it), numbering its
  /// words with `numbering`.
  init(
    _ text: String, words split: (String) -> [FoldedWord] = FoldedWord.words(in:),
    numbering: WordNumbering
  ) {
    self.text = text
    let text = EditorialMarks.resolved(text, isQuote: true)
    segments = QuoteComparator.segmentsSplitByEllipsis(text, words: split)
    segmentKeys = segments.map { $0.map(\.key) }
    words = segments.count == 1 ? segments[0] : segments.flatMap { $0 }
    keys = segmentKeys.count == 1 ? segmentKeys[0] : segmentKeys.flatMap { $0 }
    keySet = Set(keys)
    unsplit = split(text)
    numbers = numbering.numbers(of: words)
    self.numbering = numbering
    (opensWithEllipsis, closesWithEllipsis) = QuoteComparator.openEnds(of: text)
  }

  /// Whether `source` holds these words (`QuoteComparator.match(_:in:)`), split through
  /// `gazetteer`'s cache.
  func stand(in source: String, gazetteer: Gazetteer) -> Bool {
    QuoteComparator.match(self, in: gazetteer.foldedWords(of: source)) != nil
  }

  /// Whether the quote is short enough to be checked by its place in the sentence.
  var isFragment: Bool {
    QuoteContext.isFragment(wordCount: unsplit.count)
  }
}
