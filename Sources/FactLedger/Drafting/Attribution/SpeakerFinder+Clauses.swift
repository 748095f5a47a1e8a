/// Subjects that do not speak for the sentence: one inside a relative clause about a noun
/// ("..., a charge he has denied"), and "the ministry" standing for a body named earlier.
extension SpeakerFinder {
  private static let determiners: Set<String> = ["a", "an", "the", "this", "that"]
  private static let relativePronouns: Set<String> = ["that", "which", "whom"]

  /// Whether the subject starting at the word `start` opens a relative clause: after "which"
  /// or "whom" (", which Putin announced in May,"), or after a noun phrase set off by a comma
  /// (", a charge he has denied", ", a trip the ministry confirmed").
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

  /// The words of a vague group placed by the name `phrase` ("Officials in South Korea and
  /// Japan", "some residents of Moscow"): a noun of a vague source, "in", "from", "at" or "of",
  /// then the name; `nil` when the name is not preceded so.
  func placedGroup(before phrase: Range<Int>, floor: Int) -> Range<Int>? {
    let preposition = phrase.lowerBound - 1
    let noun = preposition - 1
    guard noun >= floor, words.isJoined(noun), words.isJoined(preposition),
      Self.placePrepositions.contains(words[preposition].lowered),
      RoleLexicon.vagueNouns.contains(words[noun].lowered)
    else { return nil }
    var start = noun
    if start - 1 >= floor, words.isJoined(start - 1), !words[start - 1].isCapitalized,
      !Self.clauseWords.contains(words[start - 1].lowered)
    {
      start -= 1
    }
    return start..<phrase.upperBound
  }

  private static let placePrepositions: Set<String> = ["in", "from", "at", "of"]

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

  /// An unnamed source after an inverted cue, "said a spokesman for the ministry": an article,
  /// up to three words ending with a post or a vague noun, and what follows it with "for",
  /// "of" or "at" up to the end of the clause; `nil` when the words are not so.
  func invertedGroup(startingAt start: Int, ceiling: Int) -> Speaker? {
    guard start < ceiling, ["a", "an", "the"].contains(words[start].lowered) else { return nil }
    var noun = start + 1
    while noun < ceiling, noun - start <= 3, words.isJoined(noun - 1) {
      let word = words[noun].lowered
      if RoleLexicon.vagueNouns.contains(word) || RoleLexicon.isHead(word) { break }
      noun += 1
    }
    guard noun < ceiling, noun - start <= 3, words.isJoined(noun - 1),
      RoleLexicon.vagueNouns.contains(words[noun].lowered)
        || RoleLexicon.isHead(words[noun].lowered)
    else { return nil }
    var end = noun
    var organization: String?
    if noun + 1 < ceiling, words.isJoined(noun),
      ["for", "of", "at"].contains(words[noun + 1].lowered)
    {
      end = noun + 1
      while end + 1 < ceiling, words.isJoined(end) { end += 1 }
      var body = noun + 2
      if body <= end, words[body].lowered == "the" { body += 1 }
      if body <= end, words[body].isCapitalized { organization = words.text(of: body..<end + 1) }
    }
    let role = RoleLexicon.isHead(words[noun].lowered) ? words.text(of: start + 1..<noun + 1) : nil
    return Speaker(
      role: role, organization: organization, description: words.text(of: start..<end + 1))
  }

  /// Participles that say which medium carried a report ("a report carried by state media").
  private static let carriers: Set<String> = [
    "carried", "published", "aired", "broadcast", "run", "posted", "released",
  ]

  /// The last word of "carried by <up to three words>" right after the word `noun`, within
  /// the clause; `nil` when no such words follow it.
  func carrier(after noun: Int, ceiling: Int) -> Int? {
    let by = noun + 2
    guard by + 1 < ceiling, words.isJoined(noun), words.isJoined(noun + 1),
      Self.carriers.contains(words[noun + 1].lowered), words[by].lowered == "by"
    else { return nil }
    var end = by + 1
    while end + 1 < ceiling, end - by < 3, words.isJoined(end) { end += 1 }
    return end
  }

  /// The words of a vague report named with the medium that carried it, ending with the word
  /// `end`: "A report carried by state media"; `nil` when the words are not so.
  func carriedGroup(endingAt end: Int, floor: Int) -> Range<Int>? {
    var noun = end - 2
    while noun >= floor, end - noun <= 5 {
      if RoleLexicon.vagueNouns.contains(words[noun].lowered),
        carrier(after: noun, ceiling: end + 1) == end
      {
        var start = noun
        while start - 1 >= floor, noun - start < 2, words.isJoined(start - 1),
          !Self.clauseWords.contains(words[start - 1].lowered)
        {
          start -= 1
        }
        return start..<end + 1
      }
      noun -= 1
    }
    return nil
  }
}
