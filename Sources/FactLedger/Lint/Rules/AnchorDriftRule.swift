extension RuleID {
  public static let anchorDrift: RuleID = "anchor-drift"
}

/// A record whose anchor or cue no longer stands at its offsets in the article's text.
struct AnchorDriftRule: LintRule {
  let id = RuleID.anchorDrift
  let title = "Anchor drift"
  let summary =
    "A record's anchor (or cue) text is not at its offsets in the article text, or its prefix and suffix no longer surround it. When the exact text stands in one place only with its prefix and suffix, or once elsewhere keeping one of them, the new offsets are offered, and a cue goes with its anchor; when it is nowhere, the nearest passage is shown: the same words with quotes, dashes, spacing, case or ellipses folded, or else the passage that shares the most words."
  let fix =
    "Run 'factledger lint --fix' to move anchors and cues whose text was found; otherwise re-anchor the record to the article's current words."

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    checkEachArticle(of: ledger, into: &findings) { article, found in
      let text = ledger.articleText(of: article)
      // Words missing from the text as it was recorded were never there; from a changed
      // text, they were there before.
      let textChanged = !ledger.isTextAsRecorded(article)
      for loaded in article.claims {
        // The record is read in place: a copy of it would be a reference count per string.
        loaded.withClaim { claim in
          let status = claim.anchor.status(in: text)
          if let drift = anchorFinding(
            claim, status, of: loaded, in: text, textChanged: textChanged)
          {
            found.append(drift)
          }
          if let cue = claim.attribution.cue,
            let drift = cueFinding(cue, of: claim, loaded, status, in: text)
          {
            found.append(drift)
          }
        }
      }
    }
  }

  private func anchorFinding(
    _ claim: Claim, _ status: AnchorStatus, of loaded: LoadedClaim, in text: ArticleText,
    textChanged: Bool
  ) -> Finding? {
    switch status {
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
    case .missing where !text.occurrences(of: claim.anchor.exact).isEmpty:
      // Words no context places are not moved by `--fix`; `add --update` picks by context.
      let places = text.occurrences(of: claim.anchor.exact).map {
        let place = text.location(of: $0)
        return "\(place.line):\(place.column)"
      }
      let standing =
        places.count == 1
        ? "stand once in the article (at \(places[0])), amid other words than the record's prefix and suffix"
        : "stand \(places.count) times in the article (at \(places.joined(separator: ", ")))"
      return finding(
        on: loaded, at: loaded.positions.anchorExact,
        "the words of '\(claim.id)' are not at their offsets and \(standing); move the anchor by hand"
      )
    case .missing:
      let gone =
        textChanged
        ? "the words of '\(claim.id)' are no longer in the article"
        : "the words of '\(claim.id)' are not in the article as written"
      return finding(
        on: loaded, at: loaded.positions.anchorExact,
        gone + nearest(to: claim.anchor.exact, in: text))
    }
  }

  /// A cue goes with its anchor: beside the anchor where it stands now, at its old distance
  /// from it, or once within 200 scalars of it. A cue whose anchor is not found is not moved;
  /// one left behind by a moved anchor is reported, and moved only when found beside it.
  private func cueFinding(
    _ cue: TextSpan, of claim: Claim, _ loaded: LoadedClaim, _ status: AnchorStatus,
    in text: ArticleText
  ) -> Finding? {
    // The same scalars are the same text; other scalars may still be the same text to
    // `String`'s comparison (canonically equivalent), which has the last word.
    let inPlace =
      text.has(cue.exact, from: cue.start, to: cue.end)
      || text.text(from: cue.start, to: cue.end) == cue.exact
    let was = "\(cue.start)..<\(cue.end)"
    // A cue in place stays unless its anchor moved away from it.
    if inPlace, !status.isMoved { return nil }
    guard let anchor = status.range(of: claim.anchor) else {
      return finding(
        on: loaded, at: loaded.positions.cueExact,
        "the cue '\(cue.exact)' of '\(claim.id)' is not at \(was); it is not moved while the record's words are not found"
      )
    }
    let offset = cue.start.saturatingSubtract(claim.anchor.start)
    guard let start = cueStart(of: cue.exact, offset: offset, beside: anchor, in: text) else {
      return finding(
        on: loaded, at: loaded.positions.cueExact,
        inPlace
          ? "the cue '\(cue.exact)' of '\(claim.id)' is not beside the place its words moved to; move it by hand"
          : "the cue '\(cue.exact)' of '\(claim.id)' is not at \(was)"
            + nearest(to: cue.exact, in: text))
    }
    guard start != cue.start else { return nil }
    let end = start + cue.exact.unicodeScalars.count
    return finding(
      on: loaded, at: loaded.positions.cueStart,
      "the cue '\(cue.exact)' of '\(claim.id)' moved from \(was) to \(start)..<\(end); 'lint --fix' moves the cue",
      fix: .moveCue(to: TextSpan(exact: cue.exact, start: start, end: end)))
  }

  /// Where a cue's words stand beside `anchor` (where the claim's words stand now): at the
  /// same `offset` from its start, else once within 200 scalars of it.
  private func cueStart(
    of words: String, offset: Int, beside anchor: Range<Int>, in text: ArticleText
  ) -> Int? {
    let found = text.occurrences(of: words)
    let kept = anchor.lowerBound.saturatingAdd(offset)
    if found.contains(kept) { return kept }
    let span =
      max(0, anchor.lowerBound.saturatingSubtract(200))...anchor.upperBound.saturatingAdd(200)
    let near = found.filter { span.contains($0) }
    return near.count == 1 ? near[0] : nil
  }

  /// "; the nearest passage is '…' at line L, column C (it differs in: …)", or nothing.
  private func nearest(to words: String, in text: ArticleText) -> String {
    guard let passage = NearestPassage.find(words, in: text) else { return "" }
    let shown = (text.text(from: passage.range.lowerBound, to: passage.range.upperBound) ?? "")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let place = text.location(of: passage.range.lowerBound)
    let quoted =
      "'\(shown.count > 60 ? String(shown.prefix(59)) + "…" : shown)' at line \(place.line), column \(place.column)"
    switch passage.match {
    case .folded(let differences):
      let named = differences.map(\.rawValue).joined(separator: ", ")
      return
        "; the nearest passage is \(quoted)\(named.isEmpty ? "" : " (it differs in: \(named))")"
    case .similar:
      return "; the most similar passage is \(quoted)"
    }
  }
}
