/// What a record of the ledger holds: a kind of claim, or a kind of text that is not a claim.
///
/// Every sentence of an article gets a record, so the text that makes no claim (headline,
/// byline, page furniture) has kinds too; a coverage check can then account for all of it.
public enum ClaimKind: String, Sendable, CaseIterable, Codable {
  /// Something happened: a drill, a meeting, a launch.
  case event
  /// A number: a count, an amount, a share.
  case statistic
  /// Words given as someone's own, in quotation marks.
  case quote
  /// Reported speech: what someone said, in the article's words.
  case statement
  /// Who someone is: a title, a rank, a post.
  case credential
  /// The author's reading of facts.
  case analysis
  /// The author's judgement.
  case opinion
  /// What the author expects to happen.
  case prediction
  /// Not a claim: the article's title.
  case headline
  /// Not a claim: the date or place line.
  case dateline
  /// Not a claim: the author's name and biography.
  case byline
  /// Not a claim: links, banners, teasers of other articles, advertising.
  case furniture
  /// Not a claim: a rhetorical question.
  case question

  /// Whether the claim states a fact that evidence can confirm or refute: not the author's
  /// analysis, opinion or prediction, and not a non-claim.
  public var isFactual: Bool {
    switch self {
    case .event, .statistic, .quote, .statement, .credential: true
    default: false
    }
  }

  /// Whether the record states something that can be true or false.
  public var isClaim: Bool {
    switch self {
    case .event, .statistic, .quote, .statement, .credential, .analysis, .opinion, .prediction:
      true
    case .headline, .dateline, .byline, .furniture, .question:
      false
    }
  }
}
