/// A person's name as a claim or an evidence item writes it, read for comparison: the title
/// before it and a description after a comma set aside, a name written "Last, First" put in
/// order.
///
/// "President Vladimir Vladimirovich Putin", "Mr. Putin", "V. Putin", "Putin, Vladimir" and
/// "PUTIN Vladimir" are the same person as "Vladimir Putin"; "Vladimir" alone, a name in
/// another script, another spelling ("Sergey" for "Sergei"), "the president" or "Putin and Xi"
/// cannot be told apart from someone else; "Vladimir Zhirinovsky" and "Igor Putin" are
/// someone else.
struct PersonName {
  /// How two names compare.
  enum Match: Equatable {
    case same
    case different
    /// Neither can be told from the other: a given name alone, or names in different scripts.
    case unclear
  }

  /// The words of the name proper, folded (`Gazetteer.words`), in order.
  let words: [String]
  /// What follows the family name ("jr", "iii"), kept apart from `words`.
  let suffix: String?

  /// Reads `text` with `gazetteer`'s folding.
  init(_ text: String, gazetteer: Gazetteer) {
    // A remark in parentheses is not the name ("Vladimir Putin (Russian President)").
    let name =
      text.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first
      .map(String.init) ?? text
    let parts = name.split(separator: ",", maxSplits: 1).map(String.init)
    var words = gazetteer.words(of: parts.first ?? "")
    if parts.count == 2, words.count == 1 {
      // "Putin, Vladimir": capitalised words and no post after the comma are a given name.
      let after = parts[1].split(separator: " ").filter { !$0.isEmpty }
      let isGivenName =
        (1...2).contains(after.count)
        && after.allSatisfy {
          $0.first?.isUppercase == true && !RoleLexicon.isRoleWord($0.lowercased())
            && !RoleLexicon.organizationWords.contains($0.lowercased())
            && RoleLexicon.countryNames[$0.lowercased()] == nil
        }
      if isGivenName { words = gazetteer.words(of: parts[1]) + words }
    }
    let countries = Self.countries(in: words)
    // Whom a person is of ("Dmitry Peskov of the Kremlin", "President Vladimir V. Putin of
    // Russia"); not a body's own "of" ("Ministry of Defence").
    if let cut = words.firstIndex(where: { ["of", "from", "at"].contains($0) }), cut >= 2 {
      words.removeSubrange(cut...)
    }
    // The post and body before the name ("Foreign Ministry spokesperson Wang Wenbin"): all to
    // the last post word, unless that word ends the name ("John Major").
    if let post = words.lastIndex(where: RoleLexicon.isHead), post < words.count - 1,
      !words[(post + 1)...].allSatisfy(Self.suffixes.contains)
    {
      words.removeFirst(post + 1)
    }
    let isBody = Self.namesBody(words)
    if isBody {
      // A body keeps the words that say which ("Foreign" of "Foreign Ministry"); its country
      // is in `countries`.
      words.removeAll { RoleLexicon.demonyms[$0] != nil || $0 == "the" }
    }
    // The title, rank or nationality before the name ("Russian President", "Mr.", "Gen.").
    while !isBody, words.count > 1,
      RoleLexicon.isRoleWord(words[0]) || RoleLexicon.demonyms[words[0]] != nil
        || words[0] == "the"
    {
      words.removeFirst()
    }
    // "Putin himself".
    while words.count > 1, let last = words.last, Self.reflexives.contains(last) {
      words.removeLast()
    }
    if words.count > 1, let last = words.last, Self.suffixes.contains(last) {
      suffix = last
      words.removeLast()
    } else {
      suffix = nil
    }
    self.words = words
    self.isBody = isBody
    self.countries = countries
  }

  private init(words: [String]) {
    self.words = words
    suffix = nil
    isBody = Self.namesBody(words)
    countries = Self.countries(in: words)
  }

