extension ArticleExtractor {
  /// The assertions drafted for a record: for now the quote assertion `claim new` drafts (the
  /// words of the longest quotation in the span, else the span without its marks), and none
  /// for other kinds. The one place typed assertions (periods, counts, amounts, places) are
  /// to be drafted from.
  func draftAssertions(
    kind: ClaimKind, span: Range<Int>, in text: ArticleText, quotations: Quotations
  ) -> [Assertion] {
    guard kind == .quote else { return [] }
    let longest = quotations.passages(overlapping: span).map { $0.range.clamped(to: span) }
      .max { $0.count < $1.count }
    let words = (longest ?? span).isEmpty ? span : (longest ?? span)
    let exact = text.text(from: words.lowerBound, to: words.upperBound) ?? ""
    return [Assertion(field: .quote, value: .text(ClaimDrafter.quotedWords(exact)))]
  }
}
