extension RuleID {
  public static let anchorDrift: RuleID = "anchor-drift"
}

/// A record whose anchor or cue no longer stands at its offsets in the article's text.
struct AnchorDriftRule: LintRule {
  let id = RuleID.anchorDrift
  let title = "Anchor drift"
  let summary =
    "A record's anchor (or cue) text is not at its offsets in the article text, or its prefix and suffix no longer surround it. When the exact text stands once elsewhere, the new offsets are offered; when it is nowhere, the record no longer matches the article."
  let fix =
    "Run 'factledger lint --fix' to move anchors whose text was found; otherwise re-anchor the record to the article's current words."

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    for article in ledger.articles {
      let text = ArticleText(article.text)
      for loaded in article.claims {
        if let drift = anchorFinding(loaded, in: text) { findings.append(drift) }
        if let cue = loaded.claim.attribution.cue,
          text.text(from: cue.start, to: cue.end) != cue.exact
        {
          findings.append(
            finding(
              on: loaded, at: loaded.positions.cue,
              "the cue '\(cue.exact)' of '\(loaded.claim.id)' is not at \(cue.start)..<\(cue.end)"))
        }
      }
    }
  }

  private func anchorFinding(_ loaded: LoadedClaim, in text: ArticleText) -> Finding? {
    let claim = loaded.claim
    switch claim.anchor.status(in: text) {
    case .intact:
      return nil
    case .contextChanged:
      return finding(
        on: loaded, at: loaded.positions.anchor,
        "the words of '\(claim.id)' stand at their offsets, but their prefix or suffix changed",
        fix: .moveAnchor(to: text.anchor(start: claim.anchor.start, end: claim.anchor.end)))
    case .moved(let start):
      let end = start + claim.anchor.exact.unicodeScalars.count
      return finding(
        on: loaded, at: loaded.positions.anchorStart,
        "the words of '\(claim.id)' moved from \(claim.anchor.start)..<\(claim.anchor.end) to \(start)..<\(end); 'lint --fix' moves the anchor",
        fix: .moveAnchor(to: text.anchor(start: start, end: end)))
    case .missing:
      return finding(
        on: loaded, at: loaded.positions.anchorExact,
        "the words of '\(claim.id)' are no longer in the article")
    }
  }
}
