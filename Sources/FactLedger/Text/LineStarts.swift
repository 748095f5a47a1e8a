/// Where each line of an article's text starts, for the line and column of many offsets and
/// the line (a paragraph) around each: a binary search each, where a walk from the start of
/// the text, or from the offset to the nearest line break, made drafting a long article
/// quadratic in its length.
struct LineStarts: Sendable {
  /// The scalar offset of each line's first scalar: 0, and every offset after a line feed
  /// (the text's length when it ends with one).
  let starts: [Int]
  /// The text's length in scalars.
  let count: Int

  /// Finds the lines of `text`.
  init(_ text: ArticleText) {
    var starts = [0]
    for (offset, scalar) in text.scalars.enumerated() where scalar == "\n" {
      starts.append(offset + 1)
    }
    self.starts = starts
    count = text.count
  }

  /// The 1-based line and column of the scalar at `offset` (the text's end past it; an offset
  /// below 0 is the start).
  func location(of offset: Int) -> SourceLocation {
    let offset = min(max(offset, 0), count)
    let line = lineIndex(of: offset)
    return SourceLocation(line: line + 1, column: offset - starts[line] + 1)
  }

  /// The line that holds `offset`, without its line feed: a paragraph of the article.
  func line(around offset: Int) -> Range<Int> {
    let offset = min(max(offset, 0), count)
    let line = lineIndex(of: offset)
    let end = line + 1 < starts.count ? starts[line + 1] - 1 : count
    return starts[line]..<end
  }

  /// The index of the last line that starts at or before `offset`.
  private func lineIndex(of offset: Int) -> Int {
    starts.partitionPoint { $0 > offset } - 1
  }
}
