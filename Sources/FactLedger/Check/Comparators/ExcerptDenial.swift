/// Where an excerpt denies a name it holds: "not in the Gulf of Oman", "rather than the Gulf of
/// Oman", "the ships weren't in the Gulf of Oman", "outside the Gulf of Oman", "neither in the
/// Gulf of Oman nor …". A name so written is no support for the name (`TextComparator.holds`).
///
/// A denial is a word or pair of `deniers` before the name in its clause (no full stop, comma,
/// colon, semicolon, dash or bracket between), with at most three prepositions, articles or
/// adverbs between ("not even in the"). "Not only in X", "not in X alone" add X; a negation of
/// a verb before them ("did not stop in the Gulf") is not read as denying the place.
struct ExcerptDenial {
  private let words: [String]
  private let text: String

  /// The denials of `words`, `Gazetteer.words(text)`.
  init(words: [String], of text: String) {
    self.words = words
    self.text = text
  }

  /// Whether the name of `count` words at `start` is denied.
  func denies(at start: Int, count: Int) -> Bool {
    guard let denier = denierBefore(start) else { return false }
    let after = start + count
    if after < words.count, Self.restrictives.contains(words[after]) { return false }
    // A denier in an earlier clause is not of the name: the clause starts are worked out
    // only here, where a denier stands before a name.
    return denier >= clauseStart(of: start)
  }

  /// The position of the denier (the first word of a pair) before `start`, or `nil`.
  private func denierBefore(_ start: Int) -> Int? {
    var index = start - 1
    var skipped = 0
    while index >= 0 {
      let word = words[index]
      if Self.deniers.contains(word) || (word.hasSuffix("n't") && word.utf8.count > 3) {
        return index
      }
      if index >= 1, Self.deniersOfTwo.contains([words[index - 1], word]) { return index - 1 }
      guard skipped < 3, Self.leadIns.contains(word) else { return nil }
      index -= 1
      skipped += 1
    }
    return nil
  }

  /// The position of the first word of the clause of the word at `position`: the text is
  /// cut at clause marks and the words of each part counted (when the parts' words are not
  /// the whole text's, as they always are, the text is read as one clause).
  private func clauseStart(of position: Int) -> Int {
    var start = 0
    var total = 0
    var parts: [Int] = []
    for part in text.split(whereSeparator: { Self.clauseMarks.contains($0) }) {
      // Split as the whole text was, not kept: the parts are no text compared again.
      let count = Gazetteer.words(String(part)).count
      parts.append(count)
      total += count
    }
    guard total == words.count else { return 0 }
    for count in parts {
      if position < start + count { return start }
      start += count
    }
    return start
  }

  private static let deniers: Set<String> = [
    "not", "never", "nor", "neither", "outside", "excluding", "without",
  ]
  private static let deniersOfTwo: Set<[String]> = [
    ["rather", "than"], ["instead", "of"], ["far", "from"], ["away", "from"], ["no", "longer"],
  ]
  /// Words that may stand between a denial and the name it denies.
  private static let leadIns: Set<String> = [
    "in", "at", "on", "near", "off", "the", "a", "an", "to", "into", "from", "by", "with", "as",
    "even", "once", "all",
  ]
  /// Words after a name that make "not … X alone" add X.
  private static let restrictives: Set<String> = ["alone", "only"]
  /// Marks that end a clause.
  private static let clauseMarks: Set<Character> = [
    ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\u{2014}", "\u{2013}",
  ]
}
