/// Checks that a claim's reviews form an unbroken chain, and pins a ledger's reviews with one
/// head hash.
public enum ReviewChain {
  /// One break in a chain.
  public struct Problem: Sendable, Equatable {
    /// The claim.
    public var claimID: String
    /// The 0-based index of the review where the chain breaks.
    public var entry: Int
    /// What is wrong there.
    public var message: String
  }

  /// Every break in the chain of `claim`'s reviews.
  ///
  /// A trail is a chain: each review names the one it follows in `previous`, and the first
  /// names none. When two branches of a repository each appended reviews, `factledger
  /// merge-driver` keeps both lines and joins them with a merge review, as a git merge commit
  /// joins two histories: the second line's first review names the review both lines start
  /// from (none, when the trail was empty), and the merge review names the first line's last review in `previous` and the
  /// second's in `merged`. So the rule is: every review names earlier reviews only; a merge
  /// review names two lines' ends, which no review followed yet; and in the end one line
  /// remains, ending at the last review, whose status is the claim's.
  ///
  /// An edited review no longer matches its own hash; a removed, inserted or reordered one
  /// leaves a `previous` that names no earlier review, or a second line that nothing joins.
  public static func problems(in claim: Claim) -> [Problem] {
    var problems: [Problem] = []
    var index: [String: Int] = [:]
    var ends: Set<String> = []
    let problem = { (entry: Int, message: String) in
      problems.append(Problem(claimID: claim.id, entry: entry, message: message))
    }
    for (entry, review) in claim.reviews.enumerated() {
      let expected = ReviewHash.hash(of: review, claimID: claim.id)
      if review.hash != expected {
        problem(
          entry,
          "review \(entry + 1) was changed after it was written: its hash is \(review.hash.prefix(12))…, its content hashes to \(expected.prefix(12))…"
        )
      }
      let parents = [review.previousHash, review.mergedHash].compactMap { $0 }
      if let original = index[review.hash] {
        // The same hash is the same review, time and links included: a copy, which the
        // links alone cannot tell (it names the same previous review as the one it copies).
        problem(
          entry,
          "review \(entry + 1) is a copy of review \(original + 1) (the same hash): a review was copied into the trail"
        )
        continue
      }
      if entry == 0 {
        if !parents.isEmpty {
          problem(entry, "review 1: the first review must have no previous hash")
        }
      } else if review.isMerge, review.previousHash == nil {
        problem(entry, "review \(entry + 1): a merge review must name the first line's end")
      } else if let missing = parents.first(where: { index[$0] == nil }) {
        let which = missing == review.previousHash ? "previous" : "merged"
        problem(
          entry,
          "review \(entry + 1): its \(which) hash names no earlier review (a review was removed, inserted or reordered before it)"
        )
        // Read it as following the review before it, so one break is reported once.
        ends.remove(claim.reviews[entry - 1].hash)
      } else if review.isMerge {
        if review.previousHash == review.mergedHash || !parents.allSatisfy(ends.contains) {
          problem(
            entry,
            "review \(entry + 1): a merge review must join the ends of two lines of the trail")
        }
      } else if let previous = review.previousHash, previous != claim.reviews[entry - 1].hash,
        ends.contains(previous)
      {
        // It follows an end that is not the review before it: only a merge may do that.
        problem(
          entry,
          "review \(entry + 1): its previous hash does not name review \(entry) (a review was removed, inserted or reordered before it)"
        )
      }
      for parent in parents { ends.remove(parent) }
      ends.insert(review.hash)
      if index[review.hash] == nil { index[review.hash] = entry }
    }
    if let last = claim.reviews.last, ends.count > 1 {
      let loose = claim.reviews.indices.filter {
        ends.contains(claim.reviews[$0].hash) && claim.reviews[$0].hash != last.hash
      }
      for entry in loose {
        problem(
          entry,
          "review \(entry + 1) ends a line of the trail that no merge review joins (a review was removed, inserted or reordered after it)"
        )
      }
    }
    return problems
  }

  /// One hash over every review of the ledger: SHA-256 of a line `<claim-id> <review hash>`
  /// for each review, claims in id order, reviews oldest first. A CI log that prints it pins
  /// the state of every audit trail, so a removed last review shows as a changed head.
  public static func headHash(of claims: [Claim]) -> String {
    headHash(reviewed: claims.filter { !$0.reviews.isEmpty }.map { ($0.id, $0.reviews) })
  }

  /// `headHash(of:)` of every record of `ledger`, read in place rather than copied out.
  public static func headHash(of ledger: Ledger) -> String {
    var reviewed: [(id: String, reviews: [Review])] = []
    for article in ledger.articles {
      for loaded in article.claims where !loaded.claim.reviews.isEmpty {
        reviewed.append((loaded.claim.id, loaded.claim.reviews))
      }
    }
    return headHash(reviewed: reviewed)
  }

  /// The hash of the reviewed records' ids and review hashes, in id order; records without
  /// reviews add nothing to it.
  private static func headHash(reviewed: [(id: String, reviews: [Review])]) -> String {
    var text = ""
    for claim in reviewed.sorted(by: { $0.id < $1.id }) {
      for review in claim.reviews { text += "\(claim.id) \(review.hash)\n" }
    }
    return SHA256.hexDigest(of: text.utf8)
  }
}
