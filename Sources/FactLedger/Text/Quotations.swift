/// The double-quoted passages of an article's text, across paragraphs.
///
/// An opening mark of `QuotationMarks` (`“`, `„`, `«`, `「`...) opens a quotation and a closing
/// one (`”`, `»`, `」`..., or `“` after `„`) closes it; a straight `"` opens after white space
/// or an opening bracket and closes elsewhere. A closing mark with no open
/// quotation closes one that began at its paragraph's start (a continued quotation, or one
/// whose opening mark the page lost). A quotation still open at a paragraph's end runs to that
/// end; when the next paragraph opens with a quotation mark, the quotation continues there
/// (the English convention for a quotation of several paragraphs). Single quotation marks are
/// not followed: they are apostrophes as often as quotes.
struct Quotations: Sendable {
  /// One quoted passage, marks included, within one paragraph.
  struct Passage: Sendable, Equatable {
    /// The offsets of the passage, its marks included.
    var range: Range<Int>
    /// Whether a closing mark ends it in this paragraph.
    var isClosed: Bool
    /// Whether it continues a quotation opened in an earlier paragraph.
    var isContinued: Bool
  }

  /// The passages, in text order.
  let passages: [Passage]

  private static let openingContext: Set<Unicode.Scalar> = ["(", "[", "{", "\u{2014}", "\u{2013}"]

  /// Finds the passages of `text`.
  init(_ text: ArticleText) {
    var passages: [Passage] = []
    var wasOpenAtEnd = false
    for paragraph in Paragraphs.ranges(in: text) {
      var open: Int?
      let continues = wasOpenAtEnd && Self.isOpening(at: paragraph.lowerBound, in: text)
      var isContinued = false
      for offset in paragraph {
        let scalar = text.scalars[offset]
        let opens: Bool
        if let open, QuotationMarks.closes(scalar, openedBy: text.scalars[open]) {
          opens = false
        } else if open != nil, QuotationMarks.closing.contains(scalar) {
          continue  // another pair's mark, inside the quotation ("«…“x”…»")
        } else if QuotationMarks.opening.contains(scalar) {
          opens = true
        } else if QuotationMarks.closing.contains(scalar) {
          opens = false
        } else if scalar == QuotationMarks.straight {
          opens =
            offset == paragraph.lowerBound
            || text.scalars[offset - 1].properties.isWhitespace
            || Self.openingContext.contains(text.scalars[offset - 1])
        } else {
          continue
        }
        if opens {
          if open == nil {
            open = offset
            isContinued = continues && offset == paragraph.lowerBound
          }
        } else {
          passages.append(
            Passage(
              range: (open ?? paragraph.lowerBound)..<offset + 1, isClosed: true,
              isContinued: isContinued || (open == nil && wasOpenAtEnd)))
          open = nil
          isContinued = false
        }
      }
      if let open {
        passages.append(
          Passage(range: open..<paragraph.upperBound, isClosed: false, isContinued: isContinued))
      }
      wasOpenAtEnd = open != nil
    }
    self.passages = passages
  }

  private static func isOpening(at offset: Int, in text: ArticleText) -> Bool {
    offset < text.count
      && (QuotationMarks.opening.contains(text.scalars[offset])
        || text.scalars[offset] == QuotationMarks.straight)
  }

  /// The passages that overlap `range`.
  func passages(overlapping range: Range<Int>) -> [Passage] {
    passages.filter { $0.range.overlaps(range) }
  }

  /// Whether a closed passage holds `offset` strictly inside and ends after `end`: a sentence
  /// boundary there would cut the quotation.
  func isInsideClosedPassage(_ offset: Int, endingAfter end: Int) -> Bool {
    passages.contains { passage in
      passage.isClosed && passage.range.lowerBound < offset && passage.range.upperBound > end
    }
  }
}

/// The paragraphs of an article's text: its non-blank lines, without their surrounding white
/// space. A line break always ends a paragraph.
enum Paragraphs {
  /// The offsets of each non-blank line, trimmed.
  static func ranges(in text: ArticleText) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    let scalars = text.scalars
    while start < scalars.count {
      var end = start
      while end < scalars.count, scalars[end] != "\n" { end += 1 }
      var lower = start
      var upper = end
      while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      if lower < upper { ranges.append(lower..<upper) }
      start = end + 1
    }
    return ranges
  }
}
