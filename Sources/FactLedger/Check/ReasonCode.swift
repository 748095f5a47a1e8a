/// Why a claim has the status it has: stable codes for reports and for `mark --reason`.
public enum ReasonCode: String, Sendable, CaseIterable, Comparable {
  /// The source's quoted words differ from the article's: a close word diff of a quote (three
  /// quarters or more of its words in order), or a short fragment with other words in its
  /// place in the sentence; also why a claim is misattributed when the named speaker is right
  /// and the words are not. Not raised when the item gives the other words to someone else.
  case misquote
  /// The evidence's dates do not lie inside the claim's period; for a month or a year, do not
  /// touch it.
  case dateMismatch = "date-mismatch"
  /// The evidence lists participants (taken as complete) without one the claim names.
  case participantsMismatch = "participants-mismatch"
  /// The evidence gives another duration in days, or its day-precise `start` and `end` imply
  /// one; never from a month's or a year's first and last day.
  case durationMismatch = "duration-mismatch"
  /// The evidence gives another count or amount in the same unit, beyond the claim's tolerance.
  case countMismatch = "count-mismatch"
  /// The evidence gives the claimed person another post or rank; a role the evidence gives to
  /// another person is not compared.
  case roleMismatch = "role-mismatch"
  /// The evidence's `venue` names another place or occasion.
  case venueMismatch = "venue-mismatch"
  /// Evidence gives the claim's very words to someone else; the claim is misattributed.
  case speakerMismatch = "speaker-mismatch"
  /// An item's stance refutes the claim (its facts may agree or say nothing).
  case refuted
  /// One assertion is supported by one item and contradicted by another.
  case conflictingEvidence = "conflicting-evidence"
  /// An event, statistic or credential whose only support comes from the outlet the claim
  /// cites (or its via chain), or the article itself.
  case circularSourcing = "circular-sourcing"
  /// Some assertions are supported and others have no evidence (or the claim has no
  /// assertions): the claim stays unverified, FEVER's rule.
  case incompleteEvidence = "incomplete-evidence"
  /// No item names the claim, or the items that do say nothing of any assertion.
  case noEvidence = "no-evidence"
  /// The source words the quote differently (two fifths to three quarters of its words in
  /// order): neither a match nor a misquote.
  case paraphrase
  /// The article names no source for the claim (attribution `none`).
  case unsourced
  /// The source is left vague ("other analysts"), so no evidence can confirm it said this;
  /// raised instead of `attribution-unconfirmed`.
  case vagueSource = "vague-source"
  /// A named source, and no item from it (or of its speaker) shows the words.
  case attributionUnconfirmed = "attribution-unconfirmed"
  /// The latest review's status is not the overall status the evidence gives (not raised
  /// when the claim is unsourced).
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
