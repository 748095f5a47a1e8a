/// Compares names and titles: speaker, role, venue, event, organization, outlet.
enum TextComparator {
  /// Words that make a post a different post: "senior vice president" is not "president".
  static let rankModifiers: Set = [
    "vice", "deputy", "senior", "junior", "assistant", "acting", "associate", "executive",
    "former", "retired", "second", "first", "chief",
  ]

  /// Whether `name` and `other` name the same thing: the same canonical name, or one holding
  /// the other (or an alias of it) as whole words ("ArmHiTec-2018" in "ArmHiTec-2018 exhibition").
  static func sameName(_ name: String, _ other: String, gazetteer: Gazetteer) -> Bool {
    let canonical = gazetteer.canonical(name)
    if canonical == gazetteer.canonical(other) { return true }
    if gazetteer.mentions(in: other).contains(canonical) { return true }
    let nameWords = Gazetteer.words(canonical)
    let otherWords = Gazetteer.words(other)
    return Gazetteer.contains(otherWords, nameWords)
      || Gazetteer.contains(nameWords, Gazetteer.words(gazetteer.canonical(other)))
  }

  /// Compares a claimed post with the one evidence gives.
  ///
  /// The claimed title's core words must all stand in the evidence, or the evidence names
  /// another post. A word in the evidence's title that makes the post a different one
  /// ("vice", "senior", "deputy") contradicts the claim too. A qualifier of the claim missing
  /// from the evidence ("retired") leaves it unconfirmed, not contradicted. Words in a
  /// parenthesis count as remarks: "lieutenant general (retired 2009)" confirms "retired".
  static func compareRole(_ claimed: String, with evidence: String) -> AssertionVerdict {
    let claim = Set(Gazetteer.words(claimed))
    let found = Set(Gazetteer.words(evidence))
    let core = claim.subtracting(rankModifiers)
    let title = Set(
      Gazetteer.words(evidence.split(separator: "(").first.map(String.init) ?? evidence))
    let otherPost = title.intersection(rankModifiers).subtracting(claim)
    guard (core.isEmpty ? claim : core).isSubset(of: found), otherPost.isEmpty else {
      return .contradicted(.roleMismatch, detail: "evidence gives '\(evidence)', not '\(claimed)'")
    }
    guard claim.isSubset(of: found) else { return .notCovered }
    return .supported(detail: "evidence gives '\(evidence)'")
  }
}
