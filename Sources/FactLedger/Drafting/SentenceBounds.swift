/// The sentence around a span of an article's text, found without a full segmenter: a
/// sentence ends at a line break, or at `.`, `?` or `!` (with any closing quotation mark)
/// followed by white space, unless the word before the full stop is an abbreviation
/// ("U.S.", "Dr.", "Lt.", "Jan.").
enum SentenceBounds {
  /// Abbreviations that a full stop follows without ending a sentence.
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "st", "no", "vs", "inc", "co", "corp", "ltd", "jr", "sr", "jan", "feb", "mar",
    "apr", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// The offsets of the sentence (or sentences) that hold `span`.
  static func sentence(around span: Range<Int>, in text: ArticleText) -> Range<Int> {
    let scalars = text.scalars
    var start = span.lowerBound
    while start > 0 {
      let previous = scalars[start - 1]
      if previous == "\n" { break }
      if previous.properties.isWhitespace, endsSentence(before: start - 1, in: scalars) { break }
      start -= 1
    }
    while start < span.lowerBound, scalars[start].properties.isWhitespace { start += 1 }
    var end = max(span.upperBound, start)
    while end < scalars.count {
      if scalars[end] == "\n" { break }
      if scalars[end].properties.isWhitespace, endsSentence(before: end, in: scalars) { break }
      end += 1
    }
    return start..<end
  }

  /// Whether the text just before the white space at `space` ends a sentence.
  static func endsSentence(before space: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var offset = space - 1
    while offset >= 0, QuotationMarks.closingAfterStop.contains(scalars[offset]) { offset -= 1 }
    guard offset >= 0 else { return false }
    switch scalars[offset] {
    case "?", "!": return true
    case ".": break
    default: return false
    }
    var wordStart = offset
    while wordStart > 0, !scalars[wordStart - 1].properties.isWhitespace { wordStart -= 1 }
    var word = String.UnicodeScalarView()
    word.append(contentsOf: scalars[wordStart..<offset])
    let lowered = String(word).lowercased()
    // "U.S." and initials ("J.") have a full stop inside or one letter before it.
    if lowered.contains(".") || lowered.unicodeScalars.count == 1 { return false }
    return !abbreviations.contains(lowered)
  }
}
