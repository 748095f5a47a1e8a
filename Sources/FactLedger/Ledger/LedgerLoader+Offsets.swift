/// Offsets that point past the article's text.
extension LedgerLoader {
  /// Whether the anchor and cue offsets of `loaded` lie within `text`; when they do not, a
  /// finding at the first offset that goes past its end.
  ///
  /// The schema bounds offsets below only, so a file may hold an offset near `Int.max`. While
  /// the text is the one recorded (`isTextAsRecorded`, asked only then), an offset past its end was
  /// never right, and the record is refused as it loads. Once the text has changed, a shorter
  /// text leaves honest offsets past its end: the record is kept for `anchor-drift` to find its
  /// words again, and the arithmetic on its offsets saturates instead of trapping.
  static func offsetsFit(
    _ loaded: LoadedClaim, textLength: Int, into diagnostics: inout [Finding],
    isTextAsRecorded: () -> Bool
  ) -> Bool {
    loaded.withClaim { claim in
      offsetsFit(
        claim, of: loaded, textLength: textLength, into: &diagnostics,
        isTextAsRecorded: isTextAsRecorded)
    }
  }

  /// `offsetsFit(_:textLength:into:isTextAsRecorded:)` with the record read in place.
  private static func offsetsFit(
    _ claim: Claim, of loaded: LoadedClaim, textLength: Int, into diagnostics: inout [Finding],
    isTextAsRecorded: () -> Bool
  ) -> Bool {
    // The first offset past the end, in the order the record gives them: anchor, then cue.
    let cue = claim.attribution.cue
    let past: (name: String, offset: Int, location: SourceLocation, span: String)? =
      if claim.anchor.start > textLength {
        ("start", claim.anchor.start, loaded.positions.anchorStart, "anchor")
      } else if claim.anchor.end > textLength {
        ("end", claim.anchor.end, loaded.positions.anchorEnd, "anchor")
      } else if let cue, cue.start > textLength {
        ("start", cue.start, loaded.positions.cueStart, "cue")
      } else if let cue, cue.end > textLength {
        ("end", cue.end, loaded.positions.cueEnd, "cue")
      } else {
        nil
      }
    guard let (name, offset, location, span) = past, isTextAsRecorded() else { return true }
    diagnostics.append(
      Finding(
        .error, path: loaded.path, at: location,
        "the \(span) '\(name)' of '\(claim.id)' is \(offset), past the end of the article text (\(textLength) scalars)",
        rule: .anchorDrift, recordID: claim.id))
    return false
  }
}
