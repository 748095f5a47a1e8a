import Foundation

/// The passage of an article nearest to words that are not in it as written: the same words
/// with typographic quotes, dashes, spacing, letter case or ellipses folded, or else the passage that
/// shares the most words with them. `lint` shows it when an anchor's words are not found.
public struct NearestPassage: Sendable, Equatable {
  /// What folding makes the words and the passage equal.
  public enum Difference: String, Sendable, CaseIterable {
    /// Curly and straight quotation marks or apostrophes.
    case quotes = "curly vs straight quotes"
    /// Hyphens and dashes.
    case dashes
    /// Spaces and line breaks.
    case spacing
    /// Upper and lower case.
    case letterCase = "letter case"
    /// An ellipsis character and three full stops.
    case ellipsis = "ellipsis vs three full stops"
  }

  /// How the passage was found.
  public enum Match: Sendable, Equatable {
    /// The words stand there once folded; they differ only in these ways.
    case folded([Difference])
    /// No folded match: the passage of as many words that shares the most of them.
    case similar
  }

  /// The passage's offsets, in Unicode scalars.
  public var range: Range<Int>
  /// How it was found.
  public var match: Match

  /// The passage of `text` nearest to `words`, or `nil` when no passage shares a word.
  public static func find(_ words: String, in text: ArticleText) -> NearestPassage? {
    if let range = foldedMatch(of: words, in: text) {
      let passage = text.text(from: range.lowerBound, to: range.upperBound) ?? ""
      let differences = Difference.allCases.filter { $0.differs(words, passage) }
      return NearestPassage(range: range, match: .folded(differences))
    }
    return mostSimilar(to: words, in: text).map { NearestPassage(range: $0, match: .similar) }
  }

  // MARK: - Folding

  /// The first place where `words`, folded, stand in the folded text.
  private static func foldedMatch(of words: String, in text: ArticleText) -> Range<Int>? {
    foldedMatches(of: words, in: text, limit: 1).first
  }

  /// Every place where `words` stand in the text once quotes, dashes, spacing, case and ellipses are
  /// folded, in the order of the text.
  ///
  /// - Parameters:
  ///   - words: The words, in any spelling of quotes, dashes, spacing, case and ellipses.
  ///   - text: The article's text.
  ///   - limit: The most places wanted.
  /// - Returns: The places' offsets, in Unicode scalars of `text`.
  public static func foldedMatches(
    of words: String, in text: ArticleText, limit: Int = .max
  ) -> [Range<Int>] {
    let needle = Folded(Array(words.unicodeScalars)).trimmed
    guard !needle.isEmpty else { return [] }
    let haystack = Folded(text.scalars)
    guard needle.count <= haystack.scalars.count else { return [] }
    var found: [Range<Int>] = []
    for start in 0...(haystack.scalars.count - needle.count)
    where haystack.scalars[start..<start + needle.count].elementsEqual(needle)
      && haystack.isBoundary(start) && haystack.isBoundary(start + needle.count)
    {
      found.append(haystack.sourceRange(of: start..<start + needle.count))
      if found.count == limit { break }
    }
    return found
  }

  // MARK: - Word overlap

  /// The run of as many words as `words` has that shares the most of them (ties: the one
  /// with the most words in the same place, then the first).
  private static func mostSimilar(to words: String, in text: ArticleText) -> Range<Int>? {
    let wanted = Word.split(Array(words.unicodeScalars)).map(\.key)
    let article = Word.split(text.scalars)
    guard !wanted.isEmpty, !article.isEmpty else { return nil }
    let length = min(wanted.count, article.count)
    var wantedCounts: [String: Int] = [:]
    for key in wanted { wantedCounts[key, default: 0] += 1 }
    // The window slides a word at a time; its score (the wanted words it holds, each as often
    // as wanted) changes by the word that enters and the one that leaves, so the search is
    // linear in the article's words. Words in the same place break ties, counted only then.
    var held: [String: Int] = [:]
    var score = 0
    func enter(_ key: String) {
      let count = held[key, default: 0]
      if count < wantedCounts[key, default: 0] { score += 1 }
      held[key] = count + 1
    }
    func leave(_ key: String) {
      let count = held[key, default: 0] - 1
      held[key] = count
      if count < wantedCounts[key, default: 0] { score -= 1 }
    }
    for word in article[0..<length] { enter(word.key) }
    var best: (score: Int, inPlace: Int, start: Int)?
    var tieBreaks = 4_096
    for start in 0...(article.count - length) {
      if start > 0 {
        leave(article[start - 1].key)
        enter(article[start + length - 1].key)
      }
      guard score > 0, score >= best?.score ?? 0 else { continue }
      // A tie is broken by counting words in place, a pass over the window; past a budget of
      // such passes (a text that repeats itself ties everywhere) the first of equals stays.
      if score == best?.score {
        guard tieBreaks > 0 else { continue }
        tieBreaks -= 1
      }
      let inPlace = zip(article[start..<start + length], wanted).filter { $0.key == $1 }.count
      if best.map({ (score, inPlace) > ($0.score, $0.inPlace) }) ?? true {
        best = (score, inPlace, start)
      }
    }
    guard let best else { return nil }
    return article[best.start].range.lowerBound..<article[best.start + length - 1].range.upperBound
  }
}

