/// Drafts the kind of a sentence of an article: first whether it is page text rather than a
/// claim (headline, dateline, byline, furniture, question; see `KindClassifier+Page.swift`),
/// then which kind of claim it makes.
///
/// Claims, in this order: `quote` when the sentence opens inside a quotation of three words
/// or more, quotes a whole clause after a colon, is mostly quoted words, or continues a
/// quotation from an earlier paragraph; `question` when it ends with a question mark;
/// `statement` for reported speech (see `isStatement`); then, in the author's voice (or an
/// outlet's report of an event): `prediction` ("will", "is expected to",
/// "should expect", "in the coming months"), `opinion` ("should", "must", "ought to"),
/// `statistic` (a percentage, an amount of money, millions), `analysis` (an opening "While",
/// "As", "Although" clause, or "increasingly", "partly", "appears to"), else `event`.
struct KindClassifier {
  /// The article's text.
  let text: ArticleText
  /// Its quoted passages.
  let quotations: Quotations
  /// Its title, which a headline repeats.
  let title: String
  /// Its author, whom a byline names.
  let author: String?
  /// The names and aliases of the ledger's sources, lowercased: a "speaker" with one of these
  /// names is an outlet.
  let sourceNames: Set<String>

  /// Verbs of speech: a person or a body speaks, so the sentence is reported speech even when
  /// it names the outlet that carried the words ("told TNI").
  static let speechPhrases = [
    "said", "says", "told", "tells", "added", "adds", "stated", "quoted", "as saying", "call",
    "called", "describe", "describes", "described", "warned", "warns", "claimed", "insisted",
    "argued", "argues", "explained", "stressed", "emphasized", "emphasised", "acknowledged",
    "confirmed", "denied", "asserted", "declared", "remarked", "commented", "in remarks to",
    "a statement said", "underlined", "underlines", "underscored", "dismissed", "dismisses",
    "rejected", "rejects", "admitted", "conceded", "cautioned", "calling it",
  ]
  /// Verbs of reporting: an outlet that reports an event leaves the sentence the event's kind
  /// ("reported Newsweek", "according to TASS", "noted by TNI").
  static let reportPhrases = [
    "reported", "according to", "noted", "announced", "announces", "wrote", "writes",
  ]
  /// What the author expects: a prediction.
  static let predictionPhrases = [
    "will", "won't", "is expected to", "are expected to", "should expect", "is likely to",
    "are likely to", "in the coming", "is set to", "are set to", "forecast", "forecasts",
    "predicted", "predicts",
  ]
  /// What the author holds someone ought to do: an opinion.
  static let opinionPhrases = [
    "should", "must", "ought to", "need to", "needs to", "it is time",
  ]
  /// Words of interpretation: the author's analysis.
  static let analysisPhrases = [
    "increasingly", "partly", "appears to", "appear to", "seems to", "seem to", "suggests",
    "signals", "a sign of", "in order to", "reflects", "underscores", "arguably",
  ]
  /// Words that open a clause setting one fact against another: the author's analysis.
  static let concessiveOpenings: Set<String> = ["while", "as", "although", "though", "whereas"]
  /// Verbs of belief that make a group of sources ("experts see") a reported view.
  static let beliefVerbs = [
    "see", "sees", "believe", "believes", "think", "thinks", "expect", "expects", "fear",
    "fears", "doubt", "doubts", "agree", "agrees", "view", "views",
  ]
  /// Nouns for a group or post that speaks: a sentence whose subject is one is reported speech.
  static let sourceNouns: Set<String> = [
    "analysts", "analyst", "experts", "expert", "officials", "official", "observers",
    "critics", "diplomats", "sources", "spokesman", "spokeswoman", "spokesperson",
    "researchers", "scientists", "economists", "commentators", "lawmakers",
  ]

  /// The kind of `sentence`, standing at `place`, given its drafted attribution.
  ///
  /// - Parameter ignoring: the offsets of cues that attribute nothing, standing in a clause
  ///   about something else ("..., a claim he has denied"): their words make no statement.
  func kind(
    of sentence: Range<Int>, at place: Place, attribution: Attribution,
    ignoring: [Range<Int>] = []
  ) -> ClaimKind {
    if let kind = pageKind(of: sentence, at: place) { return kind }
    if isQuote(sentence) { return .quote }
    if isQuestion(sentence) { return .question }
    return claimKind(of: sentence, attribution: attribution, ignoring: ignoring)
  }

