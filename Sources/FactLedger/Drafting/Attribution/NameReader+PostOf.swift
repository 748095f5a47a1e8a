/// Unnamed people with a post "of" a body: "the deputy head of the Chinese Foreign
/// Ministry", "the founder of the PIR Center".
extension NameReader {
  /// The phrase "post of [the] Body" that ends with the word at `end`: no name, the post as
  /// `role`, the body's words as `organization`; `nil` unless the words after "of" name a body
  /// (a country, one word, or a name that ends with a word such as "Ministry" or "Center").
  func postOfBody(endingAt end: Int, floor: Int) -> NamePhrase? {
    guard end >= floor, end < words.count, words[end].isCapitalized else { return nil }
    var of = end
    while of > floor, end - of < 9, words.isJoined(of - 1) {
      of -= 1
      if words[of].lowered == "of" { break }
      let word = words[of]
      guard
        word.isCapitalized || word.lowered == "the" || RoleLexicon.connectors.contains(word.lowered)
      else { return nil }
    }
    guard words[of].lowered == "of", of > floor else { return nil }
    var bodyStart = of + 1
    if words[bodyStart].lowered == "the" { bodyStart += 1 }
    guard bodyStart <= end else { return nil }
    let body = bodyStart..<end + 1
    let text = words.text(of: body)
    let named =
      body.count == 1 || RoleLexicon.isCountry(text) || sourceWords.contains(end)
      || RoleLexicon.organizationWords.contains(words[end].lowered)
    guard named, var post = post(endingAt: of - 1, floor: floor), post.name == nil else {
      return nil
    }
    post.words = post.words.lowerBound..<end + 1
    post.nameWords = end + 1..<end + 1
    post.organization = text
    return post
  }

  /// A body named by a country's possessive and a common noun, ending with the word `end`:
  /// "China’s foreign ministry", "Iran’s navy"; `nil` when the words are not so.
  func possessiveBody(endingAt end: Int, floor: Int) -> Range<Int>? {
    guard end >= floor, end < words.count, words.isJoined(end),
      RoleLexicon.bodyNouns.contains(words[end].lowered), !words[end].isCapitalized
    else { return nil }
    var index = end - 1
    while index >= floor, end - index <= 3, words.isJoined(index), !words[index].isCapitalized {
      index -= 1
    }
    guard index >= floor, words.isJoined(index), words[index].isCapitalized,
      words[index].isPossessive
    else { return nil }
    while index - 1 >= floor, words.isJoined(index - 1), isNameWord(index - 1) { index -= 1 }
    return index..<end + 1
  }
}
