/// The name matching the text comparators share: speaker, role, venue, event, organization,
/// outlet.
enum TextComparator {
  /// Whether `name` and `other` name the same thing: the same canonical name, or one holding
  /// the other (or an alias of it) as whole words ("ArmHiTec-2018" in "ArmHiTec-2018 exhibition").
  static func sameName(_ name: String, _ other: String, gazetteer: Gazetteer) -> Bool {
    gazetteer.memo.sameName.value(for: TextPair(first: name, second: other)) { pair in
      let canonical = gazetteer.canonical(pair.first)
      if canonical == gazetteer.canonical(pair.second) { return true }
      if gazetteer.mentions(in: pair.second).contains(canonical) { return true }
      let nameWords = gazetteer.words(of: canonical)
      let otherWords = gazetteer.words(of: pair.second)
      return Gazetteer.contains(otherWords, nameWords)
        || Gazetteer.contains(nameWords, gazetteer.words(of: gazetteer.canonical(pair.second)))
    }
  }

  /// Whether `name` and `other` name the same person: `sameName`, or the same names with up
  /// to two more between the first and the last in one of them, a patronymic or middle names
  /// ("Vladimir Putin", "President Vladimir Vladimirovich Putin"), where a one-letter word
  /// stands for a name with that initial ("John F. Kennedy", "John Fitzgerald Kennedy").
  static func samePerson(_ name: String, _ other: String, gazetteer: Gazetteer) -> Bool {
    if sameName(name, other, gazetteer: gazetteer) { return true }
    let first = gazetteer.words(of: name)
    let second = gazetteer.words(of: other)
    return Self.holds(first, withMiddleNamesIn: second)
      || Self.holds(second, withMiddleNamesIn: first)
  }

  /// Whether `names` (two words or more) stand in `text` from their first word to their last,
  /// in order, with at most two names added between (not a word that joins two people, as in
  /// "Vladimir Zhirinovsky and Putin").
  private static func holds(_ names: [String], withMiddleNamesIn text: [String]) -> Bool {
    guard names.count >= 2, text.count >= names.count else { return false }
    let isName = { (given: String, written: String) in
      given == written || (given.count == 1 && written.first == given.first)
        || (written.count == 1 && given.first == written.first)
    }
    return text.indices.contains { start in
      guard text[start] == names[0] else { return false }
      var position = start + 1
      var added = 0
      for (index, name) in names.enumerated().dropFirst() {
        // The last name is matched whole, never by an initial.
        let matches = { (written: String) in
          index == names.count - 1 ? written == name : isName(name, written)
        }
        while position < text.count, !matches(text[position]) {
          guard added < 2, !joiningWords.contains(text[position]) else { return false }
          added += 1
          position += 1
        }
        guard position < text.count else { return false }
        position += 1
      }
      return true
    }
  }

  /// Words that stand between two people's names, not inside one.
  private static let joiningWords: Set<String> = ["and", "or", "with", "to", "of", "by", "from"]

  /// Support when `given` names `name`, else whatever the excerpt shows: never a contradiction.
  static func named(_ name: String, by given: String?, item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    if let given, sameName(name, given, gazetteer: gazetteer) {
      return .supported(detail: "evidence gives '\(given)'")
    }
    return inExcerpt(name, of: item, gazetteer: gazetteer)
  }

  /// Support from the excerpt, the source's own words: only ever support, never contradiction.
  static func inExcerpt(_ text: String, of item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    guard let excerpt = item.excerpt, holds(excerpt, name: text, gazetteer: gazetteer)
    else { return .notCovered }
    return .supported(detail: "the excerpt has '\(text)'")
  }

  /// Whether `excerpt` holds `text` (its canonical name) as whole words, or mentions it,
  /// worked out once per pair of texts.
  static func holds(_ excerpt: String, name text: String, gazetteer: Gazetteer) -> Bool {
    gazetteer.memo.inExcerpt.value(for: TextPair(first: text, second: excerpt)) { pair in
      let canonical = gazetteer.canonical(pair.first)
      return Gazetteer.contains(gazetteer.words(of: pair.second), gazetteer.words(of: canonical))
        || gazetteer.mentions(in: pair.second).contains(canonical)
    }
  }

  /// Whether `excerpt` holds `words` as they are written (not as a name), as whole words,
  /// worked out once per pair of texts.
  static func holds(_ excerpt: String, words: String, gazetteer: Gazetteer) -> Bool {
    gazetteer.memo.wordsInExcerpt.value(for: TextPair(first: words, second: excerpt)) { pair in
      Gazetteer.contains(gazetteer.words(of: pair.second), gazetteer.words(of: pair.first))
    }
  }
}