/// Scalars with quotes, dashes, white space and case folded, each kept with the offset of
/// the scalar it came from.
private struct Folded {
  var scalars: [Unicode.Scalar] = []
  /// For each folded scalar, the source offsets of the character (grapheme cluster) it came
  /// from: a match starts and ends only where characters do.
  var starts: [Int] = []
  var ends: [Int] = []

  init(_ source: [Unicode.Scalar]) {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: source)
    var inSpace = false
    var offset = 0
    for character in String(view) {
      let end = offset + character.unicodeScalars.count
      defer { offset = end }
      if character.isWhitespace {
        if !inSpace { append(" ", from: offset, to: end) }
        inSpace = true
        continue
      }
      inSpace = false
      if character == "\u{2026}" {
        for _ in 0..<3 { append(".", from: offset, to: end) }
        continue
      }
      // Canonically equivalent spellings (é, e + U+0301; ệ, ê + U+0323, e + U+0323 + U+0302)
      // fold alike: the character's decomposition puts its marks in canonical order.
      let parts =
        character.isASCII
        ? character.unicodeScalars
        : String(character).decomposedStringWithCanonicalMapping.unicodeScalars
      for part in parts {
        for folded in String(Self.fold(part)).lowercased().unicodeScalars {
          append(folded, from: offset, to: end)
        }
      }
    }
  }

  /// Whether `index` falls between two source characters, not inside what one folded to (the
  /// marks of a letter, the three full stops of an ellipsis).
  func isBoundary(_ index: Int) -> Bool {
    index == 0 || index == starts.count || starts[index - 1] != starts[index]
  }

  /// The source offsets of the folded scalars `range`.
  func sourceRange(of range: Range<Int>) -> Range<Int> {
    starts[range.lowerBound]..<ends[range.upperBound - 1]
  }

  private mutating func append(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
    scalars.append(scalar)
    starts.append(start)
    ends.append(end)
  }

  /// The scalars without a space at either end.
  var trimmed: ArraySlice<Unicode.Scalar> {
    var slice = scalars[...]
    while slice.first == " " { slice.removeFirst() }
    while slice.last == " " { slice.removeLast() }
    return slice
  }

  static let singleQuotes: Set<Unicode.Scalar> = [
    "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}",
  ]
  static let doubleQuotes: Set<Unicode.Scalar> = [
    "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}",
  ]
  static let dashes: Set<Unicode.Scalar> = [
    "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
  ]

  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if singleQuotes.contains(scalar) { return "'" }
    if doubleQuotes.contains(scalar) { return "\"" }
    if dashes.contains(scalar) { return "-" }
    return scalar
  }
}

extension NearestPassage.Difference {
  /// Whether `words` and `passage` differ in this way: the scalars of its kind, in order.
  fileprivate func differs(_ words: String, _ passage: String) -> Bool {
    let kind: (Unicode.Scalar) -> Bool =
      switch self {
      case .quotes: { Folded.singleQuotes.contains($0) || Folded.doubleQuotes.contains($0) }
      case .dashes: { Folded.dashes.contains($0) }
      case .spacing: { $0.properties.isWhitespace }
      case .letterCase: { $0.properties.isAlphabetic }
      case .ellipsis: { $0 == "\u{2026}" || $0 == "." }
      }
    // Canonically equivalent spellings (é, e + U+0301) are the same text, no difference.
    let (words, passage) = (
      words.precomposedStringWithCanonicalMapping, passage.precomposedStringWithCanonicalMapping
    )
    return !words.unicodeScalars.filter(kind).elementsEqual(passage.unicodeScalars.filter(kind))
  }
}

/// A word of a text, between white space, with the key it is compared by.
private struct Word {
  var range: Range<Int>
  var key: String

  static func split(_ scalars: [Unicode.Scalar]) -> [Word] {
    var words: [Word] = []
    var start: Int?
    for offset in 0...scalars.count {
      let isSpace = offset == scalars.count || scalars[offset].properties.isWhitespace
      if isSpace, let first = start {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[first..<offset].map(Folded.fold))
        let key = String(text).lowercased().trimmingPunctuation
        if !key.isEmpty { words.append(Word(range: first..<offset, key: key)) }
        start = nil
      } else if !isSpace, start == nil {
        start = offset
      }
    }
    return words
  }
}

extension String {
  /// The string without punctuation at either end: `“the` and `success,”` compare as words.
  fileprivate var trimmingPunctuation: String {
    let isWordScalar = { (scalar: Unicode.Scalar) in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
    let scalars = Array(unicodeScalars)
    guard let first = scalars.firstIndex(where: isWordScalar),
      let last = scalars.lastIndex(where: isWordScalar)
    else { return "" }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[first...last])
    return String(result)
  }
}
