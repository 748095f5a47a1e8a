/// The words on either side of a cue: the subject before it, the source or outlet after it.
extension SpeakerFinder {
  /// Reads the source before `cue` into `source`: a pronoun, a vague noun, a name with its
  /// post, or (when `direct` is `false`) a name followed by an appositive ("Sam Bendett, at
  /// the Center for Naval Analyses, told"). Returns whether it found one.
  @discardableResult
  func before(
    _ cue: CueMatch, floor: Int, previous: (sentence: Range<Int>, source: CueSource)?,
    people: SpeakerMentions, into source: inout CueSource, direct: Bool = false
  ) -> Bool {
    var index = cue.words.lowerBound - 1
    while index >= floor, words.isJoined(index), RoleLexicon.adverbs.contains(words[index].lowered)
    {
      index -= 1
    }
    guard index >= floor else { return false }
    if Self.relativeSubjects.contains(words[index].lowered) {
      source.isEmbedded = true
      return true
    }
    if let body = acronyms.definitions[index] {
      source.speaker = Speaker(organization: body)
      return true
    }
    if words.isJoined(index) {
      let word = words[index]
      if RoleLexicon.personalPronouns.contains(word.lowered) {
        source.isEmbedded = isRelativeClause(subjectAt: index, floor: floor)
        source.speaker = people.lastPerson(before: cue.span.start).map { Speaker(name: $0.name) }
        return source.speaker != nil
      }
      if let body = commonBody(endingAt: index, floor: floor) {
        source.isEmbedded = isRelativeClause(subjectAt: body.words.lowerBound, floor: floor)
        source.speaker = body.speaker
        source.isVague = body.speaker.organization == nil
        return true
      }
      if word.lowered == "and" || word.lowered == "but", let previous {
        source.inherit(previous.source)
        return source.speaker != nil
      }
      if index - 1 >= floor, words[index - 1].lowered == "the", words.isJoined(index - 1),
        let person = people.lastPerson(withPost: word.lowered, before: cue.span.start)
      {
        source.speaker = Speaker(name: person.name)
        return true
      }
      if let carried = carriedGroup(endingAt: index, floor: floor) {
        source.speaker = Speaker(description: words.text(of: carried))
        source.isVague = true
        return true
      }
      if RoleLexicon.vagueNouns.contains(word.lowered), !word.isCapitalized || index == floor {
        return vague(endingAt: index, floor: floor, into: &source)
      }
      if let phrase = names.phrase(endingAt: index, floor: floor) {
        if Self.reportingVerbs.contains(cue.span.exact.lowercased()), phrase.isPerson,
          phrase.nameWords.count == 1, !people.isKnown(phrase.name ?? "", before: cue.span.start),
          link(phrase.words.lowerBound, ceiling: cue.words.lowerBound, as: false, to: &source)
        {
          return true
        }
        if phrase.isOrganization && !direct || phrase.name == nil && phrase.role != nil,
          appositive(before: phrase.words.lowerBound, floor: floor, cue: cue, into: &source)
        {
          return true
        }
        if let group = placedGroup(before: phrase.words, floor: floor) {
          source.speaker = Speaker(description: words.text(of: group))
          source.isVague = true
          return true
        }
        source.isEmbedded = isRelativeClause(subjectAt: phrase.words.lowerBound, floor: floor)
        take(phrase, into: &source)
        return true
      }
    }
    if direct { return false }
    if nameAfterDescription(endingAt: index, floor: floor, into: &source) { return true }
    return appositive(before: index + 1, floor: floor, cue: cue, into: &source)
  }

