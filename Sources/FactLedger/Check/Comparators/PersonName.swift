/// A person's name as a claim or an evidence item writes it, read for comparison: the title
/// before it and a description after a comma set aside, a name written "Last, First" put in
/// order.
///
/// "President Vladimir Vladimirovich Putin", "Mr. Putin", "V. Putin" and "Putin, Vladimir" are
/// the same person as "Vladimir Putin"; "Vladimir" alone, or a name in another script, cannot
/// be told apart from someone else, and "Vladimir Zhirinovsky" is someone else.
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
        }
      if isGivenName { words = gazetteer.words(of: parts[1]) + words }
    }
    // The post and body before the name ("Foreign Ministry spokesperson Wang Wenbin"): all to
    // the last post word, unless that word ends the name ("John Major").
    if let post = words.lastIndex(where: RoleLexicon.isHead), post < words.count - 1 {
      words.removeFirst(post + 1)
    }
    // The title, rank or nationality before the name ("Russian President", "Mr.", "Gen.").
    while words.count > 1,
      RoleLexicon.isRoleWord(words[0]) || RoleLexicon.demonyms[words[0]] != nil
        || words[0] == "the"
    {
      words.removeFirst()
    }
    self.words = words
  }

  /// How this name compares with `other`.
  func match(_ other: PersonName) -> Match {
    guard !words.isEmpty, !other.words.isEmpty else { return .unclear }
    if words == other.words { return .same }
    guard Self.isLatin(words) == Self.isLatin(other.words) else { return .unclear }
    if words.count == 1 || other.words.count == 1 {
      let (one, full) = words.count == 1 ? (words[0], other.words) : (other.words[0], words)
      // A surname alone is the person; another of the names alone (a given name, or a
      // surname written first, "Xi" of "Xi Jinping") could be anyone's.
      if one == full.last { return .same }
      return full.contains(one) ? .unclear : .different
    }
    return Self.holds(words, withMiddleNamesIn: other.words)
      || Self.holds(other.words, withMiddleNamesIn: words) ? .same : .different
  }

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
