/// A word of a text as the checker compares it (`key`, through `TypographicFolding`) and as
/// the text spells it (`shown`), so a diff can show the source's own characters.
public struct FoldedWord: Sendable, Equatable {
  /// The word folded: look-alikes as their ASCII stand-ins, case folded.
  public var key: String
  /// The word as written.
  public var shown: String
  /// Whether a sentence stop (`.`, `!`, `?`, `;`, `:`, `…`) or a quotation mark follows it
  /// before the next word: where a quoted span or a sentence ends.
  public var isFollowedByBreak = false
  /// Whether a break, a comma, a bracket or a dash (an en or em dash, or a hyphen with a space
  /// or another hyphen beside it; not a hyphen inside a word) follows it before the next word:
  /// where a clause may end.
  public var isFollowedByPause = false
  /// Whether this is the second word of a contraction written as one ("not" of "don't"),
  /// showing the whole word as written, as the first does (`WordForms`).
  public var isContinuation = false

  /// The words of `text`: runs of letters, digits and apostrophes (after folding), with
  /// apostrophes at either end dropped. Dashes, quotation marks, spaces and other punctuation
  /// separate words. Contractions and British spellings are given their words in full and
  /// the American spelling (`WordForms`).
  public static func words(in text: String) -> [FoldedWord] {
    WordForms.standardized(asciiWords(in: text) ?? unicodeWords(in: text))
  }

  private static func unicodeWords(in text: String) -> [FoldedWord] {
    var words: [FoldedWord] = []
    var key = ""
    var shown = ""
    func finish() {
      defer {
        key = ""
        shown = ""
      }
      let trimmedKey = key.drop { $0 == "'" }.reversed().drop { $0 == "'" }.reversed()
      guard !trimmedKey.isEmpty else { return }
      let trimmedShown = shown.drop(while: isApostrophe).reversed().drop(while: isApostrophe)
        .reversed()
      words.append(
        FoldedWord(
          key: TypographicFolding.caseFolded(String(trimmedKey)), shown: String(trimmedShown)))
    }
    let characters = Array(text.precomposedStringWithCanonicalMapping)
    for (index, character) in characters.enumerated() {
      let folded = foldedWithoutCase(character)
      if !folded.isEmpty, folded.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" }) {
        key += folded
        shown.append(character)
      } else if folded.isEmpty {
        shown.append(character)
      } else {
        finish()
        if !words.isEmpty, folded.contains(where: { ".!?;:\"…".contains($0) }) {
          words[words.count - 1].isFollowedByBreak = true
          words[words.count - 1].isFollowedByPause = true
        }
        let isSpacedHyphen =
          character == "-"
          && [index - 1, index + 1].contains {
            characters.indices.contains($0) && (characters[$0] == " " || characters[$0] == "-")
          }
        if !words.isEmpty,
          folded.contains(where: { ",()".contains($0) }) || Self.isDash(character) || isSpacedHyphen
        {
          words[words.count - 1].isFollowedByPause = true
        }
      }
    }
    finish()
    return words
  }

  /// `words(in:)` of a text in plain ASCII, byte by byte: there nothing is a look-alike but
  /// the grave accent, folding is lowercasing, and each character is one byte (but CR LF,
  /// which separates words either way). `nil` for any other text.
  private static func asciiWords(in text: String) -> [FoldedWord]? {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "`") }) else { return nil }
    var words: [FoldedWord] = []
    var start = 0
    func finish(at end: Int) {
      var first = start
      var last = end
      while first < last, bytes[first] == UInt8(ascii: "'") { first += 1 }
      while last > first, bytes[last - 1] == UInt8(ascii: "'") { last -= 1 }
      guard first < last else { return }
      let shown = bytes[first..<last]
      words.append(
        FoldedWord(
          key: String(decoding: shown.map(asciiLowercased), as: UTF8.self),
          shown: String(decoding: shown, as: UTF8.self)))
    }
    for (index, byte) in bytes.enumerated() where !isASCIIWordByte(byte) {
      finish(at: index)
      start = index + 1
      if !words.isEmpty, ".!?;:\"".utf8.contains(byte) {
        words[words.count - 1].isFollowedByBreak = true
      }
      // A hyphen with a space or another hyphen beside it is a dash ("a partnership - not").
      let isSpacedHyphen =
        byte == UInt8(ascii: "-")
        && [index - 1, index + 1].contains {
          bytes.indices.contains($0)
            && (bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "-"))
        }
      if !words.isEmpty, ".!?;:\",()".utf8.contains(byte) || isSpacedHyphen {
        words[words.count - 1].isFollowedByPause = true
      }
    }
    finish(at: bytes.count)
    return words
  }

  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"):
      true
    default: false
    }
  }

  private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
  }

  /// The code points of the characters of `shown` that print like others: look-alikes that
  /// fold to ASCII, and letters outside ASCII in a word otherwise ASCII ("Рutin" with a
  /// Cyrillic "Р"). Empty when there are none.
  public var lookAlikeCodePoints: [String] {
    let scalars = shown.unicodeScalars
    let isMostlyASCII = scalars.contains { $0.isASCII && $0.properties.isAlphabetic }
    var seen: [String] = []
    for scalar in scalars where !scalar.isASCII {
      let isLookAlike =
        TypographicFolding.isLookAlike(scalar)
        || (isMostlyASCII && scalar.properties.isAlphabetic)
      let code = "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
      if isLookAlike, !seen.contains(code) { seen.append(code) }
    }
    return seen
  }

  private static func foldedWithoutCase(_ character: Character) -> String {
    var folded = ""
    for scalar in character.unicodeScalars {
      if let replacement = TypographicFolding.replacement(for: scalar) {
        folded += replacement
      } else {
        folded.unicodeScalars.append(scalar)
      }
    }
    return folded
  }

  /// An en or em dash, or a horizontal bar: a pause in a sentence, unlike a hyphen.
  private static func isDash(_ character: Character) -> Bool {
    character == "\u{2013}" || character == "\u{2014}" || character == "\u{2015}"
  }

  private static func isApostrophe(_ character: Character) -> Bool {
    foldedWithoutCase(character) == "'"
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
