/// The marks a journalist adds inside a quotation, read as the journalist means them before
/// the words are compared:
/// - `[sic]` marks the source's own error: it is not a word;
/// - brackets inside a word change its letters (`[W]e` for "we", `[Putin]'s`): the word is
///   read without them;
/// - a bracketed phrase between words of the quote stands in for words of the source
///   (`[China]` for "them"): in the article's quote it is read as an ellipsis, unless it holds
///   a negation ("We will [not] comply" adds a word that reverses the quote); at the quote's
///   start or end, and in a source's text, its words are compared as they are;
/// - a spaced ellipsis (`. . .`) is an ellipsis, and so is one in parentheses (`(…)`,
///   `(...)`), as one in brackets is.
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

  /// Whether `text` has "(…)" or "(...)", spaces inside allowed, found on its bytes.
  static func hasParenthesisedEllipsis(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      bytes.indices.contains { start in
        guard bytes[start] == UInt8(ascii: "(") else { return false }
        var index = start + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index + 3 <= bytes.count else { return false }
        let dots = bytes[index..<(index + 3)]
        guard dots.elementsEqual("...".utf8) || dots.elementsEqual([0xE2, 0x80, 0xA6]) else {
          return false
        }
        index += 3
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: ")")
      }
    }
  }

  /// Where an ellipsis in parentheses that opens at `start` ends (past its ")"), or `nil`.
  private static func parenthesisedEllipsisEnd(_ scalars: [Unicode.Scalar], from start: Int)
    -> Int?
  {
    var index = start + 1
    let skipSpaces = { while index < scalars.count, scalars[index] == " " { index += 1 } }
    skipSpaces()
    if index < scalars.count, scalars[index] == "\u{2026}" {
      index += 1
    } else if scalars[index...].prefix(3).elementsEqual([".", ".", "."]) {
      index += 3
    } else {
      return nil
    }
    skipSpaces()
    guard index < scalars.count, scalars[index] == ")" else { return nil }
    return index + 1
  }

  /// `text` with its marks read as above; `text` itself when it has none.
  ///
  /// - Parameter isQuote: whether `text` is the article's quote, where a bracketed phrase
  ///   between words is an ellipsis.
  static func resolved(_ text: String, isQuote: Bool) -> String {
    guard
      text.utf8.contains(UInt8(ascii: "[")) || hasSpacedEllipsis(text)
        || hasParenthesisedEllipsis(text)
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
      if scalar == "(", let end = parenthesisedEllipsisEnd(scalars, from: index) {
        result.append("\u{2026}")
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