  /// Reads "A Chinese spokesperson, Wang Wenbin, said": a person named between commas right
  /// before the cue, after words from the clause's start, with no other mark among them, that
  /// hold a post ("an analyst at the Center for Naval Analyses"), the speaker's role.
  private func nameAfterDescription(
    endingAt index: Int, floor: Int, into source: inout CueSource
  ) -> Bool {
    guard words.gap(after: index, contains: ","),
      let phrase = names.phrase(endingAt: index, floor: floor), phrase.isPerson
    else { return false }
    let isPlain = { (words: Range<Int>) in
      words.allSatisfy { position in
        !self.words.gap(after: position).contains { ",.;:!?()\n".unicodeScalars.contains($0) }
      }
    }
    // The name reader may have read the post into the phrase ("spokesperson, Wang Wenbin").
    if phrase.role != nil, phrase.words.lowerBound - floor <= 6,
      isPlain(floor..<phrase.words.lowerBound)
    {
      take(phrase, into: &source)
      return true
    }
    guard phrase.words.lowerBound - 1 > floor,
      words.gap(after: phrase.words.lowerBound - 1, contains: ",")
    else { return false }
    let description = floor..<phrase.words.lowerBound
    let described = names.phrase(endingAt: description.upperBound - 1, floor: floor)
    guard isPlain(description.dropLast()), description.count <= 12,
      let post = description.first(where: { RoleLexicon.isHead(words[$0].lowered) }),
      described?.isPerson != true
    else { return false }
    take(phrase, into: &source)
    if let described, described.isOrganization {
      source.speaker?.organization = described.name.map(acronyms.expand)
    } else if let described, described.role != nil {
      source.speaker?.role = described.role
      source.speaker?.organization = described.organization
    }
    if source.speaker?.role == nil { source.speaker?.role = words[post].text }
    return true
  }

  /// Reads "Name, appositive, cue": the nearest person before `end` followed by a comma and an
  /// appositive that runs to the cue.
  private func appositive(before end: Int, floor: Int, cue: CueMatch, into source: inout CueSource)
    -> Bool
  {
    var index = end - 1
    while index >= floor, cue.words.lowerBound - index <= 40 {
      if words.gap(after: index, contains: ","),
        let phrase = names.phrase(endingAt: index, floor: floor),
        phrase.isPerson
      {
        let parts = names.appositive(after: index, limit: cue.words.lowerBound)
        if !parts.isEmpty {
          take(phrase, parts: parts, into: &source)
          return true
        }
      }
      if words.gap(after: index).contains(where: { ".;:!?".unicodeScalars.contains($0) }) {
        break
      }
      index -= 1
    }
    return false
  }

  /// Reads "said X" where nothing stands before the cue: a known outlet, a name followed by
  /// punctuation, or an outlet `sources.json` lacks.
  func inverted(
    _ cue: CueMatch, ceiling: Int, people: SpeakerMentions, into source: inout CueSource
  )
    -> Bool
  {
    let start = cue.words.upperBound
    guard start < ceiling, words.isJoined(start - 1) else { return false }
    if link(start, ceiling: ceiling, as: false, to: &source, allowUnknown: false) { return true }
    if let group = invertedGroup(startingAt: start, ceiling: ceiling) {
      source.speaker = group
      source.isVague = true
      return true
    }
    if let (phrase, isClosed) = names.phrase(startingAt: start, ceiling: ceiling), isClosed,
      phrase.words.lowerBound <= start + 1
    {
      take(
        phrase, parts: names.appositive(after: phrase.words.upperBound - 1, limit: ceiling),
        into: &source)
      return true
    }
    return link(start, ceiling: ceiling, as: false, to: &source, people: people)
  }

  /// Reads the source after "according to", "noted by", "as reported": an outlet, a vague
  /// source, a person or body, or an outlet `sources.json` lacks.
  func after(_ cue: CueMatch, ceiling: Int, people: SpeakerMentions, into source: inout CueSource) {
    let start = cue.words.upperBound
    guard start < ceiling, words.isJoined(start - 1) else { return }
    let isCiting = cue.span.exact.lowercased() == "citing"
    if link(start, ceiling: ceiling, as: isCiting, to: &source, allowUnknown: false) { return }
    var head = start
    while head < min(ceiling, start + 4) {
      if RoleLexicon.vagueNouns.contains(words[head].lowered), !words[head].isCapitalized {
        vague(endingAt: head, floor: start, into: &source)
        if let end = carrier(after: head, ceiling: ceiling) {
          source.speaker?.description = words.text(of: start..<end + 1)
        }
        return
      }
      guard words.isJoined(head) else { break }
      head += 1
    }
    if let body = commonBody(startingAt: start, ceiling: ceiling) {
      source.speaker = body.speaker
      source.isVague = body.speaker.organization == nil
      return
    }
    if let (phrase, _) = names.phrase(startingAt: start, ceiling: ceiling) {
      let isLoneUnknown =
        phrase.isPerson && phrase.nameWords.count == 1
        && !people.isKnown(phrase.name ?? "", before: cue.span.start)
      if !isLoneUnknown || !link(start, ceiling: ceiling, as: isCiting, to: &source, people: people)
      {
        take(
          phrase, parts: names.appositive(after: phrase.words.upperBound - 1, limit: ceiling),
          into: &source)
      }
      return
    }
    link(start, ceiling: ceiling, as: isCiting, to: &source, people: people)
  }

