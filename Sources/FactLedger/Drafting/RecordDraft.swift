/// Makes a draft record from its parts: the one way `extract` (and, later, other drafters)
/// turns a span of an article into a `Claim` marked as a draft.
enum RecordDraft {
  /// A draft record of `article` on `span` of `text`: anchored with up to 32 scalars of
  /// context each side, its text the article's words, marked `"draft": true`. A record of a
  /// kind that is not a claim gets no attribution and no assertions.
  static func claim(
    article: String, id: String, span: Range<Int>, in text: ArticleText, kind: ClaimKind,
    attribution: Attribution, assertions: [Assertion]
  ) -> Claim {
    let anchor = text.anchor(start: span.lowerBound, end: span.upperBound)
    return Claim(
      id: id, article: article, kind: kind, text: anchor.exact, anchor: anchor,
      attribution: kind.isClaim ? attribution : Attribution(kind: .none),
      assertions: kind.isClaim ? assertions : [], isDraft: true)
  }
}
