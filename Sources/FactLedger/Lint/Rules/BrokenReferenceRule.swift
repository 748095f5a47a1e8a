extension RuleID {
  public static let brokenReference: RuleID = "broken-reference"
}

/// A record naming another record, or an article, that is not where it says.
struct BrokenReferenceRule: LintRule {
  let id = RuleID.brokenReference
  let title = "Broken reference"
  let summary =
    "A record names another that does not exist ('carriedBy'), or lies in another article's folder than the one it names."
  let fix = "Correct the id, or add the missing record."
  let phase = LintPhase.loading

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    for article in ledger.articles {
      let idsInArticle = Set(article.claims.map(\.claim.id))
      for loaded in article.claims {
        let claim = loaded.claim
        if claim.article != article.article.id {
          findings.append(
            finding(
              on: loaded, at: loaded.positions.article,
              "claim names article '\(claim.article)' but lies in the folder of '\(article.article.id)'"
            ))
        }
        if let carrier = claim.attribution.carriedBy, !idsInArticle.contains(carrier) {
          findings.append(
            finding(
              on: loaded, at: loaded.positions.carriedBy,
              "'carriedBy' names '\(carrier)', which is not a record of this article"))
        }
      }
    }
  }
}
