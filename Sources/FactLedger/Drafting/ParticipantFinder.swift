/// Finds who a sentence says took part and where.
///
/// Participants: every list of two or more names joined by "and" ("China, Russia, and Iran",
/// "Russian, Chinese and Mongolian", "between Russia and China") that does not follow a word of
/// place; failing a list, one name the gazetteer knows as the subject of a verb such as "has",
/// "held" or "completed" ("Iran has held"). Names go through the gazetteer ("Russian" is
/// Russia). Places: the names after "in", "at", "near", "off", "across", "inside", "within",
/// "outside" or "throughout" ("in the Indian Ocean and Gulf of Oman", "at the Russian Tsugol
/// training grounds", "in Siberia"), and before "-based" ("Moscow-based"), as the article writes
/// them. Month and weekday names and outlets are never either.
struct ParticipantFinder: Sendable {
  /// A set of names the sentence gives.
  struct Found: Sendable, Equatable {
    /// The names, in the sentence's order, each once.
    var names: [String]
    /// The sentence's words for them, when they differ from the names ("Russian, Chinese and
    /// Mongolian").
    var text: String?
  }

  /// The names the finder reads.
  let names: NameFinder

  private static let locatives: Set = [
    "in", "at", "near", "off", "across", "inside", "within", "outside", "throughout",
  ]
  private static let subjectVerbs: Set = [
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "held", "holds", "hold",
    "completed", "conducted", "launched", "signed", "joined", "began", "staged", "sent",
    "deployed",
  ]

  /// Who `tokens` say took part, or `nil` when they name no one.
  func participants(in tokens: ExpressionTokens) -> Found? {
    participants(in: names.names(in: tokens))
  }

  /// Who the sentence says took part, or `nil` when it names no one.
  func participants(in sentence: SentenceNames) -> Found? {
    let tokens = sentence.tokens
    var chosen: [NameFinder.Name] = []
    var text: [String] = []
    for list in lists(in: sentence) where !isPlaceList(list, in: tokens) {
      chosen += list
      text.append(tokens.words(list.first!.tokens.lowerBound..<list.last!.tokens.upperBound))
    }
    if chosen.isEmpty, let subject = subject(in: sentence) {
      chosen = [subject]
      text = [subject.written]
    }
    return Self.found(chosen.map(\.canonical), written: chosen.map(\.written), text: text)
  }

  /// Where `tokens` say it happened, or `nil` when they name no place.
  func places(in tokens: ExpressionTokens) -> Found? {
    places(in: names.names(in: tokens))
  }

  /// Where the sentence says it happened, or `nil` when it names no place.
  func places(in sentence: SentenceNames) -> Found? {
    let tokens = sentence.tokens
    var chosen: [String] = []
    for index in 0..<tokens.count {
      if tokens.isWord(index, in: Self.locatives) {
        let start = tokens.isWord(index + 1, in: ["the"]) ? index + 2 : index + 1
        chosen += names(from: start, in: sentence, needsConjunction: false)
          .filter { !Self.isOrganization($0.written) }.map(Self.placeName)
      } else if tokens.isWord(index, in: ["based"]), tokens.isJoiningHyphen(index - 1) {
        var start = index - 2
        guard tokens[start]?.isCapitalized == true else { continue }
        while tokens[start - 1]?.isCapitalized == true { start -= 1 }
        chosen.append(tokens.words(start..<index - 1))
      }
    }
    return Self.found(chosen, written: chosen, text: [])
  }

  // MARK: - Lists

  /// Every list of two or more names joined by "and", in order.
  private func lists(in sentence: SentenceNames) -> [[NameFinder.Name]] {
    let tokens = sentence.tokens
    var lists: [[NameFinder.Name]] = []
    var index = 0
    while index < tokens.count {
      guard let first = sentence.name(at: index) else {
        index += 1
        continue
      }
      // A list starts at a name's first word, never inside it ("Tecmash Research and ...").
      let list = names(from: index, in: sentence, needsConjunction: true)
      index = list.count >= 2 ? list.last!.tokens.upperBound : first.tokens.upperBound
      if list.count >= 2 { lists.append(list) }
    }
    return lists
  }

  /// The names of a list that starts at `start`: separated by commas, the last by "and" (or
  /// ", and"), with "the" allowed before each. With `needsConjunction`, a run of names that
  /// does not end in "and" X is no list (it is a clause: "According to CNN, Iranian ...").
  private func names(from start: Int, in sentence: SentenceNames, needsConjunction: Bool)
    -> [NameFinder.Name]
  {
    let tokens = sentence.tokens
    guard let first = sentence.name(at: start) else { return [] }
    var list = [first]
    var position = first.tokens.upperBound
    var isClosed = false
    while !isClosed {
      var next = position
      if tokens.isMark(next, ",") { next += 1 }
      if tokens.isWord(next, in: ["and"]) {
        next += 1
        isClosed = true
      } else if next == position {
        break
      }
      if tokens.isWord(next, in: ["the"]) { next += 1 }
      guard let name = sentence.name(at: next) else {
        isClosed = false
        break
      }
      list.append(name)
      position = name.tokens.upperBound
    }
    if needsConjunction, !isClosed { return [] }
    return list
  }

  /// Whether a list names places: it follows a word of place, or the gazetteer places all of it.
  private func isPlaceList(_ list: [NameFinder.Name], in tokens: ExpressionTokens) -> Bool {
    let before = list[0].tokens.lowerBound - 1
    let word = tokens.isWord(before, in: ["the"]) ? before - 1 : before
    return tokens.isWord(word, in: Self.locatives) || list.allSatisfy(\.isPlace)
  }

  /// A name the gazetteer knows as an actor, directly before a verb of action.
  private func subject(in sentence: SentenceNames) -> NameFinder.Name? {
    let tokens = sentence.tokens
    var index = 0
    while index < tokens.count {
      if let name = sentence.name(at: index) {
        if name.isKnown, !name.isPlace,
          tokens.isWord(name.tokens.upperBound, in: Self.subjectVerbs)
        {
          return name
        }
        index = name.tokens.upperBound
      } else {
        index += 1
      }
    }
    return nil
  }

  // MARK: - Values

  private static let organizationWords: Set = [
    "center", "centre", "council", "group", "agency", "ministry", "institute", "university",
    "universities", "company", "corporation", "committee", "office", "department", "party",
    "army", "navy", "forces", "news", "times", "post", "bank", "fund", "service", "association",
  ]

  /// Whether a name's head (its words before "of" or "for") holds a word of organisations or
  /// of the media ("Center for Naval Analyses", "PIR Center", "Moscow Daily Magazine"): "at
  /// the Center for Naval Analyses" says where someone works, not where something happened.
  private static func isOrganization(_ name: String) -> Bool {
    let words = Gazetteer.words(name)
    let head = words.firstIndex(where: { ["of", "for"].contains($0) }).map { words[..<$0] }
    return (head ?? words[...]).contains {
      organizationWords.contains($0) || RoleLexicon.mediaWords.contains($0)
    }
  }

  /// A place as the article writes it, unless it is only a demonym ("Russian" is Russia).
  private static func placeName(_ name: NameFinder.Name) -> String {
    let isDemonym = name.isKnown && !name.written.contains(" ") && name.written != name.canonical
    return isDemonym ? name.canonical : name.written
  }

  private static func found(_ names: [String], written: [String], text: [String]) -> Found? {
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    guard !unique.isEmpty else { return nil }
    let differs = names != written && !text.isEmpty
    return Found(names: unique, text: differs ? text.joined(separator: "; ") : nil)
  }
}
