/// Lays highlights over a text as properly nested elements, even when they overlap.
///
/// Each highlight is a range of Unicode scalar offsets. Ranges that nest (a credential inside
/// its quote's sentence, a cue inside its claim) become nested elements. Ranges that cross
/// (one starts inside another and ends after it) cannot nest in HTML, so the inner one is
/// split: it is closed where the outer one ends and opened again just after, so every piece of
/// text lies inside every highlight that covers it. The first piece of a highlight is its
/// `isFirst` piece, which carries its id; the others only repeat its look.
///
/// Outer before inner: at one offset, the highlight that ends later opens first; of two that
/// cover the same range, the one given first is outside.
public struct HighlightLayout: Sendable, Equatable {
  /// A range to highlight and what it stands for.
  public struct Highlight: Sendable, Equatable {
    /// The caller's index for it (the record, the cue, the speaker's name).
    public var index: Int
    /// The first scalar, inclusive.
    public var start: Int
    /// The scalar just past it.
    public var end: Int

    /// A highlight of `start..<end`, named by `index`.
    public init(index: Int, start: Int, end: Int) {
      self.index = index
      self.start = start
      self.end = end
    }
  }

  /// One step of the layout, in text order.
  public enum Piece: Sendable, Equatable {
    /// Open the element of highlight `index`; `isFirst` for its first piece.
    case open(index: Int, isFirst: Bool)
    /// The text between two offsets.
    case text(start: Int, end: Int)
    /// Close the innermost open element (of highlight `index`).
    case close(index: Int)
  }

  /// The steps, balanced: every `open` has its `close`, properly nested.
  public var pieces: [Piece]

  /// Lays `highlights` over a text of `length` scalars; ranges outside it are clipped, and
  /// empty ones dropped.
  public init(length: Int, highlights: [Highlight]) {
    let clipped = highlights.enumerated().compactMap { order, highlight -> (Int, Highlight)? in
      let start = min(max(highlight.start, 0), length)
      let end = min(max(highlight.end, start), length)
      guard start < end else { return nil }
      return (order, Highlight(index: highlight.index, start: start, end: end))
    }
    // Opening order at one offset: longer (ends later) first, then the order given.
    let opening = clipped.sorted { lhs, rhs in
      if lhs.1.start != rhs.1.start { return lhs.1.start < rhs.1.start }
      if lhs.1.end != rhs.1.end { return lhs.1.end > rhs.1.end }
      return lhs.0 < rhs.0
    }.map(\.1)
    var boundaries = Set([0, length])
    for highlight in opening {
      boundaries.insert(highlight.start)
      boundaries.insert(highlight.end)
    }
    let offsets = boundaries.sorted()

    var pieces: [Piece] = []
    var stack: [Highlight] = []
    var opened: Set<Int> = []
    var next = 0
    for (position, offset) in offsets.enumerated() {
      // Close what ends here, from the outermost such; what was opened inside it and goes on
      // is reopened.
      if let deepest = stack.firstIndex(where: { $0.end == offset }) {
        let reopen = stack[(deepest + 1)...].filter { $0.end > offset }
        for highlight in stack[deepest...].reversed() {
          pieces.append(.close(index: highlight.index))
        }
        stack.removeSubrange(deepest...)
        for highlight in reopen {
          pieces.append(.open(index: highlight.index, isFirst: false))
          stack.append(highlight)
        }
      }
      while next < opening.count, opening[next].start == offset {
        let highlight = opening[next]
        pieces.append(
          .open(index: highlight.index, isFirst: opened.insert(highlight.index).inserted))
        stack.append(highlight)
        next += 1
      }
      if position + 1 < offsets.count {
        pieces.append(.text(start: offset, end: offsets[position + 1]))
      }
    }
    for highlight in stack.reversed() { pieces.append(.close(index: highlight.index)) }
    self.pieces = pieces
  }
}
