extension Gazetteer {
  /// Words that make a name beside them part of a longer place of its own: "China" in "South
  /// China Sea", "Oman" in "Gulf of Oman" name neither country.
  static let placeFeatures: Set<String> = [
    "basin", "bay", "canal", "channel", "desert", "gulf", "island", "islands", "lake",
    "mountain", "mountains", "ocean", "peninsula", "plateau", "river", "sea", "sound", "strait",
    "straits", "valley",
  ]

  /// Whether the words `start..<start + count` of a place's `words` are a name of their own
  /// there, not part of a longer one: no feature word right after them ("China Sea"), and no
  /// feature word and "of" right before them ("Gulf of Oman").
  static func standsAlone(_ words: [String], at start: Int, count: Int) -> Bool {
    let end = start + count
    // A name that is itself a feature's ("Black Sea") may be followed by another word.
    if end < words.count, placeFeatures.contains(words[end]),
      !placeFeatures.contains(words[end - 1])
    {
      return false
    }
    if start >= 2, words[start - 1] == "of", placeFeatures.contains(words[start - 2]) {
      return false
    }
    return true
  }

  /// Whether `needle` stands in `haystack` as a name of its own (`standsAlone`).
  static func containsPlace(_ haystack: [String], _ needle: [String]) -> Bool {
    contains(haystack, needle) { standsAlone(haystack, at: $0, count: needle.count) }
  }

  /// The canonical names of the places `text` names as names of their own (`mentions(in:)`,
  /// without a country inside a sea's or a gulf's name), and the text itself.
  func placeMentions(in text: String) -> Set<String> {
    memo.placeMentions.value(for: TextKey(text)) { key in
      var found: Set<String> = [canonical(key.text)]
      for words in placeParts(of: key.text) {
        addNames(in: words, to: &found) { Self.standsAlone(words, at: $0, count: $1) }
      }
      return found
    }
  }

  /// The words of each part of a place's text, the parts apart where a list or an aside
  /// parts them ("Muscat, Oman; the Gulf of Oman (Sea of Oman)"), so a word of one part is
  /// never read as next to a name of another.
  func placeParts(of text: String) -> [[String]] {
    memo.placeParts.value(for: TextKey(text)) { key in
      key.text.split(whereSeparator: { ",;()".contains($0) }).map { words(of: String($0)) }
        .filter { !$0.isEmpty }
    }
  }
}
