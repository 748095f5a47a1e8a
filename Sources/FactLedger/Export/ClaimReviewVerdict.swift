/// The rating a ClaimReview gives: a textual verdict (`alternateName`) on a numeric scale from
/// 1 (worst) to 5 (best), taken from the latest review's status and reason code.
///
/// | review | reason | alternateName | ratingValue |
/// | --- | --- | --- | --- |
/// | verified | `paraphrase` | Mostly true | 4 |
/// | verified | none, or any other | True | 5 |
/// | disputed | `conflicting-evidence` | Mixed | 3 |
/// | disputed | `misquote` | Misquoted | 2 |
/// | disputed | `speaker-mismatch`, `attribution-unconfirmed` | Misattributed | 2 |
/// | disputed | `date-mismatch`, `participants-mismatch`, `duration-mismatch`, `count-mismatch`, `role-mismatch`, `venue-mismatch` | Partly false | 2 |
/// | disputed | `refuted`, none, or any other | False | 1 |
///
/// Only `verified` and `disputed` are final verdicts; an `unverified` review has no rating and
/// is not exported.
public struct ClaimReviewVerdict: Sendable, Equatable {
  /// The worst value of the scale.
  public static let worstRating = 1
  /// The best value of the scale.
  public static let bestRating = 5

  /// The verdict in words.
  public var alternateName: String
  /// Its place on the scale, from `worstRating` to `bestRating`.
  public var ratingValue: Int

  /// The verdict of a final review, or `nil` for one that is not final (`unverified`).
  ///
  /// - Parameters:
  ///   - status: The latest review's status.
  ///   - reason: Its reason code, when it gives one.
  public init?(status: Review.Status, reason: ReasonCode?) {
    switch (status, reason) {
    case (.unverified, _): return nil
    case (.verified, .paraphrase?): self.init("Mostly true", 4)
    case (.verified, _): self.init("True", 5)
    case (.disputed, .conflictingEvidence?): self.init("Mixed", 3)
    case (.disputed, .misquote?): self.init("Misquoted", 2)
    case (.disputed, .speakerMismatch?), (.disputed, .attributionUnconfirmed?):
      self.init("Misattributed", 2)
    case (.disputed, .dateMismatch?), (.disputed, .participantsMismatch?),
      (.disputed, .durationMismatch?), (.disputed, .countMismatch?), (.disputed, .roleMismatch?),
      (.disputed, .venueMismatch?):
      self.init("Partly false", 2)
    case (.disputed, _): self.init("False", 1)
    }
  }

  private init(_ alternateName: String, _ ratingValue: Int) {
    self.alternateName = alternateName
    self.ratingValue = ratingValue
  }

  /// Every verdict word the scale uses, for checking that none leaks into `claimReviewed`.
  public static let words = [
    "True", "Mostly true", "Mixed", "Misquoted", "Misattributed", "Partly false", "False",
  ]
}
