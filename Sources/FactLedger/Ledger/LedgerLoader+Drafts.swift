extension LedgerLoader {
  /// `findings` with an unknown source or a broken `carriedBy` of a draft record made
  /// warnings: a draft (`claim new`, `extract`) may name an outlet `sources.json` does not
  /// have yet, or a carrier sentence with no record yet, and the ledger must still load for
  /// every command while a person reviews it. `lint` reports them as errors all the same (it
  /// sets every rule's finding to the policy's severity), and `draft-record` keeps the draft
  /// from passing the gate.
  static func softenedForDrafts(_ findings: [Finding], _ articles: [LoadedArticle])
    -> [Finding]
  {
    let drafts = Set(articles.flatMap { $0.claims.filter(\.claim.isDraft).map(\.claim.id) })
    guard !drafts.isEmpty else { return findings }
    return findings.map { finding in
      guard finding.rule == .unknownSource || finding.rule == .brokenReference,
        let id = finding.recordID, drafts.contains(id)
      else { return finding }
      var softened = finding
      softened.severity = .warning
      return softened
    }
  }
}
