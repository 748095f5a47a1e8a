/// A claim's audit trail, as `factledger history` shows it: its reviews, oldest first, and
/// whether their hashes chain.
public struct ClaimHistory: Sendable {
  /// The claim, with its reviews.
  public var claim: Claim
  /// Its file, as a path from where the ledger was named.
  public var path: String
  /// Each break in the chain of review hashes; empty when the chain is intact.
  public var problems: [ReviewChain.Problem]
  /// The problems as `broken-review-chain` errors at the review each names.
  public var findings: [Finding]

  /// Whether every review names the one before it and its hash is its own.
  public var isIntact: Bool { problems.isEmpty }

  /// The history of a loaded claim.
  public init(_ loaded: LoadedClaim) {
    claim = loaded.claim
    path = loaded.path
    problems = ReviewChain.problems(in: loaded.claim)
    findings = BrokenReviewChainRule().findings(for: loaded, problems: problems)
  }

  /// The history of the claim `claimID` of `ledger`; `nil` when the ledger has no such claim.
  public init?(of claimID: String, in ledger: Ledger) {
    guard let loaded = ledger.claims.first(where: { $0.claim.id == claimID }) else { return nil }
    self.init(loaded)
  }
}
