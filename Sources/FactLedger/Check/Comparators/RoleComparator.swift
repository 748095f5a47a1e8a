/// Compares a claimed post or title ("deputy CEO") with what evidence gives.
///
/// Agrees: the evidence's role holds every word of the claimed title ("Tecmash Deputy CEO"
/// for "deputy CEO"), a post of a country read with its nationality ("President of Russia"
/// for "Russian President"); words in a parenthesis count as remarks, so "lieutenant general (retired
/// 2009)" confirms "retired lieutenant-general". With no role given, a speaker written with
/// the title ("Geng Shuang (Chinese Foreign Ministry spokesperson)") or an excerpt holding it
/// agrees.
///
/// Contradicts: a role that lacks one of the claimed title's core words, or that carries a
/// rank word the claim does not ("senior vice president" for "President"): another post.
/// A claimed qualifier missing from the evidence ("retired") leaves the title unconfirmed,
/// not contradicted.
enum RoleComparator {
  /// Words that make a post a different post: "senior vice president" is not "president".
  static let rankModifiers: Set = [
    "vice", "deputy", "senior", "junior", "assistant", "acting", "associate", "executive",
    "former", "retired", "second", "first", "chief",
  ]

  static func compare(_ title: String, with item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    if let role = item.facts.role {
      // A title meets the same role on item after item: compared once per pair of texts.
      return gazetteer.memo.roles.value(for: TextPair(first: title, second: role)) { pair in
        compare(pair.first, with: pair.second, words: gazetteer.words(of:))
      }
    }
    if let speaker = item.facts.speaker,
      Gazetteer.contains(gazetteer.words(of: speaker), gazetteer.words(of: title))
    {
      return .supported(detail: "evidence gives '\(speaker)'")
    }
    return TextComparator.inExcerpt(title, of: item, gazetteer: gazetteer)
  }

  /// Compares a claimed title with the role evidence gives, splitting texts with `words`.
  static func compare(
    _ claimed: String, with evidence: String, words: (String) -> [String] = Gazetteer.words
  ) -> AssertionVerdict {
    let claim = countryWords(words(claimed))
    let found = countryWords(words(evidence))
    let core = claim.subtracting(rankModifiers)
    let title = countryWords(
      words(evidence.split(separator: "(").first.map(String.init) ?? evidence))
    let otherPost = title.intersection(rankModifiers).subtracting(claim)
    guard (core.isEmpty ? claim : core).isSubset(of: found), otherPost.isEmpty else {
      return .contradicted(.roleMismatch, detail: "evidence gives '\(evidence)', not '\(claimed)'")
    }
    guard claim.isSubset(of: found) else { return .notCovered }
    return .supported(detail: "evidence gives '\(evidence)'")
  }

  /// The words of a title, with a post "of" a country written as that country's nationality
  /// before it ("President of Russia", "President of the Russian Federation" stays as it is),
  /// so that "Russian President" and "President of Russia" hold the same words, while
  /// "Chinese ambassador to Russia" and "Russian ambassador to China" do not.
  private static func countryWords(_ words: [String]) -> Set<String> {
    guard let of = words.lastIndex(of: "of"), of > 0 else { return Set(words) }
    var country = words[(of + 1)...]
    if country.first == "the" { country = country.dropFirst() }
    guard let nationality = nationalities[country.joined(separator: " ")] else {
      return Set(words)
    }
    return Set(Gazetteer.words(nationality) + words[..<of])
  }

  /// The nationality of each country `RoleLexicon.demonyms` names, by the country's words.
  private static let nationalities = Dictionary(
    RoleLexicon.demonyms.map { (Gazetteer.words($0.value).joined(separator: " "), $0.key) },
    uniquingKeysWith: { first, _ in first })
}
