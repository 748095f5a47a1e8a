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
  /// An edited review no longer matches its own hash; a removed, inserted or reordered one
  /// leaves a `previous` that names another review than the one before it.
  public static func problems(in claim: Claim) -> [Problem] {
    var problems: [Problem] = []
    var previous: String?
    for (entry, review) in claim.reviews.enumerated() {
      let expected = ReviewHash.hash(of: review, claimID: claim.id)
      if review.hash != expected {
        problems.append(
          Problem(
            claimID: claim.id, entry: entry,
            message:
              "review \(entry + 1) was changed after it was written: its hash is \(review.hash.prefix(12))…, its content hashes to \(expected.prefix(12))…"
          ))
      }
      if review.previousHash != previous {
        let what =
          previous == nil
          ? "the first review must have no previous hash"
          : "its previous hash does not name review \(entry) (a review was removed, inserted or reordered before it)"
        problems.append(
          Problem(claimID: claim.id, entry: entry, message: "review \(entry + 1): \(what)"))
      }
      previous = review.hash
    }
    return problems
  }

  /// One hash over every review of the ledger: SHA-256 of a line `<claim-id> <review hash>`
  /// for each review, claims in id order, reviews oldest first. A CI log that prints it pins
  /// the state of every audit trail, so a removed last review shows as a changed head.
  public static func headHash(of claims: [Claim]) -> String {
    var text = ""
    for claim in claims.sorted(by: { $0.id < $1.id }) {
      for review in claim.reviews { text += "\(claim.id) \(review.hash)\n" }
    }
    return SHA256.hexDigest(of: text.utf8)
  }
}
