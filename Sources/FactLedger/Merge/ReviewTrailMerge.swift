/// Merges one claim's review trail as two branches left it, keeping every review of both.
///
/// Reviews are only ever appended, so each side's trail extends the common one. When only one
/// side added reviews, or both added the same ones (a cherry-pick), its trail is the result.
/// When both added different reviews, both lines are kept, each review with its own hash, and
/// a merge review joins them (`ReviewChain` defines the rule): the two lines are ordered by
/// their first review's time (then hash), so merging either way gives the same bytes, and the
/// merge review's status is the lines' last status when they agree, else `unverified`, which
/// asks a person to review the claim again.
public enum ReviewTrailMerge {
  /// What merging gives.
  public enum Outcome: Sendable, Equatable {
    /// The merged trail.
    case merged([Review])
    /// The trails cannot be merged review by review: a side changed or removed a review of
    /// the common trail.
    case conflict(String)
  }

  /// Who a merge review names as its reviewer.
  public static let reviewer = "factledger merge-driver"

  /// Merges `ours` and `theirs`, both grown from `base`, on claim `claimID`.
  public static func merge(base: [Review], ours: [Review], theirs: [Review], claimID: String)
    -> Outcome
  {
    // Whole reviews, not only hashes: a review edited with its hash left as it was is a change.
    for (side, trail) in [("ours", ours), ("theirs", theirs)] where !trail.starts(with: base) {
      return .conflict(
        "the reviews of '\(claimID)' on \(side) do not extend the common trail (a review was changed or removed)"
      )
    }
    var common = base
    var mine = Array(ours.dropFirst(base.count))
    var other = Array(theirs.dropFirst(base.count))
    // Reviews both sides added alike (a cherry-picked commit) are common.
    while let first = mine.first, first == other.first {
      common.append(first)
      mine.removeFirst()
      other.removeFirst()
    }
    if mine.isEmpty { return .merged(common + other) }
    if other.isEmpty { return .merged(common + mine) }
    let (first, second) = isEarlier(mine, than: other) ? (mine, other) : (other, mine)
    return .merged(common + first + second + [mergeReview(joining: first, second, on: claimID)])
  }

  /// Whether line `lhs` starts before `rhs`: by its first review's time, then hash.
  private static func isEarlier(_ lhs: [Review], than rhs: [Review]) -> Bool {
    (lhs[0].time, lhs[0].hash) < (rhs[0].time, rhs[0].hash)
  }

  /// The review that joins the ends of two lines.
  private static func mergeReview(joining first: [Review], _ second: [Review], on claimID: String)
    -> Review
  {
    let (one, two) = (first[first.count - 1], second[second.count - 1])
    let agree = one.status == two.status
    let describe = { (review: Review) in
      "\(review.status.rawValue) by \(review.reviewer) at \(review.time)"
    }
    var review = Review(
      status: agree ? one.status : .unverified, time: max(one.time, two.time),
      reviewer: reviewer, evidence: agree ? Array(Set(one.evidence + two.evidence)).sorted() : [],
      note: agree
        ? "merged two lines of reviews that agree: \(describe(one)); \(describe(two))"
        : "merged two lines of reviews that disagree: \(describe(one)); \(describe(two)); review the claim again",
      reason: nil, previousHash: one.hash, mergedHash: two.hash, hash: "")
    review.hash = ReviewHash.hash(of: review, claimID: claimID)
    return review
  }
}