  /// Ties the outlet named from the word `start` (after an optional "the") to the cue: one of
  /// `sources.json`, or (when `allowUnknown`) a new one. Returns whether there was one.
  @discardableResult
  func link(
    _ start: Int, ceiling: Int, as isOrigin: Bool, to source: inout CueSource,
    allowUnknown: Bool = true, people: SpeakerMentions? = nil
  ) -> Bool {
    guard start < ceiling else { return false }
    let first = words[start].lowered == "the" && start + 1 < ceiling ? start + 1 : start
    if let mention = outlets.outlet(startingAt: first) ?? outlets.outlet(startingAt: start) {
      source.outlets.append(CueSource.OutletLink(id: mention.id, isOrigin: isOrigin))
      return true
    }
    guard allowUnknown,
      let draft = outlets.unknownOutlet(
        startingAt: start, in: words, ceiling: ceiling,
        isKnownPerson: { people?.isKnown($0, before: words[start].range.lowerBound) ?? false })
    else { return false }
    source.outlets.append(CueSource.OutletLink(id: draft.source.id, isOrigin: isOrigin))
    source.unknownOutlets.append(draft)
    return true
  }

  // MARK: - Speakers

  /// A vague source ending with the noun at `end`: the noun with up to three words before it
  /// ("Other analysts", "some Western officials", "a spokesman").
  @discardableResult
  private func vague(endingAt end: Int, floor: Int, into source: inout CueSource) -> Bool {
    var start = end
    while start - 1 >= floor, end - start < 3, words.isJoined(start - 1),
      !Self.clauseWords.contains(words[start - 1].lowered)
    {
      start -= 1
    }
    let named = names.phrase(endingAt: end, floor: floor)
    source.speaker = Speaker(
      role: named?.role, organization: named?.organization,
      description: words.text(of: start..<end + 1))
    source.isVague = true
    return true
  }

  /// Relative pronouns: a cue after one stands in a clause about something else ("Putin, who
  /// has denied the reports, met ...").
  private static let relativeSubjects: Set<String> = ["who", "which", "whom"]

  /// Verbs whose subject, a lone name no one has, is taken for an outlet ("Interfax reported").
  private static let reportingVerbs: Set<String> = ["reported", "reports"]

  static let clauseWords: Set<String> = [
    "and", "but", "or", "that", "which", "who", "while", "because", "as", "if", "when", "of",
    "to", "said", "says", "told", "according",
  ]

  private func take(
    _ phrase: NamePhrase, parts: [AppositivePart] = [], into source: inout CueSource
  ) {
    var speaker = phrase.speaker
    if phrase.isOrganization { speaker.organization = speaker.organization.map(acronyms.expand) }
    if !phrase.isOrganization, speaker.role == nil, speaker.organization == nil {
      let stated = parts.first { $0.role != nil || $0.organization != nil }
      speaker.role = stated?.role
      speaker.organization = stated?.organization
    }
    if phrase.isOrganization, let mention = outlets.outlet(startingAt: phrase.words.lowerBound) {
      source.outlets.append(CueSource.OutletLink(id: mention.id, isOrigin: false))
      return
    }
    source.speaker = speaker
    source.nameOffset =
      phrase.nameWords.isEmpty ? nil : words[phrase.nameWords.lowerBound].range.lowerBound
    source.isVague = speaker.name == nil && !phrase.isOrganization
    if source.isVague, speaker.description == nil {
      var start = phrase.words.lowerBound
      if start > 0, words.isJoined(start - 1),
        ["the", "a", "an"].contains(words[start - 1].lowered)
      {
        start -= 1
      }
      source.speaker?.description = words.text(of: start..<phrase.words.upperBound)
    }
  }
}
