/// Why a claim has the status it has: stable codes for reports and for `mark --reason`.
public enum ReasonCode: String, Sendable, CaseIterable, Comparable {
  /// The evidence quotes other words than the claim.
  case misquote
  /// The evidence puts the event outside the claim's period.
  case dateMismatch = "date-mismatch"
  /// The evidence lists participants without one the claim names.
  case participantsMismatch = "participants-mismatch"
  /// The evidence gives another duration.
  case durationMismatch = "duration-mismatch"
  /// The evidence gives another count or amount.
  case countMismatch = "count-mismatch"
  /// The evidence gives the speaker another post or rank.
  case roleMismatch = "role-mismatch"
  /// The evidence gives another venue.
  case venueMismatch = "venue-mismatch"
  /// Evidence shows someone else said the words.
  case speakerMismatch = "speaker-mismatch"
  /// The evidence's stance is that the claim is false.
  case refuted
  /// Some evidence supports an assertion and other evidence contradicts it.
  case conflictingEvidence = "conflicting-evidence"
  /// The only corroboration comes from the outlet the claim cites, or the article itself.
  case circularSourcing = "circular-sourcing"
  /// Some assertions have no evidence.
  case incompleteEvidence = "incomplete-evidence"
  /// No evidence bears on the claim.
  case noEvidence = "no-evidence"
  /// The evidence paraphrases the words; it does not confirm them.
  case paraphrase
  /// The article names no source for the claim.
  case unsourced
  /// The source is left vague ("other analysts"), so no evidence can confirm it said this.
  case vagueSource = "vague-source"
  /// No evidence shows the named source said it.
  case attributionUnconfirmed = "attribution-unconfirmed"
  /// The latest human review disagrees with what the evidence shows.
  case reviewDisagrees = "review-disagrees"

  public static func < (lhs: ReasonCode, rhs: ReasonCode) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// What one evidence item says of one assertion.
public enum AssertionVerdict: Sendable, Equatable {
  /// The item supports it.
  case supported(detail: String?)
  /// The item contradicts it.
  case contradicted(ReasonCode, detail: String)
  /// The item gives the words in other words: not a match, not a contradiction.
  case paraphrase(detail: String)
  /// The item says nothing about it.
  case notCovered
}

extension AssertionVerdict {
  /// The reason of a contradiction.
  var reason: ReasonCode? {
    if case .contradicted(let reason, _) = self { return reason }
    return nil
  }

  /// Whether the verdict supports the assertion.
  var isSupport: Bool {
    if case .supported = self { return true }
    return false
  }
}