  /// Whether the name is a body's or a country's that speaks ("Chinese Foreign Ministry", "the
  /// Kremlin", "China and Russia", "Moscow"), not a person's. A person may speak for it, and
  /// a body for its country: such a name is someone else only when it is another country's.
  let isBody: Bool
  /// The countries the name's words name, by nationality, name or capital ("Chinese Foreign
  /// Ministry": China).
  let countries: Set<String>

  /// How this name compares with `other`. `different` only when they are surely two speakers
  /// (two people, or two bodies or countries of other countries): a spelling of the same name
  /// ("Sergey" and "Sergei", "Zelenskyy" and "Zelensky"), a name cut short ("Gabriel García" of
  /// "Gabriel García Márquez"), someone unnamed ("the president", "he"), a body or country
  /// against a person ("the Kremlin") or two people at once cannot be told apart, and a false
  /// `speaker-mismatch` accuses the article of misattributing.
  func match(_ other: PersonName) -> Match {
    let names = matchNames(other)
    // "John F. Kennedy" and "John F. Kennedy Jr.": the names agree, the suffix does not.
    return names == .same && suffix != other.suffix ? .unclear : names
  }

  /// `match(_:)` of the names without their suffixes.
  private func matchNames(_ other: PersonName) -> Match {
    guard !words.isEmpty, !other.words.isEmpty else { return .unclear }
    // Two bodies or countries: of other countries ("Chinese" and "Russian Foreign Ministry")
    // two speakers; the same words of one country, one; otherwise not told apart ("Defence
    // Ministry" and "Ministry of Defence").
    if isBody, other.isBody {
      if !countries.isEmpty, !other.countries.isEmpty, countries.isDisjoint(with: other.countries) {
        return .different
      }
      return words == other.words && countries == other.countries ? .same : .unclear
    }
    if words == other.words { return .same }
    guard Self.isLatin(words) == Self.isLatin(other.words) else { return .unclear }
    if isUnnamed || other.isUnnamed || isBody || other.isBody { return .unclear }
    // Two people at once ("Vladimir Putin and Xi Jinping"): not this one unless every one of
    // them is someone else.
    if let (people, single) = people.map({ ($0, other) }) ?? other.people.map({ ($0, self) }) {
      let all = people.map { single.match($0) }
      return all.allSatisfy { $0 == .different } ? .different : .unclear
    }
    if words.count == 1 || other.words.count == 1 {
      let (one, full) = words.count == 1 ? (words[0], other.words) : (other.words[0], words)
      // A surname alone is the person; another of the names alone (a given name, or a
      // surname written first, "Xi" of "Xi Jinping") could be anyone's.
      if one == full.last { return .same }
      return full.contains(one) || Self.isVariant(one, of: full.last!) ? .unclear : .different
    }
    // A name written family name first ("Putin Vladimir", "Geng Shuang" for "Shuang Geng").
    let turned = Array(words.dropFirst()) + [words[0]]
    let otherTurned = Array(other.words.dropFirst()) + [other.words[0]]
    for (names, text) in [
      (words, other.words), (other.words, words), (turned, other.words), (other.words, turned),
      (otherTurned, words), (words, otherTurned),
    ] where Self.holds(names, withMiddleNamesIn: text) {
      return .same
    }
    return Self.differ(words, other.words) ? .different : .unclear
  }

  /// Whether the name stands for no one in particular: a post, a pronoun, "unknown".
  private var isUnnamed: Bool {
    words.allSatisfy {
      Self.unnamed.contains($0) || RoleLexicon.isRoleWord($0) || RoleLexicon.demonyms[$0] != nil
    }
  }

  /// The people of a name that joins two or more with "and" ("Vladimir Putin and Xi
  /// Jinping"), else `nil`.
  private var people: [PersonName]? {
    guard words.contains("and") else { return nil }
    let parts = words.split(separator: "and").map { PersonName(words: Array($0)) }
    return parts.count > 1 ? parts : nil
  }

