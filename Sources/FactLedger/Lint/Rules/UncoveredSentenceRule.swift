extension RuleID {
  public static let uncoveredSentence: RuleID = "uncovered-sentence"
}

/// Words of an article that no record covers.
struct UncoveredSentenceRule: LintRule {
  let id = RuleID.uncoveredSentence
  let title = "Uncovered text"
  let summary =
    "Words of the article that no record covers: every sentence must be accounted for, by a claim or by a not-a-claim record (headline, dateline, byline, furniture, question)."
  let fix = "Add a record whose anchor covers the words."
  let waiverPlace = WaiverPlace.article

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    checkEachArticle(of: ledger, into: &findings) { $1 += check($0, of: ledger) }
  }

  /// The findings on the text of `article`.
  private func check(_ article: LoadedArticle, of ledger: LedgerContents) -> [Finding] {
    let text = ledger.articleText(of: article)
    // Each record covers its words where they stand now: after an edit, the recorded offsets
    // hold other words (`anchor-drift` reports the move), and words no place is sure of cover
    // nothing.
    let ranges = article.claims.compactMap { loaded -> Range<Int>? in
      let anchor = loaded.claim.anchor
      // The words at their offsets are read with one comparison, without their context.
      if text.has(anchor.exact, from: anchor.start, to: anchor.end) {
        return anchor.start..<anchor.end
      }
      return anchor.status(in: text).range(of: anchor)
    }
    let runs = text.uncoveredRuns(by: ranges)
    guard !runs.isEmpty else { return [] }
    // Lines found once: an article with no records has a finding for every sentence.
    let lines = LineStarts(text)
    return runs.map { run in
      let words = text.text(from: run.lowerBound, to: run.upperBound)!.split(
        whereSeparator: \.isWhitespace
      ).joined(separator: " ")
      let shown = words.count > 60 ? String(words.prefix(59)) + "…" : words
      let firstWord = run.first { !text.scalars[$0].properties.isWhitespace } ?? run.lowerBound
      return finding(
        in: article.textPath, at: lines.location(of: firstWord), "no record covers '\(shown)'")
    }
  }
}
