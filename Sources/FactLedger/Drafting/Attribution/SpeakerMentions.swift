/// The people an article has named so far, in text order, so that "he added", "Putin said" or
/// "Bendett told" resolve to the full name of the last person named before them, however many
/// sentences and paragraphs back.
struct SpeakerMentions: Sendable {
  /// One person named, where.
  struct Mention: Sendable, Equatable {
    /// Where the name stands.
    var offset: Int
    /// The speaker as named there (full name, post and body when given).
    var speaker: Speaker
  }

  /// The mentions, in text order.
  private(set) var mentions: [Mention] = []

  /// Records that `speaker` is named at `offset`.
  mutating func add(_ speaker: Speaker, at offset: Int) {
    guard speaker.name != nil else { return }
    let index = mentions.lastIndex { $0.offset <= offset }.map { $0 + 1 } ?? 0
    mentions.insert(Mention(offset: offset, speaker: speaker), at: index)
  }

  /// The last person named before `offset`.
  func lastPerson(before offset: Int) -> Speaker? {
    mentions.last { $0.offset < offset }?.speaker
  }

  /// The last person named before `offset` whose post ends with `noun` ("the analyst" after
  /// "Sam Bendett, an analyst at ..."); `nil` when there is none.
  func lastPerson(withPost noun: String, before offset: Int) -> Speaker? {
    guard RoleLexicon.isHead(noun) else { return nil }
    return mentions.last { mention in
      guard mention.offset < offset, let role = mention.speaker.role else { return false }
      return role.lowercased().split(separator: " ").last.map(String.init) == noun
    }?.speaker
  }

  /// The person named before `offset` whose full name holds every word of `name` ("Putin" in
  /// "Vladimir Putin"), the latest first; `nil` when there is none.
  func person(named name: String, before offset: Int) -> Speaker? {
    let parts = Set(name.split(separator: " ").map(String.init))
    return mentions.last { mention in
      guard mention.offset < offset, let full = mention.speaker.name else { return false }
      let fullParts = full.split(separator: " ").map(String.init)
      return fullParts.count > parts.count && parts.isSubset(of: fullParts)
    }?.speaker
  }

  /// Whether a person named before `offset` has `word` in their name.
  func isKnown(_ word: String, before offset: Int) -> Bool {
    person(named: word, before: offset) != nil
  }
}
