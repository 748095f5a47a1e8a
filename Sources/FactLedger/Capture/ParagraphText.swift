/// The layout of a captured article text, the shipped article's: paragraphs separated by one
/// blank line (an HTML paragraph is one line), runs of white space folded to one space, no space
/// at either end of a line, and one final line break.
///
/// A no-break space (U+00A0, `&nbsp;`) inside a line is kept, as the page has it; at either end
/// of a paragraph it is trimmed with the other white space.
public enum ParagraphText {
  /// `text` in the ledger's layout: lines that hold only white space separate paragraphs
  /// (any number of them makes one blank line); a single line break inside a paragraph is kept,
  /// as the text has it, so words that span it stay the words a record may quote.
  ///
  /// Line ends may be LF, CR LF or CR; they are written as LF.
  public static func normalize(_ text: String) -> String {
    var paragraphs: [String] = []
    var lines: [String] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let folded = fold(String(line))
      if folded.isEmpty {
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
        lines.removeAll()
      } else {
        lines.append(folded)
      }
    }
    if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
    return join(paragraphs)
  }

  /// The paragraphs joined by a blank line, with one final line break; empty for none.
  public static func join(_ paragraphs: [String]) -> String {
    paragraphs.isEmpty ? "" : paragraphs.joined(separator: "\n\n") + "\n"
  }

  /// The number of paragraphs of a text in this layout.
  public static func count(in text: String) -> Int {
    text.isEmpty ? 0 : text.components(separatedBy: "\n\n").count
  }

  /// `line` with every run of ASCII white space (line breaks too) folded to one space, and
  /// white space trimmed at both ends.
  static func fold(_ line: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in line.unicodeScalars {
      if isFoldedSpace(scalar) {
        pendingSpace = true
        continue
      }
      if pendingSpace, !result.isEmpty { result.append(" ") }
      pendingSpace = false
      result.append(scalar)
    }
    while let last = result.last, last.properties.isWhitespace { result.removeLast() }
    while let first = result.first, first.properties.isWhitespace { result.removeFirst() }
    return String(result)
  }

  private static func isFoldedSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
      || scalar == "\u{0B}"
  }
}
