/// The marks a journalist adds inside a quotation, read as the journalist means them before
/// the quote is compared with its source:
/// - `[sic]` marks the source's own error: it is not a word of the quote;
/// - brackets inside a word change its letters (`[W]e` for "we", `call[s]`): the word is
///   read without them;
/// - a bracketed word or phrase standing alone stands in for words of the source (`[China]`
///   for "them"): it is read as an ellipsis;
/// - a spaced ellipsis (`. . .`) is an ellipsis.
enum EditorialMarks {
  /// `text` with its marks read as above; `text` itself when it has none.
  static func resolved(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "[")) || text.contains(". . .") else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == ".", Array(scalars[index...].prefix(5)) == [".", " ", ".", " ", "."] {
        result.append("\u{2026}")
        index += 5
        continue
      }
      guard scalar == "[", let close = scalars[index...].firstIndex(of: "]") else {
        result.append(scalar)
        index += 1
        continue
      }
      let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      let isLetter = { (offset: Int) in
        scalars.indices.contains(offset) && scalars[offset].properties.isAlphabetic
      }
      if inside.lowercased() == "sic" {
        // Dropped.
      } else if isLetter(index - 1) || isLetter(close + 1) {
        result.append(contentsOf: inside.unicodeScalars)
      } else {
        result.append(contentsOf: " \u{2026} ".unicodeScalars)
      }
      index = close + 1
    }
    return String(result)
  }
}
