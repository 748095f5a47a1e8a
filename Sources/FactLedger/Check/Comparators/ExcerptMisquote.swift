/// A quotation in an evidence excerpt that has a claim's quote in other words: "Putin said:
/// "We do have an alliance"" against the article's "We do not have an alliance".
///
/// Only passages in double quotation marks are compared (`Quotations`): the page's own words
/// around them paraphrase, and a paraphrase is no misquote. A passage is compared when it is
/// close enough to be a misquote by `QuoteComparator` (three quarters of the words in order),
/// and the excerpt is read at all only when it has a quotation mark and that share of the
/// quote's words: most excerpts hold the words or none of them, and reading one for its
/// quotations and speakers costs far more than finding words.
enum ExcerptMisquote {
  /// The first quotation of `excerpt` that misquotes `quoted`: how its words differ, and who
  /// the excerpt has say it (`nil` for no one it names).
  struct Found: Sendable {
    var diff: String
    var speaker: String?
  }

  /// The quotation of `excerpt` that misquotes `quoted`, worked out once per pair of texts.
  static func find(_ quoted: QuotedWords, in excerpt: String, gazetteer: Gazetteer) -> Found? {
    guard hasQuotationMark(excerpt), sharesWords(quoted, with: excerpt, gazetteer: gazetteer)
    else { return nil }
    let found = gazetteer.memo.excerptMisquotes.value(
      for: TextPair(first: quoted.text, second: excerpt)
    ) { pair in
      search(quoted, in: pair.second, gazetteer: gazetteer) ?? Found(diff: "")
    }
    return found.diff.isEmpty ? nil : found
  }

  private static func search(_ quoted: QuotedWords, in excerpt: String, gazetteer: Gazetteer)
    -> Found?
  {
    let text = ArticleText(excerpt)
    for passage in Quotations(text).passages {
      guard let words = text.text(from: passage.range.lowerBound, to: passage.range.upperBound),
        case .misquote(let diff) = QuoteComparator.compare(
          quoted, with: gazetteer.foldedWords(of: words), of: words)
      else { continue }
      let attribution = AttributionDrafter(text: text, sources: []).attribution(of: passage.range)
      return Found(
        diff: diff, speaker: attribution.isVague ? nil : attribution.speaker?.name)
    }
    return nil
  }

  /// Whether `text` has a double quotation mark: `"`, `“`, `”`, `„`, `«` or `»`.
  private static func hasQuotationMark(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { return true }
      // “ ” „ are E2 80 9C, 9D, 9E; « » are C2 AB, BB.
      if previous == 0x80, (0x9C...0x9E).contains(byte) { return true }
      if previous == 0xC2, byte == 0xAB || byte == 0xBB { return true }
      previous = byte
    }
    return false
  }

  /// Whether `excerpt` has at least the share of the quote's words a misquote keeps.
  private static func sharesWords(_ quoted: QuotedWords, with excerpt: String, gazetteer: Gazetteer)
    -> Bool
  {
    guard !quoted.keys.isEmpty else { return false }
    let present = gazetteer.memo.wordKeySets.value(for: TextKey(excerpt)) {
      Set(gazetteer.foldedWords(of: $0.text).lazy.map(\.key))
    }
    let shared = quoted.keys.count { present.contains($0) }
    return Double(shared) / Double(quoted.keys.count) >= QuoteComparator.misquoteThreshold
  }
}
