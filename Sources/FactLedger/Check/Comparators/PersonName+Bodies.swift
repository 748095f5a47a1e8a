/// Names of bodies and countries that speak, told from people's (`PersonName.isBody`), and the
/// countries a name names.
extension PersonName {
  /// Whether `words` have a body's noun ("ministry", "Kremlin", "Office of the President";
  /// "press service"), or are countries or capitals joined by "and". Words that are also
  /// family names ("Post", "Service", "Union", "Court") make no body.
  static func namesBody(_ words: [String]) -> Bool {
    guard !words.isEmpty else { return false }
    if words.contains(where: bodyNouns.contains)
      || zip(words, words.dropFirst()).contains(where: { bodyPairs.contains([$0, $1]) })
    {
      return true
    }
    return words.split(separator: "and").allSatisfy {
      RoleLexicon.countryNames[$0.joined(separator: " ")] != nil
    }
  }

  static func countries(in words: [String]) -> Set<String> {
    var found: Set<String> = []
    for (index, word) in words.enumerated() {
      if let country = RoleLexicon.demonyms[word] ?? RoleLexicon.countryNames[word] {
        found.insert(country)
      }
      if index + 1 < words.count,
        let country = RoleLexicon.countryNames[word + " " + words[index + 1]]
      {
        found.insert(country)
      }
    }
    return found
  }

  /// Two words that name a body together.
  private static let bodyPairs: Set<[String]> = [
    ["press", "service"], ["white", "house"], ["downing", "street"], ["general", "staff"],
  ]

  /// Nouns of a body's name, wherever they stand in it.
  private static let bodyNouns: Set<String> = [
    "ministry", "ministries", "kremlin", "pentagon", "government", "office", "department",
    "agency", "council", "committee", "commission", "embassy", "administration", "parliament",
    "duma", "senate", "congress", "cabinet", "navy", "army", "forces", "command", "secretariat",
    "directorate", "bureau", "presidency", "mfa", "university", "institute", "nato", "eu",
    "embassies", "hamas", "hezbollah", "taliban", "opec",
  ]
}