  /// The kind of claim `sentence` makes, when it is neither a quote nor a question, leaving
  /// out the words at `ignoring`.
  func claimKind(of sentence: Range<Int>, attribution: Attribution, ignoring: [Range<Int>] = [])
    -> ClaimKind
  {
    var kept = String.UnicodeScalarView()
    for offset in sentence where !ignoring.contains(where: { $0.contains(offset) }) {
      kept.append(text.scalars[offset])
    }
    let words = SentenceWords(String(kept))
    if isStatement(sentence, words: words, attribution: attribution) { return .statement }
    if words.contains(any: Self.predictionPhrases) { return .prediction }
    if words.contains(any: Self.opinionPhrases) { return .opinion }
    if isStatistic(sentence, words: words) { return .statistic }
    let written = text.text(from: sentence.lowerBound, to: sentence.upperBound) ?? ""
    if let first = words.words.first, Self.concessiveOpenings.contains(first),
      written.contains(",")
    {
      return .analysis
    }
    if words.contains(any: Self.analysisPhrases) { return .analysis }
    return .event
  }

  // MARK: - Quotes and reported speech

  /// Whether the sentence is a direct quote: it opens inside a quotation of three words or
  /// more, quotes a whole clause after a colon, is mostly quoted, or continues a quotation.
  func isQuote(_ sentence: Range<Int>) -> Bool {
    let passages = quotations.passages(overlapping: sentence)
    guard !passages.isEmpty else { return false }
    let firstLetter = sentence.first { text.scalars[$0].properties.isAlphabetic }
    for passage in passages {
      let words = quotedWordCount(passage.range.clamped(to: sentence))
      if passage.isContinued, passage.range.lowerBound <= sentence.lowerBound { return true }
      if let firstLetter, passage.range.contains(firstLetter), words >= 3 { return true }
      if words >= 3, colonBefore(passage.range.lowerBound, in: sentence) { return true }
    }
    let quoted = passages.reduce(0) { $0 + quotedWordCount($1.range.clamped(to: sentence)) }
    return quoted * 2 >= quotedWordCount(sentence)
  }

  /// Whether the sentence reports what someone said: a person or group is its drafted
  /// speaker, a verb of speech stands in it ("said", "told"), a verb of reporting has a source
  /// that is not only an outlet ("the ministry announced", not "reported Newsweek", which
  /// reports an event), a group of sources is its subject ("analysts see"), or a reporting
  /// verb frames a partial quote.
  func isStatement(_ sentence: Range<Int>, words: SentenceWords, attribution: Attribution)
    -> Bool
  {
    let speaker = attribution.speaker?.name ?? attribution.speaker?.description
    let isOutletName = speaker.map { sourceNames.contains($0.lowercased()) } ?? false
    if speaker != nil, !isOutletName { return true }
    if words.contains(any: Self.speechPhrases) { return true }
    let reports = words.contains(any: Self.reportPhrases)
    if reports, attribution.outlet == nil, !isOutletName { return true }
    if words.words.prefix(5).contains(where: Self.sourceNouns.contains),
      reports || words.contains(any: Self.beliefVerbs)
    {
      return true
    }
    return reports && !quotations.passages(overlapping: sentence).isEmpty
  }

  private func colonBefore(_ offset: Int, in sentence: Range<Int>) -> Bool {
    var index = offset - 1
    while index >= sentence.lowerBound, text.scalars[index].properties.isWhitespace { index -= 1 }
    return index >= sentence.lowerBound && text.scalars[index] == ":"
  }

  private func quotedWordCount(_ range: Range<Int>) -> Int {
    SentenceWords(text.text(from: range.lowerBound, to: range.upperBound) ?? "").words.count
  }

  // MARK: - Numbers

  /// A percentage, an amount of money or a large round number.
  private func isStatistic(_ sentence: Range<Int>, words: SentenceWords) -> Bool {
    let scalars = text.scalars[sentence]
    if scalars.contains(where: { "%$€£¥".unicodeScalars.contains($0) }) { return true }
    let hasNumber = words.words.contains {
      $0.unicodeScalars.contains { $0.properties.numericType != nil }
    }
    return hasNumber
      && words.contains(any: [
        "percent", "per cent", "million", "billion", "trillion", "dollars", "euros", "rubles",
        "yuan", "percentage points",
      ])
  }
}
