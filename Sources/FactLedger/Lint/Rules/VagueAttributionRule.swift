extension RuleID {
  public static let vagueAttribution: RuleID = "vague-attribution"
}

/// A claim attributed to an unnamed group, which no evidence can confirm.
struct VagueAttributionRule: LintRule {
  let id = RuleID.vagueAttribution
  let defaultSeverity = Policy.Severity.warning
  let title = "Vague attribution"
  let summary =
    "The claim is attributed to an unnamed group ('other analysts', 'Russian experts'), which no evidence can confirm. A warning by default."
  let fix =
    "Nothing to fix in the ledger when the article is vague; raise it with the author, or waive it with a reason."

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    checkEachArticle(of: ledger, into: &findings) { article, found in
      for loaded in article.claims {
        loaded.withClaim { claim in
          guard claim.attribution.isVague else { return }
          let who = claim.attribution.speaker?.description ?? "an unnamed source"
          found.append(
            finding(
              on: loaded, at: loaded.positions.vague,
              "'\(claim.id)' is attributed to '\(who)', a source no evidence can confirm"))
        }
      }
    }
  }
}
