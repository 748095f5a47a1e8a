/// The acronyms an article defines for bodies, "the Russian International Affairs Council
/// (RIAC)", so that a later "RIAC said" names the body in full.
struct BodyAcronyms: Sendable {
  /// The full name of each acronym, as the article first gives it.
  private(set) var names: [String: String] = [:]
  /// The word indices of the acronyms in parentheses after their body's name.
  private(set) var definitions: [Int: String] = [:]

  /// No acronyms.
  init() {}

  /// Finds every "Body Name (ACRONYM)" of `words`.
  init(words: TextWords, names reader: NameReader) {
    for index in 1..<max(1, words.count) where words[index].isAllCaps {
      guard words.gap(after: index - 1).last == "(", words.gap(after: index).first == ")",
        let phrase = reader.phrase(endingAt: index - 1, floor: max(0, index - 10)),
        phrase.isOrganization, let name = phrase.name
      else { continue }
      definitions[index] = name
      if names[words[index].text] == nil { names[words[index].text] = name }
    }
  }

  /// The body's full name for `name` when it is an acronym the article defined, else `name`.
  func expand(_ name: String) -> String {
    names[name] ?? name
  }
}
