import Foundation

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
    unsplit = split(text)
    numbers = numbering.numbers(of: words)
    self.numbering = numbering
    // Most quotes have no ellipsis: one pass over the bytes tells.
    if QuoteComparator.ellipsisOffsets(of: text).isEmpty {
      (opensWithEllipsis, closesWithEllipsis) = (false, false)
    } else {
      let core = text.trimmingCharacters(in: Self.spacesAndQuotationMarks)
      opensWithEllipsis = core.hasPrefix("\u{2026}") || core.hasPrefix("...")
      closesWithEllipsis = core.hasSuffix("\u{2026}") || core.hasSuffix("...")
    }
  }

  /// Whether `source` holds these words (`QuoteComparator.match(_:in:)`), split through
  /// `gazetteer`'s cache.
  func stand(in source: String, gazetteer: Gazetteer) -> Bool {
    QuoteComparator.match(self, in: gazetteer.foldedWords(of: source)) != nil
  }

  private static let spacesAndQuotationMarks = CharacterSet.whitespacesAndNewlines.union(
    CharacterSet(charactersIn: "\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{00AB}\u{00BB}"))

  /// Whether the quote is short enough to be checked by its place in the sentence.
  var isFragment: Bool {
    QuoteContext.isFragment(wordCount: unsplit.count)
  }
}
