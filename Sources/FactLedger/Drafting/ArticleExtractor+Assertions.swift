/// The assertions `extract` drafts for a record: `AssertionDrafter`'s, with a quote's words
/// taken from the longest quotation in the span (a sentence often holds its cue and speaker
/// outside the marks), and a credential's person, post and body.
struct ExtractAssertions {
  let text: ArticleText
  let quotations: Quotations
  let drafter: AssertionDrafter

  /// The assertions of the words at `span`.
  func of(_ span: Range<Int>, kind: ClaimKind, attribution: Attribution) -> [Assertion] {
    var assertions = drafter.assertions(for: span, kind: kind, attribution: attribution)
    guard kind == .quote, let index = assertions.firstIndex(where: { $0.field == .quote }) else {
      return assertions
    }
    let longest = quotations.passages(overlapping: span).map { $0.range.clamped(to: span) }
      .max { $0.count < $1.count }
    if let longest, !longest.isEmpty,
      let exact = text.text(from: longest.lowerBound, to: longest.upperBound)
    {
      assertions[index] = Assertion(field: .quote, value: .text(ClaimDrafter.quotedWords(exact)))
    }
    return assertions
  }

  /// What a credential record asserts: the person, and the post and body the words give.
  static func credential(_ speaker: Speaker) -> [Assertion] {
    let fields: [(Assertion.Field, String?)] = [
      (.speaker, speaker.name), (.role, speaker.role), (.organization, speaker.organization),
    ]
    return fields.compactMap { field, value in
      guard let value, !value.isEmpty else { return nil }
      return Assertion(field: field, value: .text(value))
    }
  }
}
