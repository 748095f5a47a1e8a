extension RuleID {
  public static let unsourcedClaim: RuleID = "unsourced-claim"
}

/// A claim of a kind the policy requires to be sourced, which the article gives no source.
struct UnsourcedClaimRule: LintRule {
  let id = RuleID.unsourcedClaim
  let title = "Unsourced factual claim"
  let summary =
    "A claim of a kind the policy requires to be sourced ('sourcedKinds' in factledger.json; by default events, statistics, quotes, statements and credentials) has attribution type 'none': the article gives it no source."
  let fix =
    "Record the attribution the article gives (explicit or contextual, with speaker, outlet and cue). If the article really gives none, the finding stands; to accept it, add a waiver with a reason to the record."

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    let sourcedKinds = ledger.policy.sourcedKinds
    checkEachArticle(of: ledger, into: &findings) { article, found in
      for loaded in article.claims {
        // The record is read in place: a copy of it would be a reference count per string.
        loaded.withClaim { claim in
          guard sourcedKinds.contains(claim.kind), !claim.attribution.isSourced else { return }
          let determiner = claim.kind == .event ? "an" : "a"
          found.append(
            finding(
              on: loaded, at: loaded.positions.attribution,
              "'\(claim.id)' is \(determiner) \(claim.kind.rawValue) claim with no source: \(claim.text)"
            ))
        }
      }
    }
  }
}
