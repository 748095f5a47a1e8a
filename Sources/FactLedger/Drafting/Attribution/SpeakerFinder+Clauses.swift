/// Subjects that do not speak for the sentence: one inside a relative clause ("..., a charge
/// he has denied", ", which Putin announced in May,").
extension SpeakerFinder {
  private static let determiners: Set<String> = ["a", "an", "the", "this", "that"]
  private static let relativePronouns: Set<String> = ["that", "which", "whom"]

  /// Whether the subject starting at the word `start` opens a relative clause: after "which"
  /// or "whom" (", which Putin announced in May,"), or after a noun phrase set off by a comma
  /// (", a claim he has denied", ", a trip the ministry confirmed").
  func isRelativeClause(subjectAt start: Int, floor: Int) -> Bool {
    var index = start - 1
    if index >= floor, words.isJoined(index), ["which", "whom"].contains(words[index].lowered) {
      return true
    }
    if index >= floor, words.isJoined(index),
      Self.relativePronouns.contains(words[index].lowered)
    {
      index -= 1
    }
    var nouns = 0
    while index >= floor, words.isJoined(index), nouns < 3, !words[index].isCapitalized,
      !Self.determiners.contains(words[index].lowered),
      !RoleLexicon.connectors.contains(words[index].lowered)
    {
      index -= 1
      nouns += 1
    }
    guard nouns > 0, index - 1 >= floor, words.isJoined(index),
      Self.determiners.contains(words[index].lowered)
    else { return false }
    return words.gap(after: index - 1, contains: ",")
  }
}
