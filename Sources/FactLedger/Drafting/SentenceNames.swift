/// The names of one sentence: a name the gazetteer knows, else a run of capitalised words
/// ("Indian Ocean", "Gulf of Oman"). Where each name starts and ends is worked out once for the
/// whole sentence, so reading names is linear in its length, however long.
struct SentenceNames: Sendable {
  typealias Name = NameFinder.Name

  /// The sentence.
  let tokens: ExpressionTokens
  private let finder: NameFinder
  /// The longest gazetteer name that starts at each token.
  private let known: [Name?]
  /// Where a run of capitalised words that reaches each token ends.
  private let runEnds: [Int]

  private static let notNames: Set = [
    "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "however", "while", "this",
    "that", "these", "those", "it", "he", "she", "they", "we", "i", "if", "when", "after",
    "before", "instead", "also", "both", "for", "with", "from", "to", "of", "by", "so", "yet",
    "there", "here", "what", "who", "why", "how", "another", "other", "among", "according",
    "yesterday", "today", "tomorrow", "meanwhile", "still", "now", "then", "later", "earlier",
    "moreover", "furthermore", "indeed", "thus", "therefore", "nevertheless", "separately",
    "last", "next", "first", "finally", "overall", "since", "until", "during", "despite",
  ]
  private static let connectors: Set = ["of", "for", "the", "de"]

  /// Reads the names of `tokens` with `finder`'s gazetteer and outlets.
  init(tokens: ExpressionTokens, finder: NameFinder) {
    self.tokens = tokens
    self.finder = finder
    known = tokens.tokens.indices.map { Self.known(at: $0, in: tokens, finder: finder) }
    // A run goes on over capitalised words and "of", "for", "the" before one ("Gulf of Oman"),
    // and stops where a gazetteer name starts (a headline's "Defeat China" is China).
    var ends = Array(repeating: 0, count: tokens.count + 2)
    for position in stride(from: tokens.count + 1, through: 0, by: -1) {
      func isNamePart(_ index: Int) -> Bool {
        guard let token = tokens[index] else { return false }
        return token.isCapitalized && !PeriodExpressions.isCalendarWord(token.text)
      }
      if position >= tokens.count || known[position] != nil {
        ends[position] = position
      } else if isNamePart(position) {
        ends[position] = ends[position + 1]
      } else if Self.connectors.contains(tokens[position]!.lowercased), isNamePart(position + 1) {
        ends[position] = position + 2 < ends.count ? ends[position + 2] : position + 2
      } else {
        ends[position] = position
      }
    }
    runEnds = ends
  }

  /// The name that starts at `index`; a name directly followed by another ("Russian Tsugol
  /// training grounds") is a modifier, and the last one is taken.
  func name(at index: Int) -> Name? {
    guard var name = single(at: index) else { return nil }
    while let next = single(at: name.tokens.upperBound) {
      name = next
    }
    return name
  }

  /// One name at `index`, gazetteer first, or `nil`.
  private func single(at index: Int) -> Name? {
    guard let first = tokens[index], first.isCapitalized,
      !PeriodExpressions.isCalendarWord(first.text)
    else { return nil }
    return known[index] ?? capitalisedRun(at: index)
  }

  /// The longest name of the gazetteer that starts at `index`.
  private static func known(at index: Int, in tokens: ExpressionTokens, finder: NameFinder)
    -> Name?
  {
    guard tokens[index]?.isCapitalized == true else { return nil }
    var words: [String] = []
    var ends: [Int] = []
    var position = index
    while words.count < finder.longest, let token = tokens[position], token.kind == .word {
      for word in token.key.split(separator: " ") {
        words.append(String(word))
        ends.append(position + 1)
      }
      position += tokens.isJoiningHyphen(position + 1) ? 2 : 1
    }
    for count in stride(from: words.count, through: 1, by: -1) {
      guard let canonical = finder.entries[Array(words.prefix(count))] else { continue }
      let range = index..<ends[count - 1]
      return Name(
        canonical: canonical, written: withoutPossessive(tokens.words(range)), tokens: range,
        isKnown: true, isPlace: finder.places.contains(canonical))
    }
    return nil
  }

  /// A run of capitalised words: not a function word, not a sentence's first word alone
  /// (unless it heads a list: "China, Russia, and Iran"), not a name joined by a hyphen to a
  /// number or word ("ArmHiTec-2018"), and not an outlet.
  private func capitalisedRun(at index: Int) -> Name? {
    guard let first = tokens[index], !Self.notNames.contains(first.lowercased) else { return nil }
    let end = runEnds[index + 1]
    // A sentence's first word is capitalised whatever it is: alone, it is a name only at the
    // head of a list, never an adverb ("Politically, ...").
    let isSentenceStart =
      index == 0 || tokens[index - 1]?.kind == .mark && tokens[index - 1]?.text != ","
    let isListHead = tokens.isMark(end, ",") || tokens.isWord(end, in: ["and"])
    let isAlone = isSentenceStart && end == index + 1
    guard !isAlone || (isListHead && !first.lowercased.hasSuffix("ly")),
      !tokens.isJoiningHyphen(end)
    else { return nil }
    // Outlets have short names; a longer run is never one (and is not normalised again).
    let written = withoutPossessive(tokens.words(index..<end))
    guard end - index > 8 || !finder.outlets.contains(Gazetteer.normalized(written)) else {
      return nil
    }
    return Name(
      canonical: written, written: written, tokens: index..<end, isKnown: false, isPlace: false)
  }
}

/// `text` without a possessive "'s" or "’s" at its end.
private func withoutPossessive(_ text: String) -> String {
  for ending in ["'s", "\u{2019}s"] where text.hasSuffix(ending) {
    return String(text.dropLast(2))
  }
  return text
}
