/// Reads the names of a sentence: a name the gazetteer knows (with its aliases and demonyms,
/// "Russian" for Russia), else a run of capitalised words ("Indian Ocean", "Gulf of Oman").
struct NameFinder: Sendable {
  /// A name at a place in the sentence.
  struct Name: Sendable, Equatable {
    /// The gazetteer's name for it, or the words as written when it is not in the gazetteer.
    var canonical: String
    /// The words as written, without a possessive "'s".
    var written: String
    /// The tokens it takes.
    var tokens: Range<Int>
    /// Whether the gazetteer knows it.
    var isKnown: Bool
    /// Whether the gazetteer places it within another place: a place, not an actor.
    var isPlace: Bool
  }

  private var names: [[String]: String] = [:]
  private var places: Set<String> = []
  private var outlets: Set<String> = []
  private var longest = 1

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

  /// A finder that knows `gazetteer`'s names and never takes an outlet's name (`outlets`) for
  /// a participant or a place.
  init(gazetteer: Gazetteer, outlets: [String]) {
    for entry in gazetteer.entries {
      for name in [entry.name] + entry.aliases {
        let words = Self.key(name)
        guard !words.isEmpty else { continue }
        names[words] = entry.name
        longest = max(longest, words.count)
      }
      if !entry.within.isEmpty { places.insert(entry.name) }
    }
    self.outlets = Set(outlets.map(Gazetteer.normalized).filter { !$0.isEmpty })
  }

  /// The name that starts at `index`; a name directly followed by another ("Russian Tsugol
  /// training grounds") is a modifier, and the last one is taken.
  func name(at index: Int, in tokens: ExpressionTokens) -> Name? {
    guard var name = single(at: index, in: tokens) else { return nil }
    while let next = single(at: name.tokens.upperBound, in: tokens) {
      name = next
    }
    return name
  }

  /// One name at `index`, gazetteer first, or `nil`.
  private func single(at index: Int, in tokens: ExpressionTokens) -> Name? {
    guard let first = tokens[index], first.isCapitalized,
      !PeriodExpressions.isCalendarWord(first.text)
    else { return nil }
    return known(at: index, in: tokens) ?? capitalisedRun(at: index, in: tokens)
  }

  /// The longest name of the gazetteer that starts at `index`.
  private func known(at index: Int, in tokens: ExpressionTokens) -> Name? {
    var words: [String] = []
    var ends: [Int] = []
    var position = index
    while words.count < longest, let token = tokens[position], token.kind == .word {
      let key = Self.key(token.text)
      guard key.count == 1 else { break }
      words.append(contentsOf: key)
      ends.append(position + 1)
      position += tokens.isJoiningHyphen(position + 1) ? 2 : 1
    }
    for count in stride(from: min(words.count, ends.count), through: 1, by: -1) {
      guard let canonical = names[Array(words.prefix(count))] else { continue }
      let range = index..<ends[count - 1]
      return Name(
        canonical: canonical, written: Self.withoutPossessive(tokens.words(range)),
        tokens: range, isKnown: true, isPlace: places.contains(canonical))
    }
    return nil
  }

  /// A run of capitalised words, with "of", "for" or "the" inside ("Gulf of Oman"), that stops
  /// where a name of the gazetteer starts (a headline's "Defeat China" is China); not a
  /// function word, not a sentence's first word alone, not a name joined by a hyphen to a
  /// number or word ("ArmHiTec-2018"), and not an outlet.
  private func capitalisedRun(at index: Int, in tokens: ExpressionTokens) -> Name? {
    guard let first = tokens[index], !Self.notNames.contains(first.lowercased) else { return nil }
    var end = index + 1
    while known(at: end, in: tokens) == nil {
      if let token = tokens[end], token.isCapitalized, !PeriodExpressions.isCalendarWord(token.text)
      {
        end += 1
      } else if tokens.isWord(end, in: Self.connectors), tokens[end + 1]?.isCapitalized == true {
        end += 2
      } else {
        break
      }
    }
    // A sentence's first word is capitalised whatever it is: alone, it is a name only at the
    // head of a list ("China, Russia, and Iran"), never an adverb ("Politically, ...").
    let isSentenceStart =
      index == 0 || tokens[index - 1]?.kind == .mark && tokens[index - 1]?.text != ","
    let isListHead = tokens.isMark(end, ",") || tokens.isWord(end, in: ["and"])
    let isAlone = isSentenceStart && end == index + 1
    guard !isAlone || (isListHead && !first.lowercased.hasSuffix("ly")),
      !tokens.isJoiningHyphen(end),
      !outlets.contains(Gazetteer.normalized(tokens.words(index..<end)))
    else { return nil }
    let written = Self.withoutPossessive(tokens.words(index..<end))
    return Name(
      canonical: written, written: written, tokens: index..<end, isKnown: false, isPlace: false)
  }

  /// The words of `name`, folded as the gazetteer folds them, each without a possessive "'s"
  /// ("People's Republic" and "People’s Republic" alike).
  private static func key(_ name: String) -> [String] {
    Gazetteer.words(name).map(withoutPossessive)
  }

  private static func withoutPossessive(_ text: String) -> String {
    for ending in ["'s", "\u{2019}s"] where text.hasSuffix(ending) {
      return String(text.dropLast(2))
    }
    return text
  }
}
