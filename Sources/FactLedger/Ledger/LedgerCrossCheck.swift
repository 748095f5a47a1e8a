/// The checks that span files: ids unique across the ledger, and every reference resolving.
struct LedgerCrossCheck {
  private let sources: SourceRegistry
  private(set) var diagnostics: [Diagnostic] = []

  init(sources: SourceRegistry) {
    self.sources = sources
  }

  /// Checks that source ids are unique.
  mutating func checkSources(at path: String) {
    var seen: Set<String> = []
    for source in sources.sources where !seen.insert(source.id).inserted {
      diagnostics.append(
        Diagnostic(
          .error, path: path, "duplicate source id '\(source.id)'",
          rule: Policy.Rule.duplicateID.rawValue, recordID: source.id))
    }
  }

  /// Checks ids and references of every record.
  mutating func check(_ articles: [LoadedArticle], checkingSources: Bool) {
    var firstPathByID: [String: String] = [:]
    let known = Set(sources.sources.map(\.id))
    for article in articles {
      let idsInArticle = Set(article.claims.map(\.claim.id))
      for loaded in article.claims {
        let claim = loaded.claim
        if let first = firstPathByID.updateValue(loaded.path, forKey: claim.id) {
          report(
            loaded, at: loaded.positions.id, "duplicate id '\(claim.id)' (also in \(first))",
            rule: .duplicateID)
        }
        if claim.article != article.article.id {
          report(
            loaded, at: loaded.positions.article,
            "claim names article '\(claim.article)' but lies in the folder of '\(article.article.id)'",
            rule: nil)
        }
        if checkingSources, let outlet = claim.attribution.outlet, !known.contains(outlet) {
          report(
            loaded, at: loaded.positions.outlet,
            "unknown source '\(outlet)': add it to sources.json or fix the id", rule: .unknownSource
          )
        }
        for (position, id) in claim.attribution.via.enumerated()
        where checkingSources && !known.contains(id) {
          report(
            loaded,
            at: loaded.positions.via.indices.contains(position)
              ? loaded.positions.via[position] : loaded.positions.attribution,
            "unknown source '\(id)' in 'via': add it to sources.json or fix the id",
            rule: .unknownSource)
        }
        if let carrier = claim.attribution.carriedBy, !idsInArticle.contains(carrier) {
          report(
            loaded, at: loaded.positions.carriedBy,
            "'carriedBy' names '\(carrier)', which is not a record of this article", rule: nil)
        }
      }
    }
  }

  private mutating func report(
    _ loaded: LoadedClaim, at location: SourceLocation, _ message: String, rule: Policy.Rule?
  ) {
    diagnostics.append(
      Diagnostic(
        .error, path: loaded.path, at: location, message,
        rule: (rule ?? .brokenReference).rawValue, recordID: loaded.claim.id))
  }
}
