/// Finds a quoted passage again in a changed text, the W3C TextQuoteSelector way.
///
/// The exact words are looked for first. One occurrence is the answer; of several, the one
/// whose surroundings agree best with the recorded prefix and suffix wins, and on a tie the one
/// nearest the recorded offset (then the earlier). Words that no longer occur exactly are not
/// guessed at: the caller reports them.
public struct TextQuoteMatcher: Sendable {
  /// The text searched.
  public let text: ArticleText

  /// A matcher over `text`.
  public init(text: ArticleText) {
    self.text = text
  }

  /// Where a quote was found.
  public struct Match: Sendable, Equatable {
    /// The start offset of the words, in Unicode scalars.
    public var start: Int
    /// The offset just past them.
    public var end: Int
    /// How many exact occurrences there were to choose from.
    public var candidates: Int
  }

  /// The place of `exact` in the text, chosen by `prefix`, `suffix` and the old offset.
  ///
  /// - Parameters:
  ///   - exact: The words.
  ///   - prefix: The text recorded just before them (may be empty).
  ///   - suffix: The text recorded just after them (may be empty).
  ///   - near: The offset they had, to break ties.
  /// - Returns: The match, or `nil` when the words do not occur.
  public func locate(exact: String, prefix: String = "", suffix: String = "", near: Int) -> Match? {
    let length = exact.unicodeScalars.count
    let starts = text.occurrences(of: exact)
    guard !starts.isEmpty else { return nil }
    let before = Array(prefix.unicodeScalars)
    let after = Array(suffix.unicodeScalars)
    let best = starts.min { lhs, rhs in
      let left = contextScore(at: lhs, length: length, prefix: before, suffix: after)
      let right = contextScore(at: rhs, length: length, prefix: before, suffix: after)
      if left != right { return left > right }
      let leftDistance = lhs.saturatingDistance(to: near)
      let rightDistance = rhs.saturatingDistance(to: near)
      return leftDistance != rightDistance ? leftDistance < rightDistance : lhs < rhs
    }!
    return Match(start: best, end: best + length, candidates: starts.count)
  }

  /// The anchor found again: its words at their new offsets, with the new text's prefix and
  /// suffix (up to 32 scalars each), or `nil` when the words are gone.
  public func relocate(_ anchor: Anchor) -> Anchor? {
    guard
      let match = locate(
        exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, near: anchor.start)
    else { return nil }
    return text.anchor(start: match.start, end: match.end)
  }

  /// A cue found again: inside `within` (the record's new anchor) when it stands there,
  /// nearest the place it had relative to the anchor; else anywhere, nearest `near`.
  ///
  /// - Returns: The cue at its new offsets, or `nil` when its words are gone.
  public func relocate(_ cue: TextSpan, within anchor: Range<Int>, near: Int) -> TextSpan? {
    let length = cue.exact.unicodeScalars.count
    let starts = text.occurrences(of: cue.exact)
    let inside = starts.filter { anchor.contains($0) && $0 + length <= anchor.upperBound }
    let pool = inside.isEmpty ? starts : inside
    guard
      let best = pool.min(by: {
        $0.saturatingDistance(to: near) < $1.saturatingDistance(to: near)
      })
    else { return nil }
    return TextSpan(exact: cue.exact, start: best, end: best + length)
  }

  /// How many scalars of the recorded context agree with the text around a candidate: the
  /// prefix read backwards from the start, the suffix forwards from the end.
  private func contextScore(
    at start: Int, length: Int, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar]
  ) -> Int {
    var score = 0
    var offset = start - 1
    for scalar in prefix.reversed() {
      guard offset >= 0, text.scalars[offset] == scalar else { break }
      score += 1
      offset -= 1
    }
    offset = start + length
    for scalar in suffix {
      guard offset < text.count, text.scalars[offset] == scalar else { break }
      score += 1
      offset += 1
    }
    return score
  }
}
