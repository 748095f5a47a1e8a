/// The passages of an article that stand inside double quotation marks, found once per text,
/// paragraph by paragraph.
///
/// Curly marks, guillemets and corner brackets say which way they face, and close only with
/// their pair (`QuotationMarks`); a straight mark opens when an even number of them
/// precede it in the paragraph. A closing mark with no opening one before it closes a quote
/// that began with the paragraph (a block quote whose opening mark the article left out), and
/// an opening mark with no closing one runs to the end of the paragraph (a quote that goes on
/// in the next one).
struct QuoteRegions: Sendable {
  /// The quoted passages, marks included, in text order: each ends after the one before,
  /// though one that began with its paragraph (no opening mark) starts before those of the
  /// paragraph before it ends.
  let regions: [Range<Int>]
  /// For each index of `regions`, the earliest start of it and of every region after it:
  /// where a search for the regions over a span can stop.
  private let earliestStartFrom: [Int]

  /// Finds the quoted passages of `text`.
  init(_ text: ArticleText) {
    var regions: [Range<Int>] = []
    let scalars = text.scalars
    var paragraphStart = 0
    var open: Int?
    for offset in 0...scalars.count {
      if offset == scalars.count || scalars[offset] == "\n" {
        if let start = open, start < offset { regions.append(start..<offset) }
        open = nil
        paragraphStart = offset + 1
        continue
      }
      let scalar = scalars[offset]
      let isStraight = scalar == QuotationMarks.straight
      if let start = open, QuotationMarks.closes(scalar, openedBy: scalars[start]) {
        regions.append(start..<offset + 1)
        open = nil
      } else if open != nil, QuotationMarks.closing.contains(scalar) {
        continue  // another pair's mark, inside the quotation ("«…“x”…»")
      } else if QuotationMarks.opening.contains(scalar) || (isStraight && open == nil) {
        if open == nil { open = offset }
      } else if QuotationMarks.closing.contains(scalar) || isStraight {
        regions.append((open ?? paragraphStart)..<offset + 1)
        open = nil
      }
    }
    self.regions = regions
    var earliest = Int.max
    earliestStartFrom = regions.reversed().map { region in
      earliest = min(earliest, region.lowerBound)
      return earliest
    }.reversed()
  }

  /// The quoted passages that overlap `span`, in text order: a binary search for the first
  /// that ends inside or after it, then on while one that starts before its end remains (a
  /// scan of every passage for every sentence made drafting quadratic in quotations).
  func regions(overlapping span: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = regions.partitionPoint { $0.upperBound > span.lowerBound }
    while index < regions.count, earliestStartFrom[index] < span.upperBound {
      if regions[index].overlaps(span) { found.append(regions[index]) }
      index += 1
    }
    return found
  }

  /// Whether a quoted passage overlaps `span`.
  func overlaps(_ span: Range<Int>) -> Bool { !regions(overlapping: span).isEmpty }

  /// The quoted passage that holds `offset`, if any.
  func region(containing offset: Int) -> Range<Int>? {
    let low = regions.partitionPoint { $0.upperBound > offset }
    guard low < regions.count, regions[low].contains(offset) else { return nil }
    return regions[low]
  }

  /// Whether `offset` stands inside quotation marks.
  func contains(_ offset: Int) -> Bool { region(containing: offset) != nil }
}
