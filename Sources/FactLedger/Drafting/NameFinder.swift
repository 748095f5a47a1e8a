/// Knows the names a sentence may hold: the gazetteer's (with their aliases and demonyms,
/// "Russian" for Russia) and the outlets' (never a participant or place). `names(in:)` reads
/// one sentence's names.
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

  /// The gazetteer's names and aliases, as folded words, to the entry's name.
  private(set) var entries: [[String]: String] = [:]
  /// The entries the gazetteer places within another place.
  private(set) var places: Set<String> = []
  /// The outlets' names and aliases, normalised as the gazetteer normalises names.
  private(set) var outlets: Set<String> = []
  /// The most words any name has.
  private(set) var longest = 1

  /// A finder that knows `gazetteer`'s names and never takes an outlet's name (`outlets`) for
  /// a participant or a place.
  init(gazetteer: Gazetteer, outlets: [String]) {
    for entry in gazetteer.entries {
      for name in [entry.name] + entry.aliases {
        let words = Gazetteer.words(name).map(ExpressionToken.folded)
        guard !words.isEmpty else { continue }
        entries[words] = entry.name
        longest = max(longest, words.count)
      }
      if !entry.within.isEmpty { places.insert(entry.name) }
    }
    self.outlets = Set(outlets.map(Gazetteer.normalized).filter { !$0.isEmpty })
  }

  /// The names of one sentence.
  func names(in tokens: ExpressionTokens) -> SentenceNames {
    SentenceNames(tokens: tokens, finder: self)
  }
}
