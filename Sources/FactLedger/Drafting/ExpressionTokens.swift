/// One word, number or mark of a sentence, with its place in the sentence.
struct ExpressionToken: Sendable, Equatable {
  /// What the token is made of.
  enum Kind: Sendable, Equatable {
    /// Letters, with inner apostrophes ("doesn’t") and dotted initials ("U.S.").
    case word
    /// Digits, with inner commas and points ("1,000", "1.5").
    case number
    /// Any other single scalar: punctuation, a currency sign, a dash.
    case mark
  }

  /// What the token is made of.
  var kind: Kind
  /// The token's scalars, as written.
  var text: String
  /// The first scalar's offset in the sentence.
  var start: Int
  /// The offset just past the last scalar.
  var end: Int
  /// Whether white space stands before it: "four-day" has none before "-" or "day".
  var isSpaced: Bool
  /// The text in lowercase, for comparing with word lists.
  let lowercased: String
  /// The word folded as the gazetteer folds names, without a possessive "'s": "russia" for
  /// "Russia’s", "u s" for "U.S.".
  let key: String
  /// Whether it is a word whose first scalar is an uppercase letter.
  let isCapitalized: Bool

  /// A token; the lowercase, folded and capitalised readings are taken once, here.
  init(kind: Kind, text: String, start: Int, end: Int, isSpaced: Bool) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.isSpaced = isSpaced
    lowercased = text.lowercased()
    isCapitalized = kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false)
    key = kind == .word ? Self.folded(text) : lowercased
  }

  /// The gazetteer's folding of one word, without a possessive "'s".
  static func folded(_ word: String) -> String {
    let words =
      word.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
      ? [word.lowercased()] : Gazetteer.words(word)
    let joined = words.joined(separator: " ")
    return joined.hasSuffix("'s") ? String(joined.dropLast(2)) : joined
  }
}

/// A sentence split into words, numbers and marks, which the expression finders read.
struct ExpressionTokens: Sendable {
  /// The sentence's scalars.
  let scalars: [Unicode.Scalar]
  /// The tokens, in order.
  let tokens: [ExpressionToken]

  /// Splits `text`.
  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    tokens = Self.split(scalars)
  }

  /// The number of tokens.
  var count: Int { tokens.count }

  /// The token at `index`, or `nil` past either end.
  subscript(index: Int) -> ExpressionToken? {
    tokens.indices.contains(index) ? tokens[index] : nil
  }

  /// The sentence's words from the first token of `range` to its last, as written.
  func words(_ range: Range<Int>) -> String {
    guard let first = self[range.lowerBound], let last = self[range.upperBound - 1] else {
      return ""
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[first.start..<last.end])
    return String(result)
  }

  /// Whether the token at `index` is a word whose lowercase form is in `words`.
  func isWord(_ index: Int, in words: Set<String>) -> Bool {
    guard let token = self[index], token.kind == .word else { return false }
    return words.contains(token.lowercased)
  }

  /// Whether the token at `index` is the mark `mark`.
  func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
    guard let token = self[index], token.kind == .mark else { return false }
    return token.text.unicodeScalars.first == mark
  }

  /// Whether the token at `index` is a hyphen joined to words on both sides ("four-day").
  func isJoiningHyphen(_ index: Int) -> Bool {
    guard isMark(index, "-") || isMark(index, "\u{2011}"), let token = self[index],
      let next = self[index + 1]
    else { return false }
    return !token.isSpaced && !next.isSpaced && index > 0
  }

  // MARK: - Splitting

  private static func split(_ scalars: [Unicode.Scalar]) -> [ExpressionToken] {
    var tokens: [ExpressionToken] = []
    var index = 0
    var isSpaced = true
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        isSpaced = true
        index += 1
        continue
      }
      let (kind, end) = extent(at: index, in: scalars)
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[index..<end])
      tokens.append(
        ExpressionToken(
          kind: kind, text: String(text), start: index, end: end, isSpaced: isSpaced))
      isSpaced = false
      index = end
    }
    return tokens
  }

  /// The kind of the token that starts at `start`, and where it ends.
  private static func extent(at start: Int, in scalars: [Unicode.Scalar])
    -> (ExpressionToken.Kind, Int)
  {
    func isLetter(_ offset: Int) -> Bool {
      offset < scalars.count && scalars[offset].properties.isAlphabetic
    }
    func isDigit(_ offset: Int) -> Bool {
      offset < scalars.count && ("0"..."9").contains(scalars[offset])
    }
    if isDigit(start) {
      var end = start + 1
      while isDigit(end) || (isDigit(end + 1) && (scalars[end] == "," || scalars[end] == ".")) {
        end += 1
      }
      return (.number, end)
    }
    guard isLetter(start) else { return (.mark, start + 1) }
    if let end = initialsEnd(at: start, in: scalars) { return (.word, end) }
    var end = start + 1
    while isLetter(end)
      || (isLetter(end + 1) && (scalars[end] == "'" || scalars[end] == "\u{2019}"))
    {
      end += 1
    }
    return (.word, end)
  }

  /// The end of dotted initials such as "U.S." (two or more single capitals, each with a
  /// point), or `nil` when the text does not start with them.
  private static func initialsEnd(at start: Int, in scalars: [Unicode.Scalar]) -> Int? {
    var end = start
    var letters = 0
    while end + 1 < scalars.count, scalars[end].properties.isUppercase, scalars[end + 1] == ".",
      end + 2 >= scalars.count || !scalars[end + 2].properties.isAlphabetic
        || scalars[end + 2].properties.isUppercase
    {
      letters += 1
      end += 2
      guard end < scalars.count, scalars[end].properties.isUppercase else { break }
    }
    return letters >= 2 ? end : nil
  }
}
