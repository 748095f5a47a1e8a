/// A claim as the comparators read it, with what they derive from the claim's own words worked
/// out once: a claim is compared with every item that bears on it, and its quotes, its
/// sentence and the people it names are the same each time.
struct PreparedClaim {
  /// The claim's assertions.
  let assertions: [Assertion]
  /// Each assertion's quoted words, by the assertion's position; `nil` where it is no quote.
  let quotes: [QuotedWords?]
  /// The words of the claim's first quote: an item giving them to someone else names another
  /// speaker.
  let firstQuote: QuotedWords?
  /// The person a claim's role belongs to: its speaker assertion, else its speaker.
  let subject: String?
  /// The person a claim's words belong to: its speaker, else its speaker assertion.
  let claimedSpeaker: String?
  /// The keys of the words of the claim's sentence (its anchor), where a fragment is placed;
  /// empty when no quote is a fragment.
  let sentenceKeys: [String]

  /// Prepares `claim`, splitting its texts through `gazetteer`'s cache.
  init(_ claim: borrowing Claim, gazetteer: Gazetteer) {
    assertions = claim.assertions
    quotes = claim.assertions.map { assertion in
      guard assertion.field == .quote, case .text(let words) = assertion.value else { return nil }
      return QuotedWords(
        words, words: gazetteer.foldedWords(of:), numbering: gazetteer.memo.numbering)
    }
    firstQuote = quotes.lazy.compactMap { $0 }.first
    let speakerAssertion = claim.assertions.lazy.compactMap { assertion -> String? in
      if assertion.field == .speaker, case .text(let name) = assertion.value { return name }
      return nil
    }.first
    subject = speakerAssertion ?? claim.attribution.speaker?.name
    claimedSpeaker = claim.attribution.speaker?.name ?? speakerAssertion
    sentenceKeys =
      quotes.contains { $0?.isFragment == true }
      ? gazetteer.foldedWords(of: claim.anchor.exact).map(\.key) : []
  }
}
