/// Unnamed groups and reports that speak: "Officials in <place>", "said a spokesman for the
/// ministry", "a report carried by state television".
extension SpeakerFinder {
  /// The words of a vague group placed by the name `phrase` ("Officials in Russia and
  /// China", "some residents of Moscow"): a noun of a vague source, "in", "from", "at" or "of",
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

  /// Participles that say which medium carried a report ("a report carried by state television").
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
  /// `end`: "A report carried by state television"; `nil` when the words are not so.
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
