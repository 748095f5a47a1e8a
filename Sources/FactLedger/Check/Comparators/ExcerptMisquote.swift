/// A quotation in an evidence excerpt that has a claim's quote in other words: "Putin said:
/// "We do have an alliance"" against the article's "We do not have an alliance".
///
/// Only passages in double quotation marks are compared (`Quotations`): the page's own words
/// around them paraphrase, and a paraphrase is no misquote. A passage is compared when it is
/// close enough to be a misquote by `QuoteComparator` (three quarters of the words in order),
/// and the excerpt is read at all only when it has a quotation mark and that share of the
/// quote's words: most excerpts hold the words or none of them, and reading one for its
/// quotations and speakers costs far more than finding words. Only a quotation the excerpt
/// gives to the claimed speaker is theirs: one of someone else, of someone unnamed ("a
/// reporter asked"), or of no one the excerpt names is another statement.
enum ExcerptMisquote {
  /// The first quotation of `excerpt` that misquotes `quoted`: how its words differ, and who
  /// the excerpt has say it.
  struct Found: Sendable {
    var diff: String
    var speaker: String
  }

  /// The quotation of `excerpt` that misquotes `quoted`, said by `claimed`, worked out once
  /// per pair of texts.
  static func find(
    _ quoted: QuotedWords, in excerpt: String, claimed: String, gazetteer: Gazetteer
  ) -> Found? {
    guard hasQuotationMark(excerpt), sharesWords(quoted, with: excerpt, gazetteer: gazetteer)
    else { return nil }
    let found = gazetteer.memo.excerptMisquotes.value(
      for: TextPair(first: quoted.text, second: excerpt)
    ) { pair in
      search(quoted, in: pair.second, gazetteer: gazetteer) ?? Found(diff: "", speaker: "")
    }
    guard !found.diff.isEmpty,
      TextComparator.person(claimed, found.speaker, gazetteer: gazetteer) == .same
    else { return nil }
    return found
  }

  /// The first quotation close to `quoted`: of about its length, and with few words on either
  /// side that the other lacks (one word in seven of the quote's, one in four of the
  /// quotation's, at least one and two), so that another statement of the same shape ("we do
  /// not have a trade agreement with Japan") or a long quotation holding most of the words
  /// among others is not taken for it; with who the excerpt has say it.
  private static func search(_ quoted: QuotedWords, in excerpt: String, gazetteer: Gazetteer)
    -> Found?
  {
    let text = ArticleText(excerpt)
    let count = quoted.keys.count
    for passage in Quotations(text).passages {
      guard let words = text.text(from: passage.range.lowerBound, to: passage.range.upperBound)
      else { continue }
      let source = gazetteer.foldedWords(of: words)
      guard 4 * source.count >= 3 * count, 3 * source.count <= 4 * count,
        case .misquote(let diff) = QuoteComparator.compare(quoted, with: source, of: words)
      else { continue }
      // `compare` diffed them within `maxDiffCells`; a pair past it was compared roughly.
      guard count * source.count <= QuoteComparator.maxDiffCells else { continue }
      let shared = QuoteComparator.longestCommonSubsequence(
        quoted.numbers, quoted.numbering.numbers(of: source, in: words)
      ).count
      guard count - shared <= max(1, count / 7), source.count - shared <= max(2, source.count / 4)
      else { continue }
      let drafter = AttributionDrafter(text: text, sources: [])
      let attribution = drafter.attribution(of: passage.range)
      guard !attribution.isVague, let speaker = attribution.speaker?.name else { continue }
      // Another person speaking in the sentence ("Putin said he agreed with Lavrov, who had
      // said: "…"") makes the reading a guess.
      let sentence = drafter.sentence(around: passage.range)
      let around =
        text.text(
          from: min(sentence.lowerBound, passage.range.lowerBound),
          to: max(sentence.upperBound, passage.range.upperBound)) ?? excerpt
      let speakerWords = Set(gazetteer.words(of: speaker))
      let others = around.split { !$0.isLetter }.lazy
        .filter { $0.first?.isUppercase == true && $0.count >= 2 }
        .map(String.init)
        .filter {
          let word = gazetteer.words(of: $0).first ?? ""
          return !speakerWords.contains(word) && !pronouns.contains(word)
        }
      if others.contains(where: { QuoteSpeaker.speaks($0, in: around, gazetteer: gazetteer) }) {
        continue
      }
      return Found(diff: diff, speaker: speaker)
    }
    return nil
  }

  /// Capitalised words that open a sentence and name no one.
  private static let pronouns: Set<String> = ["he", "she", "we", "i", "they", "it", "you"]

  /// Whether `text` has a double quotation mark (`QuotationMarks.all`); plain ASCII is read
  /// byte by byte.
  private static func hasQuotationMark(_ text: String) -> Bool {
    if text.utf8.contains(UInt8(ascii: "\"")) { return true }
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
    return text.unicodeScalars.contains(where: QuotationMarks.all.contains)
  }

  /// Whether `excerpt` has at least the share of the quote's words a misquote keeps.
  private static func sharesWords(_ quoted: QuotedWords, with excerpt: String, gazetteer: Gazetteer)
    -> Bool
  {
    guard !quoted.keys.isEmpty else { return false }
    // The quote's words the excerpt has (its words are split once per excerpt, and kept).
    var present: Set<String> = []
    for word in gazetteer.foldedWords(of: excerpt) where quoted.keySet.contains(word.key) {
      present.insert(word.key)
    }
    let shared = quoted.keys.count { present.contains($0) }
    return Double(shared) / Double(quoted.keys.count) >= QuoteComparator.misquoteThreshold
  }
}
