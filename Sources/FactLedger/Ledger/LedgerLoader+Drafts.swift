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
    // Each draft, with where its `carriedBy` stands: of the broken references, only that one
    // is a draft's to have (a record in another article's folder is not).
    var carriers: [String: SourceLocation] = [:]
    for article in articles {
      for loaded in article.claims where loaded.claim.isDraft {
        carriers[loaded.claim.id] = loaded.positions.carriedBy
      }
    }
    guard !carriers.isEmpty else { return findings }
    return findings.map { finding in
      guard let id = finding.recordID, let carrier = carriers[id],
        finding.rule == .unknownSource
          || (finding.rule == .brokenReference && finding.location == carrier)
      else { return finding }
      var softened = finding
      softened.severity = .warning
      return softened
    }
  }
}
