/// The layout of a captured article text, the shipped article's: one paragraph a line,
/// paragraphs separated by one blank line, runs of white space folded to one space, no space
/// at either end of a line, and one final line break.
///
/// A no-break space (U+00A0, `&nbsp;`) inside a line is kept, as the page has it; at either end
/// of a paragraph it is trimmed with the other white space.
public enum ParagraphText {
  /// `text` in the ledger's layout: every line that holds more than white space is a paragraph.
  ///
  /// Line ends may be LF, CR LF or CR; a line break is a paragraph break, so text copied from
  /// a page (a paragraph a line) and text with blank lines between paragraphs come out alike.
  public static func normalize(_ text: String) -> String {
    let lines = text.split(omittingEmptySubsequences: true) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }
    return join(lines.map { fold(String($0)) }.filter { !$0.isEmpty })
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
