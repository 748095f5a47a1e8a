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
    checkEachArticle(of: ledger, into: &findings) { $1 += check($0) }
  }

  /// The findings on the records of `article`.
  private func check(_ article: LoadedArticle) -> [Finding] {
    var findings: [Finding] = []
    let idsInArticle = Set(article.claims.map(\.id))
    for loaded in article.claims {
      // Read in place: a copy of each record is a reference count for each of its strings.
      let (named, carrier) = (loaded.claim.article, loaded.claim.attribution.carriedBy)
      if named != article.article.id {
        findings.append(
          finding(
            on: loaded, at: loaded.positions.article,
            "claim names article '\(named)' but lies in the folder of '\(article.article.id)'"
          ))
      }
      if let carrier, !idsInArticle.contains(carrier) {
        findings.append(
          finding(
            on: loaded, at: loaded.positions.carriedBy,
            "'carriedBy' names '\(carrier)', which is not a record of this article"))
      }
    }
    return findings
  }
}
