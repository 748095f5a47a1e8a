/// A wire story's dateline at the start of a paragraph: a place in capitals, an optional date
/// and agency, then a dash ("MOSCOW (Reuters) - ", "BEIJING, May 27 (Xinhua) -- ",
/// "WASHINGTON — ").
enum WireDateline {
  private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

  /// The dateline's end (after its dash) and where the text after it starts, when `paragraph`
  /// opens with one.
  static func end(in paragraph: Range<Int>, of text: ArticleText) -> (end: Int, next: Int)? {
    let scalars = text.scalars
    var offset = paragraph.lowerBound
    var capitals = 0
    // The place: capital letters, spaces, full stops and hyphens inside names ("NEW YORK").
    while offset < paragraph.upperBound {
      let scalar = scalars[offset]
      if scalar.properties.isUppercase {
        capitals += 1
      } else if scalar.properties.isLowercase {
        return nil
      } else if !(scalar == " " || scalar == "." || scalar == "'" || scalar == "\u{2019}") {
        break
      }
      offset += 1
    }
    guard capitals >= 3, offset - paragraph.lowerBound <= 40 else { return nil }
    // Then, before the dash: a date and an agency in brackets, in any letters ("May 27").
    let limit = min(paragraph.upperBound, offset + 40)
    var dash = offset
    while dash < limit, !dashes.contains(scalars[dash]) { dash += 1 }
    guard dash < limit, dash > paragraph.lowerBound,
      scalars[dash - 1].properties.isWhitespace
        || scalars[dash - 1] == ")" || scalars[dash - 1] == "-"
    else { return nil }
    let between = text.text(from: offset, to: dash) ?? ""
    guard between.allSatisfy({ !".?!:;\u{201C}\"".contains($0) }) else { return nil }
    var end = dash
    while end < paragraph.upperBound, dashes.contains(scalars[end]) { end += 1 }
    guard end < paragraph.upperBound, scalars[end].properties.isWhitespace else { return nil }
    var next = end
    while next < paragraph.upperBound, scalars[next].properties.isWhitespace { next += 1 }
    return (end, next)
  }
}

/// A bracketed link inside a paragraph, "(RELATED: ...)" or "(SEE ALSO: ...)": a label in
/// capitals and a colon just after the opening bracket.
enum BracketedLink {
  /// The link's offsets, brackets included, when one opens at `offset`.
  static func range(at offset: Int, in paragraph: Range<Int>, of text: ArticleText) -> Range<Int>? {
    let scalars = text.scalars
    guard scalars[offset] == "(" || scalars[offset] == "[" else { return nil }
    let close: Unicode.Scalar = scalars[offset] == "(" ? ")" : "]"
    var label = offset + 1
    while label < paragraph.upperBound,
      scalars[label].properties.isUppercase || scalars[label] == " "
    {
      label += 1
    }
    guard label - offset >= 4, label < paragraph.upperBound, scalars[label] == ":" else {
      return nil
    }
    var end = label
    while end < paragraph.upperBound, scalars[end] != close { end += 1 }
    return offset..<min(end + 1, paragraph.upperBound)
  }
}
