/// Splits a whole article into sentences: the units `extract` drafts one record for.
///
/// A paragraph (a non-blank line) is split after `.`, `?`, `!`, `…` or `...`, with any closing
/// quotation marks and brackets after them, when white space and then no lowercase letter
/// follow. It is not split inside a quotation that closes later in the paragraph (a quote of
/// several sentences stays with its speaker), after a title ("Dr.", "Lt. Gen."), after an
/// initial ("J."), nor after an abbreviation that can also end a sentence ("U.S.", "Jan.",
/// "No.", "Inc.") unless a word that usually starts a sentence follows, nor after the number
/// of a numbered list's item ("1. "). A decimal ("4.5") has no white space after its point. A bracketed link ("(RELATED: ...)") and a wire
/// dateline ("MOSCOW (Reuters) -") are units of their own. Dashes never split.
enum SentenceSegmenter {
  /// The sentences of `text`, in order, each trimmed of white space.
  static func sentences(in text: ArticleText) -> [Range<Int>] {
    let quotations = Quotations(text)
    var sentences: [Range<Int>] = []
    for paragraph in Paragraphs.ranges(in: text) {
      var start = paragraph.lowerBound
      if let dateline = WireDateline.end(in: paragraph, of: text) {
        sentences.append(paragraph.lowerBound..<dateline.end)
        start = dateline.next
      }
      var offset = start
      while offset < paragraph.upperBound {
        if let link = BracketedLink.range(at: offset, in: paragraph, of: text) {
          append(start..<offset, to: &sentences, in: text)
          append(link, to: &sentences, in: text)
          start = link.upperBound
          offset = link.upperBound
          continue
        }
        if let boundary = boundary(at: offset, in: paragraph, of: text, quotations: quotations) {
          append(start..<boundary.end, to: &sentences, in: text)
          start = boundary.next
          offset = boundary.next
          continue
        }
        offset += 1
      }
      append(start..<paragraph.upperBound, to: &sentences, in: text)
    }
    return sentences
  }

  /// Adds `range` trimmed of white space, when anything is left.
  private static func append(
    _ range: Range<Int>, to sentences: inout [Range<Int>], in text: ArticleText
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, text.scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, text.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    if lower < upper { sentences.append(lower..<upper) }
  }

  /// Where a sentence ends when the terminator at `offset` ends one: its end (after closing
  /// marks) and the start of the next.
  private static func boundary(
    at offset: Int, in paragraph: Range<Int>, of text: ArticleText, quotations: Quotations
  ) -> (end: Int, next: Int)? {
    let scalars = text.scalars
    guard SentenceEnd.terminators.contains(scalars[offset]) else { return nil }
    var end = offset + 1
    while end < paragraph.upperBound, SentenceEnd.terminators.contains(scalars[end]) { end += 1 }
    let terminator = scalars[offset..<end]
    while end < paragraph.upperBound, SentenceEnd.closers.contains(scalars[end]) { end += 1 }
    guard end < paragraph.upperBound, scalars[end].properties.isWhitespace else { return nil }
    var next = end
    while next < paragraph.upperBound, scalars[next].properties.isWhitespace { next += 1 }
    guard next < paragraph.upperBound else { return nil }
    if scalars[next].properties.isLowercase { return nil }
    if quotations.isInsideClosedPassage(offset, endingAfter: end) { return nil }
    if terminator.count == 1, terminator.first == "." {
      let word = SentenceEnd.word(before: offset, in: text)
      // The number of an item of a numbered list ("1. Russia ...").
      if offset - word.unicodeScalars.count == paragraph.lowerBound, word.allSatisfy(\.isNumber) {
        return nil
      }
      if !SentenceEnd.endsSentence(after: word, next: SentenceEnd.word(from: next, in: text)) {
        return nil
      }
    }
    return (end, next)
  }
}
