/// Where the sentences of an article's text may end, found once: the sentence around any span
/// is then two binary searches, where `SentenceBounds` walks from the span to the nearest
/// break each time (a sentence of thousands of cues, each asking for its sentence, made
/// drafting quadratic in the sentence's length).
///
/// `sentence(around:)` gives what `SentenceBounds.sentence(around:in:)` gives, cut where an
/// ellipsis ends a sentence before a capital letter or an opening quotation mark ("told
/// Newsweek… “That means"), so a quote's next sentence is not taken for the one that names
/// its speaker.
struct SentenceBreaks: Sendable {
  /// The text.
  let text: ArticleText
  /// The offsets at which a sentence ends, in order: each line feed, and each white space
  /// after the end of a sentence (`SentenceBounds.endsSentence(before:in:)`).
  let breaks: [Int]
  /// The offsets of the ellipses (U+2026), in order.
  let ellipses: [Int]

  private static let openingQuotes = QuotationMarks.opening.union([QuotationMarks.straight])

  /// Finds the breaks of `text`.
  init(_ text: ArticleText) {
    self.text = text
    var breaks: [Int] = []
    var ellipses: [Int] = []
    for (offset, scalar) in text.scalars.enumerated() {
      if scalar == "\u{2026}" { ellipses.append(offset) }
      if scalar == "\n"
        || (scalar.properties.isWhitespace
          && SentenceBounds.endsSentence(before: offset, in: text.scalars))
      {
        breaks.append(offset)
      }
    }
    self.breaks = breaks
    self.ellipses = ellipses
  }

  /// The sentence around `span`.
  func sentence(around span: Range<Int>) -> Range<Int> {
    let found = bounds(around: span)
    let scalars = text.scalars
    var start = found.lowerBound
    var end = found.upperBound
    var index = ellipses.partitionPoint { $0 >= found.lowerBound }
    while index < ellipses.count, ellipses[index] < found.upperBound {
      let offset = ellipses[index]
      index += 1
      var next = offset + 1
      while next < found.upperBound, scalars[next] == " " || scalars[next] == "\u{00A0}" {
        next += 1
      }
      guard next > offset + 1, next < found.upperBound,
        scalars[next].properties.isUppercase || Self.openingQuotes.contains(scalars[next])
      else { continue }
      if next <= span.lowerBound {
        start = max(start, next)
      } else if offset + 1 >= span.upperBound {
        end = min(end, offset + 1)
      }
    }
    return start..<end
  }

  /// The sentences of `paragraph` (a line of the text), in order: the sentence around each
  /// first scalar that is not white space, from the end of the one before.
  func sentences(in paragraph: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var offset = paragraph.lowerBound
    while offset < paragraph.upperBound {
      if text.scalars[offset].properties.isWhitespace {
        offset += 1
        continue
      }
      let sentence = self.sentence(around: offset..<offset + 1)
      found.append(sentence)
      offset = max(sentence.upperBound, offset + 1)
    }
    return found
  }

  /// What `SentenceBounds.sentence(around:in:)` gives: from after the last break before the
  /// span (white space skipped up to the span) to the first break at or after its end.
  func bounds(around span: Range<Int>) -> Range<Int> {
    let before = breaks.partitionPoint { $0 >= span.lowerBound }
    var start = before > 0 ? breaks[before - 1] + 1 : 0
    while start < span.lowerBound, text.scalars[start].properties.isWhitespace { start += 1 }
    let floor = max(span.upperBound, start)
    let after = breaks.partitionPoint { $0 >= floor }
    return start..<(after < breaks.count ? breaks[after] : max(text.count, floor))
  }
}
