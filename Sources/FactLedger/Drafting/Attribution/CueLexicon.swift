/// The words and phrases that attribute a claim, and where each one's source stands.
///
/// Matched as whole words in any case, with any white space between them (a no-break space
/// too); `*` stands for a name of one to six words ("was quoted in Newsweek as saying"). The
/// longest phrase wins where several start at one word, and a cue takes an auxiliary just
/// before it ("have noted", "has said"). The lexicon is documented in the README.
enum CueLexicon {
  /// Where a cue's source stands.
  enum Role: Sendable, Equatable {
    /// A verb of speech: the source before it ("Putin said"), or after it when nothing stands
    /// before ("“...,” said Geng Shuang", "..., reported Newsweek").
    case speech
    /// A verb of speech whose object is the listener: the source before it, an outlet after it
    /// ("told Newsweek", "in remarks to TASS").
    case listener
    /// A phrase whose source follows it ("according to CNN", "noted by The National Interest").
    case source
    /// A participle that shares the subject of the cue before it ("he added, noting ...").
    case participle
    /// A verb of belief or of a finding ("see", "believe", "suggested", "revealed"): a cue only
    /// when a source stands right before it.
    case belief
  }

  /// One entry: its words in lower case (`*` for a name) and its role.
  struct Entry: Sendable {
    /// The words, lower case.
    var words: [String]
    /// Where its source stands.
    var role: Role
  }

  /// Every entry, by role.
  static let entries: [Entry] =
    speech.map { Entry(words: $0.split(separator: " ").map(String.init), role: .speech) }
    + listener.map { Entry(words: $0.split(separator: " ").map(String.init), role: .listener) }
    + source.map { Entry(words: $0.split(separator: " ").map(String.init), role: .source) }
    + participle.map { Entry(words: [$0], role: .participle) }
    + belief.map { Entry(words: [$0], role: .belief) }

  /// The entries by their first word.
  static let byFirstWord: [String: [Entry]] = Dictionary(grouping: entries) { $0.words[0] }

  private static let speech = [
    "said", "says", "say", "added", "adds", "stated", "states", "noted", "notes", "announced",
    "announces", "reported", "wrote", "writes", "claimed", "claims", "warned", "warns",
    "explained", "explains", "confirmed", "confirms", "denied", "denies", "insisted", "insists",
    "argued", "argues", "acknowledged", "declared", "stressed", "emphasized", "emphasised",
    "remarked", "commented", "replied", "responded", "observed", "predicted", "asserted",
    "underlined", "underlines", "underscored", "dismissed", "dismisses", "rejected", "rejects",
    "admitted", "admits", "conceded", "cautioned", "pointed out",
    "said in a statement", "said in an interview", "told reporters", "a statement said",
    "was quoted as saying", "were quoted as saying", "was quoted in * as saying",
    "is quoted in * as saying", "were quoted in * as saying",
  ]
  private static let listener = [
    "told", "tells", "in remarks to", "in an interview with", "speaking to", "in comments to",
  ]
  private static let source = [
    "according to", "noted by", "reported by", "cited by", "quoted by", "citing", "as reported",
    "as reported by",
  ]
  private static let participle = [
    "noting", "adding", "saying", "explaining", "warning", "stating", "claiming", "insisting",
    "arguing", "stressing", "calling", "describing", "dismissing", "rejecting", "denying",
    "underlining", "urging",
  ]
  private static let belief = [
    "see", "sees", "believe", "believes", "think", "thinks", "suggested", "suggests", "revealed",
    "disclosed", "maintained", "maintains",
  ]

  /// Auxiliaries a cue takes in ("have noted").
  static let auxiliaries: Set<String> = [
    "has", "have", "had", "was", "were", "is", "will", "would",
  ]
}

/// A cue found in a text: the words, their role and, for `was quoted in * as saying`, the
/// name in it.
struct CueMatch: Sendable, Equatable {
  /// The cue's words as they stand, with their offsets.
  var span: TextSpan
  /// Where its source stands.
  var role: CueLexicon.Role
  /// The indices of its words in `TextWords`, auxiliary included.
  var words: Range<Int>
  /// The indices of the name standing for `*`, if the entry has one.
  var slot: Range<Int>?
}

