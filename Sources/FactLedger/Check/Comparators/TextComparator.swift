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

  /// Whether `publisher` (an item's publisher or outlet) is the outlet `name` (`OutletName`).
  static func isOutlet(_ name: String, _ publisher: String, gazetteer: Gazetteer) -> Bool {
    OutletName.isOutlet(name, publisher, gazetteer: gazetteer)
  }

  /// How the people `name` and `other` compare: the same through the gazetteer (an alias), else
  /// as `PersonName` reads them (a title, a patronymic, an initial, "Last, First").
  /// Worked out once per pair of texts: a speaker meets the same names on item after item.
  static func person(_ name: String, _ other: String, gazetteer: Gazetteer) -> PersonName.Match {
    gazetteer.memo.people.value(for: TextPair(first: name, second: other)) { pair in
      let canonical = gazetteer.canonical(pair.first)
      if canonical == gazetteer.canonical(pair.second) { return .same }
      let (name, other) = (
        PersonName(pair.first, gazetteer: gazetteer), PersonName(pair.second, gazetteer: gazetteer)
      )
      // The names proper, one an alias of the other ("Samuel Bendett, of CNA"); a body's
      // name proper leaves out its country ("Chinese" of "Chinese Foreign Ministry").
      if name.suffix == other.suffix,
        !(name.isBody || other.isBody) || name.countries == other.countries,
        gazetteer.canonical(name.words.joined(separator: " "))
          == gazetteer.canonical(other.words.joined(separator: " "))
      {
        return .same
      }
      let match = name.match(other)
      // Named in the text, not as its speaker ("X, citing Sam Bendett"): not told apart.
      if match == .different, gazetteer.mentions(in: pair.second).contains(canonical) {
        return .unclear
      }
      return match
    }
  }

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

  /// Whether `excerpt` holds `text` (its canonical name) as whole words, or an alias of it
  /// from the gazetteer, where it does not deny it (`ExcerptDenial`), worked out once per
  /// pair of texts.
  static func holds(_ excerpt: String, name text: String, gazetteer: Gazetteer) -> Bool {
    gazetteer.memo.inExcerpt.value(for: TextPair(first: text, second: excerpt)) { pair in
      let canonical = gazetteer.canonical(pair.first)
      if gazetteer.canonical(pair.second) == canonical { return true }
      let words = gazetteer.words(of: pair.second)
      let denial = ExcerptDenial(words: words, of: pair.second)
      let name = gazetteer.words(of: canonical)
      if Gazetteer.contains(words, name, where: { !denial.denies(at: $0, count: name.count) }) {
        return true
      }
      // The excerpt's mentions, worked out once per excerpt, tell whether an alias is there
      // at all; only then are its places looked at for a denial.
      guard gazetteer.mentions(in: pair.second).contains(canonical) else { return false }
      var found: Set<String> = []
      gazetteer.addNames(in: words, to: &found) { !denial.denies(at: $0, count: $1) }
      return found.contains(canonical)
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
