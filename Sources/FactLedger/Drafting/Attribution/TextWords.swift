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
      let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
      words.append(
        Word(
          range: start..<offset, text: word,
          lowered: word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"),
          isCapitalized: scalars[start].properties.isUppercase,
          isAllCaps: letters.count >= 2 && !letters.contains(where: \.properties.isLowercase)))
    }
    self.words = words
  }

  private static let joiners: Set<Unicode.Scalar> = ["-", "'", "\u{2019}", ".", "\u{2010}"]

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