  /// Whether two names of two words or more are two people's: their family names (the last
  /// words) differ beyond a spelling, or agree and their given names (or middle names) start
  /// with other letters. A name that is the other cut short or with a suffix ("Jr.") is not
  /// told apart.
  private static func differ(_ one: [String], _ other: [String]) -> Bool {
    if one.starts(with: other) || other.starts(with: one) { return false }
    let (last, otherLast) = (one[one.count - 1], other[other.count - 1])
    guard last == otherLast || isVariant(last, of: otherLast) else {
      // The family name first in one of them ("Putin V. V.").
      return one[0] != otherLast && other[0] != last
    }
    let (first, otherFirst) = (one[0], other[0])
    if first.first != otherFirst.first, !isVariant(first, of: otherFirst) { return true }
    let middle = one.dropFirst().dropLast()
    let otherMiddle = other.dropFirst().dropLast()
    if let initial = middle.first?.first, let otherInitial = otherMiddle.first?.first,
      initial != otherInitial
    {
      return true
    }
    // Given names of one initial may be one name ("Joe" and "Joseph", "Dmitri" and "Dmitry").
    return false
  }

  /// Whether two words are spellings of one name: one or two letters apart (a transliteration,
  /// "Zelenskyy" and "Zelenskiy", "Qaddafi" and "Gaddafi"), or an initial of it.
  private static func isVariant(_ word: String, of other: String) -> Bool {
    if word.count == 1 || other.count == 1 { return word.first == other.first }
    let (a, b) = (Array(word.unicodeScalars), Array(other.unicodeScalars))
    let allowed = max(a.count, b.count) > 6 ? 2 : 1
    guard abs(a.count - b.count) <= allowed else { return false }
    // Levenshtein distance, one row at a time.
    var row = Array(0...b.count)
    for i in 1...a.count {
      var next = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      row = next
    }
    return row[b.count] <= allowed
  }

  /// Words that name no one in particular, besides posts and nationalities.
  private static let unnamed: Set<String> = [
    "he", "she", "they", "him", "her", "it", "we", "i", "you", "unknown", "anonymous",
    "unnamed", "unidentified", "someone", "somebody", "person", "the", "a", "an",
  ]

  /// What may follow a family name ("Martin Luther King Jr.").
  private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

  /// Words after a name that only stress it ("Putin himself").
  private static let reflexives: Set<String> = ["himself", "herself", "themselves"]

  /// Whether every letter of `words` is a Latin one (ASCII or Latin-1 and Extended).
  private static func isLatin(_ words: [String]) -> Bool {
    words.allSatisfy { word in
      word.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.value < 0x0250 }
    }
  }

  /// Whether `names` (two words or more) stand in `text` from their first word to the end of
  /// `text`, in order, with at most two names added between (not a word that joins two people,
  /// as in "Vladimir Zhirinovsky and Putin", nor an initial where `names` has middle names of
  /// its own: "George H. W. Bush" is not "George W. Bush"); a one-letter word stands for a name
  /// with that initial, but the last name is matched whole, and nothing may follow it ("John F.
  /// Kennedy Jr." is not "John F. Kennedy").
  private static func holds(_ names: [String], withMiddleNamesIn text: [String]) -> Bool {
    guard names.count >= 2, text.count >= names.count else { return false }
    let isName = { (given: String, written: String) in
      given == written || (given.count == 1 && written.first == given.first)
        || (written.count == 1 && given.first == written.first)
    }
    return text.indices.contains { start in
      guard isName(names[0], text[start]) else { return false }
      var position = start + 1
      var added = 0
      for (index, name) in names.enumerated().dropFirst() {
        let matches = { (written: String) in
          index == names.count - 1 ? written == name : isName(name, written)
        }
        while position < text.count, !matches(text[position]) {
          let word = text[position]
          guard added < 2, !joiningWords.contains(word), word.count > 1 || names.count == 2
          else { return false }
          added += 1
          position += 1
        }
        guard position < text.count else { return false }
        position += 1
      }
      return position == text.count
    }
  }

  /// Words that stand between two people's names, not inside one.
  private static let joiningWords: Set<String> = ["and", "or", "with", "to", "of", "by", "from"]
}