extension CueLexicon {
  /// Every cue of `words`, in text order, overlapping none.
  static func matches(in words: TextWords) -> [CueMatch] {
    var found: [CueMatch] = []
    var index = 0
    while index < words.count {
      guard let longest = longestMatch(at: index, in: words) else {
        index += 1
        continue
      }
      guard let match = stands(longest, in: words) ? longest : passiveAgent(longest, in: words)
      else {
        index += 1
        continue
      }
      found.append(withAuxiliary(match, in: words, after: found.last?.words.upperBound ?? 0))
      index = match.words.upperBound
    }
    return found
  }

  /// Whether a match is a cue where it stands: not a word of a title in capitals ("Russia
  /// Warns Trump"), and a participle only after a comma ("he added, noting"), not as a
  /// modifier ("early warning radar").
  private static func stands(_ match: CueMatch, in words: TextWords) -> Bool {
    let first = match.words.lowerBound
    if words[first].isCapitalized, first > 0, words.isJoined(first - 1),
      words[first - 1].isCapitalized
    {
      return false
    }
    if match.role == .participle, first > 0 { return words.gap(after: first - 1).contains(",") }
    if match.role == .speech || match.role == .belief, match.words.count == 1, first > 0,
      words.isJoined(first - 1), passiveAuxiliaries.contains(words[first - 1].lowered)
    {
      return false
    }
    return true
  }

  /// A passive verb of speech followed by its agent, "was dismissed by the ministry", as a
  /// cue whose source follows it; `nil` for any other match that does not stand.
  private static func passiveAgent(_ match: CueMatch, in words: TextWords) -> CueMatch? {
    let first = match.words.lowerBound
    let by = match.words.upperBound
    guard match.role == .speech || match.role == .belief, match.words.count == 1, first > 0,
      words.isJoined(first - 1), passiveAuxiliaries.contains(words[first - 1].lowered),
      by + 1 < words.count, words.isJoined(by - 1), words[by].lowered == "by"
    else { return nil }
    return CueMatch(
      span: words.span(of: first..<by + 1), role: .source, words: first..<by + 1, slot: nil)
  }

  /// Words that make the verb after them passive ("was dismissed", "had been warned"): the
  /// subject did not say anything.
  private static let passiveAuxiliaries: Set<String> = [
    "was", "were", "been", "being", "be", "is", "are",
  ]

  private static func longestMatch(at index: Int, in words: TextWords) -> CueMatch? {
    var best: CueMatch?
    for entry in byFirstWord[words[index].lowered] ?? [] {
      guard let match = match(entry, at: index, in: words) else { continue }
      if best.map({ match.words.count > $0.words.count }) ?? true { best = match }
    }
    return best
  }

  private static func match(_ entry: Entry, at index: Int, in words: TextWords) -> CueMatch? {
    var current = index
    var slot: Range<Int>?
    for (position, part) in entry.words.enumerated() {
      if position > 0 {
        guard words.isJoined(current - 1) else { return nil }
      }
      guard current < words.count else { return nil }
      if part == "*" {
        let next = entry.words[position + 1]
        let start = current
        while current < words.count, current - start < 6, words[current].isCapitalized,
          words.isJoined(current), words[current + 1].lowered != next
        {
          current += 1
        }
        guard current < words.count, words[current].isCapitalized, current - start < 6 else {
          return nil
        }
        slot = start..<current + 1
        current += 1
        continue
      }
      guard words[current].lowered == part else { return nil }
      current += 1
    }
    return CueMatch(
      span: words.span(of: index..<current), role: entry.role, words: index..<current, slot: slot)
  }

  private static func withAuxiliary(_ match: CueMatch, in words: TextWords, after floor: Int)
    -> CueMatch
  {
    guard match.role == .speech || match.role == .listener || match.role == .participle else {
      return match
    }
    var start = match.words.lowerBound
    while start - 1 >= floor, words.isJoined(start - 1),
      auxiliaries.contains(words[start - 1].lowered)
    {
      start -= 1
    }
    guard start < match.words.lowerBound else { return match }
    var extended = match
    extended.words = start..<match.words.upperBound
    extended.span = words.span(of: extended.words)
    return extended
  }
}
