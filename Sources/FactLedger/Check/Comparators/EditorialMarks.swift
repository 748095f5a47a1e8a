/// The marks a journalist adds inside a quotation, read as the journalist means them before
/// the words are compared:
/// - `[sic]` or `(sic)` marks the source's own error: it is not a word;
/// - brackets inside a word change its letters (`[W]e` for "we", `[Putin]'s`): the word is
///   read without them;
/// - a bracketed phrase between words of the quote stands in for words of the source
///   (`[China]` for "them"): in the article's quote it is read as an ellipsis, unless it holds
///   a negation ("We will [not] comply" adds a word that reverses the quote); at the quote's
///   start or end, and in a source's text, its words are compared as they are;
/// - a spaced ellipsis (`. . .`) is an ellipsis, and so is one in parentheses or brackets
///   (`(…)`, `(...)`, `[. . .]`, `(....)`).
///
/// A bracket is looked for its close within 60 characters: an unclosed one is a character.
enum EditorialMarks {
  /// Whether `text` has ". . .", found on its bytes (Foundation's search was a sixtieth of a
  /// check run, for the few texts that have one).
  static func hasSpacedEllipsis(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= 5 else { return false }
      let (dot, space) = (UInt8(ascii: "."), UInt8(ascii: " "))
      return (0...(bytes.count - 5)).contains { start in
        bytes[start] == dot && bytes[start + 1] == space && bytes[start + 2] == dot
          && bytes[start + 3] == space && bytes[start + 4] == dot
      }
    }
  }

  /// Where an ellipsis or "sic" in parentheses that opens at `start` ends (past its ")"), or
  /// `nil`, and whether it is "sic".
  private static func parenthesisedMarkEnd(_ scalars: [Unicode.Scalar], from start: Int)
    -> (end: Int, isSic: Bool)?
  {
    guard let close = scalars[(start + 1)...].prefix(12).firstIndex(of: ")") else { return nil }
    let inside = scalars[(start + 1)..<close]
    if isEllipsis(inside) { return (close + 1, false) }
    if String(String.UnicodeScalarView(inside)).lowercased() == "sic" { return (close + 1, true) }
    return nil
  }

  /// Whether `inside` (what stands in brackets or parentheses) is an ellipsis: dots and
  /// ellipses, with spaces, three dots or one ellipsis at least ("...", "…", ". . .", "....").
  private static func isEllipsis(_ inside: some Collection<Unicode.Scalar>) -> Bool {
    var dots = 0
    var ellipses = 0
    for scalar in inside {
      switch scalar {
      case ".": dots += 1
      case "\u{2026}", "\u{22EF}": ellipses += 1
      case " ", "\u{00A0}": continue
      default: return false
      }
    }
    return dots >= 3 || ellipses >= 1
  }

  /// `text` with its marks read as above; `text` itself when it has none.
  ///
  /// - Parameter isQuote: whether `text` is the article's quote, where a bracketed phrase
  ///   between words is an ellipsis.
  static func resolved(_ text: String, isQuote: Bool) -> String {
    // A text with a bracket or parenthesis is read through (one with none of the marks comes
    // out as it went in); one with neither, only for a spaced ellipsis.
    guard
      text.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") })
        || hasSpacedEllipsis(text)
    else { return text }
    let scalars = Array(text.unicodeScalars)
    let firstLetter = scalars.firstIndex(where: \.properties.isAlphabetic) ?? scalars.count
    let lastLetter = scalars.lastIndex(where: \.properties.isAlphabetic) ?? -1
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == ".", scalars[index...].prefix(5).elementsEqual([".", " ", ".", " ", "."]) {
        result.append("\u{2026}")
        index += 5
        continue
      }
      if scalar == "(", let (end, isSic) = parenthesisedMarkEnd(scalars, from: index) {
        if !isSic { result.append("\u{2026}") }
        index = end
        continue
      }
      guard scalar == "[",
        let close = scalars[(index + 1)...].prefix(60).firstIndex(of: "]")
      else {
        result.append(scalar)
        index += 1
        continue
      }
      let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      let joins = { (offset: Int) in
        scalars.indices.contains(offset)
          && (scalars[offset].properties.isAlphabetic
            || "'\u{2019}".unicodeScalars.contains(scalars[offset]))
      }
      let hasWordsAround = firstLetter < index && lastLetter > close
      if inside.lowercased() == "sic" {
        // Not a word of the quote.
      } else if isEllipsis(scalars[(index + 1)..<close]) {
        result.append("\u{2026}")
      } else if joins(index - 1) || joins(close + 1) {
        result.append(contentsOf: inside.unicodeScalars)
      } else if isQuote, hasWordsAround, !QuoteComparator.holdsNegation(inside) {
        result.append(contentsOf: " \u{2026} ".unicodeScalars)
      } else {
        result.append(contentsOf: inside.unicodeScalars)
      }
      index = close + 1
    }
    return String(result)
  }
}
