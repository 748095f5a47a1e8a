extension RuleID {
  public static let articleChanged: RuleID = "article-changed"
}

/// An article text whose SHA-256 no longer matches the one its records were made against.
struct ArticleChangedRule: LintRule {
  let id = RuleID.articleChanged
  let title = "Article text changed"
  let summary =
    "The article text's SHA-256 no longer matches the one in article.json: the text under review changed after its records were made."
  let fix =
    "Restore the captured text, or re-check every anchor against the new text and update 'sha256' in article.json."
  let waiverPlace = WaiverPlace.article

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    for article in ledger.articles {
      let hash = ledger.textHash(of: article)
      guard hash != article.article.sha256 else { continue }
      findings.append(
        finding(
          in: article.path,
          "the text of '\(article.article.id)' changed since it was recorded: its SHA-256 is \(hash), article.json says \(article.article.sha256)"
        ))
    }
  }
}
