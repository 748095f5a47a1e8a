/// Reads name phrases in the words of a text, leftwards from the word a phrase ends with or
/// rightwards from the word it starts with.
struct NameReader: Sendable {
  /// The words of the text.
  let words: TextWords
  /// The word indices a `sources.json` name covers.
  let sourceWords: Set<Int>

  /// The phrase that ends with the word at `end`, not reaching before `floor`.
  func phrase(endingAt end: Int, floor: Int) -> NamePhrase? {
    guard end >= floor, end < words.count else { return nil }
    let last = words[end]
    if RoleLexicon.isHead(last.lowered) { return post(endingAt: end, floor: floor) }
    if let post = postOfBody(endingAt: end, floor: floor) { return post }
    guard last.isCapitalized, !last.isPossessive, isNameWord(end) || sourceWords.contains(end)
    else { return nil }
    var start = end
    while start - 1 >= floor, words.isJoined(start - 1), end - start < 7,
      isNameWord(start - 1) || isConnector(start - 1, floor: floor)
        || sourceWords.contains(start - 1) && sourceWords.contains(end)
    {
      start -= 1
    }
    while start < end, !words[start].isCapitalized { start += 1 }
    let run = start..<end + 1
    if isBody(run) {
      return NamePhrase(
        words: run, nameWords: run, name: words.text(of: run), role: nil, organization: nil,
        isOrganization: true)
    }
    if RoleLexicon.isCountry(words.text(of: run)) {
      return NamePhrase(
        words: run, nameWords: run, name: words.text(of: run), role: nil, organization: nil,
        isOrganization: true)
    }
    if run.count == 1, RoleLexicon.demonyms[last.lowered] != nil { return nil }
    var phrase =
      post(endingAt: start - 1, floor: floor)
      ?? NamePhrase(
        words: run, nameWords: run, name: nil, role: nil, organization: nil,
        isOrganization: false)
    phrase.words = (phrase.role == nil ? start : phrase.words.lowerBound)..<end + 1
    phrase.nameWords = run
    phrase.name = words.text(of: run)
    return phrase
  }

  /// The phrase that starts with the word at `start`, not reaching `ceiling`, and whether
  /// punctuation or the end of the clause follows it ("said Geng Shuang, a ..." but not
  /// "said China would ...").
  func phrase(startingAt start: Int, ceiling: Int) -> (phrase: NamePhrase, isClosed: Bool)? {
    guard start < min(ceiling, words.count) else { return nil }
    var end = start
    while end + 1 < ceiling, words.isJoined(end), end - start < 10 {
      let next = words[end + 1]
      guard
        next.isCapitalized || RoleLexicon.isRoleWord(next.lowered)
          || isConnector(end + 1, floor: start)
      else { break }
      end += 1
    }
    guard let phrase = phrase(endingAt: end, floor: start) else { return nil }
    let isClosed = end + 1 >= ceiling || !words.isJoined(end)
    return (phrase, isClosed)
  }

  // MARK: - Parts

  /// A post with the body before it: "Chinese Foreign Ministry spokesperson".
  func post(endingAt end: Int, floor: Int) -> NamePhrase? {
    guard end >= floor, RoleLexicon.isHead(words[end].lowered) else { return nil }
    var start = end
    while start - 1 >= floor, words.isJoined(start - 1),
      RoleLexicon.isRoleWord(words[start - 1].lowered) || isInnerBodyWord(start - 1, floor: floor)
    {
      start -= 1
    }
    let role = words.text(of: start..<end + 1)
    var bodyStart = start
    while bodyStart - 1 >= floor, words.isJoined(bodyStart - 1),
      isBodyWord(bodyStart - 1) || isConnector(bodyStart - 1, floor: floor)
    {
      bodyStart -= 1
    }
    var phraseStart = bodyStart
    while phraseStart < start, !words[phraseStart].isCapitalized { phraseStart += 1 }
    var nameStart = phraseStart
    while nameStart < start, words[nameStart].lowered.hasSuffix("-based") { nameStart += 1 }
    var body = nameStart..<start
    if body.isEmpty, let possessive = possessiveBody(endingAt: start - 1, floor: floor) {
      body = possessive
      phraseStart = possessive.lowerBound
    }
    let organization = body.isEmpty ? nil : RoleLexicon.organization(named: words.text(of: body))
    return NamePhrase(
      words: phraseStart..<end + 1, nameWords: end + 1..<end + 1, name: nil, role: role,
      organization: organization, isOrganization: false)
  }

  /// Whether the word at `index` is a body's word inside a post, after a head: "Cabinet" in
  /// "Chief Cabinet Secretary" (not "Ministry" in "Foreign Ministry spokesperson").
  private func isInnerBodyWord(_ index: Int, floor: Int) -> Bool {
    index - 1 >= floor && words.isJoined(index - 1)
      && RoleLexicon.organizationWords.contains(words[index].lowered)
      && RoleLexicon.isHead(words[index - 1].lowered)
  }

  /// Whether the word may be part of a person's name.
  func isNameWord(_ index: Int) -> Bool {
    let word = words[index]
    return word.isCapitalized && !word.isPossessive && !RoleLexicon.notNames.contains(word.lowered)
      && !RoleLexicon.isRoleWord(word.lowered) && !word.lowered.hasSuffix("-based")
  }

  private func isBodyWord(_ index: Int) -> Bool {
    let word = words[index]
    return word.isCapitalized && !RoleLexicon.notNames.contains(word.lowered)
  }

  private func isConnector(_ index: Int, floor: Int) -> Bool {
    index > floor && index + 1 < words.count
      && RoleLexicon.connectors.contains(words[index].lowered)
      && words[index + 1].isCapitalized
  }

  /// Whether the capitalised run names a body: a `sources.json` name, or a word such as
  /// "Council" or "Ministry", or a connector ("Center for Naval Analyses").
  func isBody(_ run: Range<Int>) -> Bool {
    run.contains { sourceWords.contains($0) }
      || run.contains { RoleLexicon.organizationWords.contains(words[$0].lowered) }
      || run.contains { !words[$0].isCapitalized } || run.count > 4
      || (run.count == 1 && words[run.lowerBound].isAllCaps)
  }
}
