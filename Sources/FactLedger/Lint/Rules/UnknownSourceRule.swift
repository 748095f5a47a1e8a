extension RuleID {
  public static let unknownSource: RuleID = "unknown-source"
}

/// An outlet or `via` id that `sources.json` does not register.
struct UnknownSourceRule: LintRule {
  let id = RuleID.unknownSource
  let title = "Unknown source"
  let summary = "An attribution names an outlet or via id that sources.json does not register."
  let fix = "Add the source to sources.json, or correct the id."
  let phase = LintPhase.loading

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    // Without a readable registry every id would look unknown; its own error says enough.
    guard let sources = ledger.sources else { return }
    let known = Set(sources.sources.map(\.id))
    checkEachArticle(of: ledger, into: &findings) { article, found in
      for loaded in article.claims { check(loaded, known: known, into: &found) }
    }
  }

  /// The findings on `loaded`, whose ids are checked against `known`.
  private func check(_ loaded: LoadedClaim, known: Set<String>, into findings: inout [Finding]) {
    // Read in place: a copy of the attribution is a reference count for each of its strings.
    if let outlet = loaded.claim.attribution.outlet, !known.contains(outlet) {
      findings.append(
        finding(
          on: loaded, at: loaded.positions.outlet,
          "unknown source '\(outlet)': add it to sources.json or fix the id"))
    }
    for (position, id) in loaded.claim.attribution.via.enumerated() where !known.contains(id) {
      let via = loaded.positions.via
      findings.append(
        finding(
          on: loaded,
          at: via.indices.contains(position) ? via[position] : loaded.positions.attribution,
          "unknown source '\(id)' in 'via': add it to sources.json or fix the id"))
    }
  }
}
