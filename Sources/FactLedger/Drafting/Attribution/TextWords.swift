/// The words of an article's text with their offsets, found once per text so that every
/// question the attribution drafter asks ("what stands before this cue?") is an index lookup.
///
/// A word is a run of letters and digits, with hyphens, apostrophes and full stops inside it
/// ("lieutenant-general", "Russia’s", "U.S"); what stands between two words is their gap.
struct TextWords: Sendable {
  /// One word and where it stands.
  struct Word: Sendable, Equatable {
    /// Its offsets in the text, in Unicode scalars.
    var range: Range<Int>
    /// The word as it stands.
    var text: String
    /// The word in lower case, with a typographic apostrophe written `'`.
    var lowered: String
    /// Whether it starts with a capital letter.
    var isCapitalized: Bool
    /// Whether it has two letters or more and no lower-case one ("CNN", "TASS").
    var isAllCaps: Bool
    /// Whether it ends in a possessive `'s`.
    var isPossessive: Bool { lowered.hasSuffix("'s") }
  }

  /// The words, in text order.
  let words: [Word]
  private let scalars: [Unicode.Scalar]

  /// Finds the words of `text`.
  init(_ text: ArticleText) {
    scalars = text.scalars
    var words: [Word] = []
    var offset = 0
    let count = scalars.count
    while offset < count {
      guard Self.isLetterOrDigit(scalars[offset]) else {
        offset += 1
        continue
      }
      let start = offset
      while offset < count {
        if Self.isLetterOrDigit(scalars[offset]) {
          offset += 1
        } else if Self.joiners.contains(scalars[offset]), offset + 1 < count,
          Self.isLetterOrDigit(scalars[offset + 1])
        {
          offset += 2
        } else {
          break
        }
      }
      let word = text.text(from: start, to: offset) ?? ""
      words.append(
        Word(
          range: start..<offset, text: word, lowered: Self.lowered(word),
          isCapitalized: Self.isUppercase(scalars[start]),
          isAllCaps: Self.isAllCaps(scalars[start..<offset])))
    }
    self.words = words
  }

  /// `word` in lower case, with a typographic apostrophe written `'`; ASCII by its bytes.
  private static func lowered(_ word: String) -> String {
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
      let lowered = word.lowercased()
      return lowered.contains("\u{2019}")
        ? String(
          String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        : lowered
    }
    guard word.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return word }
    return String(
      decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// Whether `scalars` have two letters or more and no lower-case one ("CNN", "TASS").
  private static func isAllCaps(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var letters = 0
    for scalar in scalars {
      if scalar.isASCII {
        if (0x61...0x7A).contains(scalar.value) { return false }
        if (0x41...0x5A).contains(scalar.value) { letters += 1 }
      } else if scalar.properties.isAlphabetic {
        if scalar.properties.isLowercase { return false }
        letters += 1
      }
    }
    return letters >= 2
  }

  private static let joiners: Set<Unicode.Scalar> = ["-", "'", "\u{2019}", ".", "\u{2010}"]

  /// ASCII by its value (a Unicode property is a table search, and this is asked of every
  /// scalar of the text).
  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (0x61...0x7A).contains(scalar.value | 0x20) || (0x30...0x39).contains(scalar.value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
  }

  /// The number of words.
  var count: Int { words.count }

  /// The word at `index`.
  subscript(index: Int) -> Word { words[index] }

  /// The scalars between the word at `index` and the next one (or the end of the text).
  func gap(after index: Int) -> ArraySlice<Unicode.Scalar> {
    let end = index + 1 < words.count ? words[index + 1].range.lowerBound : scalars.count
    return scalars[words[index].range.upperBound..<end]
  }

  /// Whether only spaces on one line separate the word at `index` from the next: the two
  /// belong to one phrase.
  func isJoined(_ index: Int) -> Bool {
    guard index >= 0, index + 1 < words.count else { return false }
    let gap = gap(after: index)
    return !gap.isEmpty && gap.allSatisfy { $0.properties.isWhitespace && $0 != "\n" }
  }

  /// Whether the gap after the word at `index` holds `scalar`.
  func gap(after index: Int, contains scalar: Unicode.Scalar) -> Bool {
    index >= 0 && index < words.count && gap(after: index).contains(scalar)
  }

  /// The index of the first word that starts at or after `offset` (`count` when none).
  func firstIndex(startingAtOrAfter offset: Int) -> Int {
    words.partitionPoint { $0.range.lowerBound >= offset }
  }

  /// The indices of the words that lie wholly inside `range`.
  func indices(in range: Range<Int>) -> Range<Int> {
    let first = firstIndex(startingAtOrAfter: range.lowerBound)
    var last = firstIndex(startingAtOrAfter: range.upperBound)
    while last > first, words[last - 1].range.upperBound > range.upperBound { last -= 1 }
    return first..<max(first, last)
  }

  /// The text from the first to the last of `indices`, as it stands (gaps included).
  func text(of indices: Range<Int>) -> String {
    guard let first = indices.first, let last = indices.last else { return "" }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[words[first].range.lowerBound..<words[last].range.upperBound])
    return String(result)
  }

  /// The span of the words `indices`, as `attribution.cue` and credentials record it.
  func span(of indices: Range<Int>) -> TextSpan {
    TextSpan(
      exact: text(of: indices), start: words[indices.lowerBound].range.lowerBound,
      end: words[indices.upperBound - 1].range.upperBound)
  }
}
