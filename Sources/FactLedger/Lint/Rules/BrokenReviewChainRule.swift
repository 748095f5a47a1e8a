extension RuleID {
  public static let brokenReviewChain: RuleID = "broken-review-chain"
}

/// A review trail whose hashes do not chain: a review edited, removed, inserted or reordered.
public struct BrokenReviewChainRule: LintRule {
  public let id = RuleID.brokenReviewChain
  public let title = "Broken review chain"
  public let summary =
    "A review's hash does not match its content, or its 'previous' does not name the review before it: a review was edited, removed, inserted or reordered."
  public let fix =
    "Restore the trail from version control; a changed verdict is a new review ('factledger mark'), never an edit."

  public init() {}

  public func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    checkEachArticle(of: ledger, into: &findings) { article, found in
      for loaded in article.claims { found += self.findings(for: loaded) }
    }
  }

  /// The breaks in the trail of one claim, each at its review: what `lint` and `verify` report.
  public func findings(for loaded: LoadedClaim) -> [Finding] {
    findings(for: loaded, problems: loaded.withClaim { ReviewChain.problems(in: $0) })
  }

  /// The findings of `problems`, the breaks already found in the trail of `loaded`.
  public func findings(for loaded: LoadedClaim, problems: [ReviewChain.Problem]) -> [Finding] {
    problems.map { problem in
      finding(
        on: loaded, at: loaded.positions.review(problem.entry),
        "claim '\(problem.claimID)': \(problem.message)")
    }
  }
}
