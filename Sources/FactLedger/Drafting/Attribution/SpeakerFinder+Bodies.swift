/// Bodies named by a common noun: "the ministry" for the body named earlier, "the defence
/// ministry", "Russia’s defence ministry", "by the ministry".
extension SpeakerFinder {
  /// The full name of the last body named before the word `end` whose name holds `noun`
  /// ("Chinese Foreign Ministry" for "the ministry"), within the article.
  func body(named noun: String, before end: Int) -> String? {
    var index = end - 1
    while index >= 0 {
      if words[index].lowered == noun, words[index].isCapitalized,
        let phrase = names.phrase(endingAt: index, floor: max(0, index - 8)),
        phrase.isOrganization, let name = phrase.name
      {
        return acronyms.expand(name)
      }
      index -= 1
    }
    return nil
  }

  /// A body the article names by a common noun ending at the word `noun`: "the ministry" (the
  /// last body named with that word, else a vague source in the article's words), "the
  /// defence ministry" (vague), "Russia's defence ministry" (the body, in the article's words).
  func commonBody(endingAt noun: Int, floor: Int) -> (words: Range<Int>, speaker: Speaker)? {
    guard RoleLexicon.bodyNouns.contains(words[noun].lowered), !words[noun].isCapitalized
    else { return nil }
    var start = noun - 1
    while start >= floor, noun - start <= 3, words.isJoined(start), !words[start].isCapitalized,
      words[start].lowered != "the", !Self.clauseWords.contains(words[start].lowered)
    {
      start -= 1
    }
    guard start >= floor, words.isJoined(start) else { return nil }
    if words[start].lowered == "the" {
      let range = start..<noun + 1
      if start == noun - 1, let body = body(named: words[noun].lowered, before: start) {
        return (range, Speaker(organization: body))
      }
      return (range, Speaker(description: words.text(of: range)))
    }
    guard words[start].isPossessive, words[start].isCapitalized else { return nil }
    var first = start
    while first - 1 >= floor, words.isJoined(first - 1), names.isNameWord(first - 1) {
      first -= 1
    }
    let range = first..<noun + 1
    return (range, Speaker(organization: words.text(of: range)))
  }

  /// A body named by a common noun that starts at the word `start` ("by the ministry"), read
  /// as `commonBody(endingAt:floor:)` reads it.
  func commonBody(startingAt start: Int, ceiling: Int) -> (words: Range<Int>, speaker: Speaker)? {
    var noun = start
    while noun < ceiling, noun - start <= 3 {
      if RoleLexicon.bodyNouns.contains(words[noun].lowered) {
        return commonBody(endingAt: noun, floor: start)
      }
      guard words.isJoined(noun), !words[noun].isCapitalized || noun == start else { return nil }
      noun += 1
    }
    return nil
  }
}
