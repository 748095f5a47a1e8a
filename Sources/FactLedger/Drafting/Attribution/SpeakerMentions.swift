/// The people an article has named so far, in text order, so that "he added", "Putin said" or
/// "Bendett told" resolve to the full name of the last person named before them, however many
/// sentences and paragraphs back.
///
/// Every question is a binary search and a walk back over the mentions that can answer it:
/// those whose name holds a word of the question and has more words than it, or whose post
/// ends with its noun. A walk back over every mention made extracting an article quadratic in
/// its sentences (4,000 short sentences that each name someone took 5.8 s).
struct SpeakerMentions: Sendable {
  /// One person named, where.
  struct Mention: Sendable, Equatable {
    /// Where the name stands.
    let offset: Int
    /// The speaker as named there (full name, post and body when given).
    let speaker: Speaker
    /// The words of the full name, as often as each is written.
    let nameWords: [Substring]
    /// How many mentions were added before this one: of two at one offset, the later added
    /// comes later in text order.
    let serial: Int

    /// A mention of `speaker`, who has a name, at `offset`.
    init(offset: Int, speaker: Speaker, serial: Int) {
      self.offset = offset
      self.speaker = speaker
      nameWords = (speaker.name ?? "").split(separator: " ")
      self.serial = serial
    }

    /// Whether it comes after `other` in text order.
    func isAfter(_ other: Mention) -> Bool {
      (offset, serial) > (other.offset, other.serial)
    }
  }

  /// The mentions, in text order (those at one offset in the order they were added).
  private(set) var mentions: [Mention] = []
  /// The mentions whose full name has two words or more, by each word of it and then by the
  /// number of words of the name, in text order.
  private var byNameWord: [Substring: [Int: [Mention]]] = [:]
  /// The mentions with a post, by the post's last word lowercased ("analyst"), in text order.
  private var byPostNoun: [String: [Mention]] = [:]

  /// Records that `speaker` is named at `offset`.
  mutating func add(_ speaker: Speaker, at offset: Int) {
    guard speaker.name != nil else { return }
    let mention = Mention(offset: offset, speaker: speaker, serial: mentions.count)
    Self.insert(mention, into: &mentions)
    let length = mention.nameWords.count
    if length > 1 {
      for word in Set(mention.nameWords) {
        Self.insert(mention, into: &byNameWord[word, default: [:]][length, default: []])
      }
    }
    if let noun = Self.postNoun(of: speaker) {
      Self.insert(mention, into: &byPostNoun[noun, default: []])
    }
  }

  /// The last person named before `offset`.
  func lastPerson(before offset: Int) -> Speaker? {
    Self.last(in: mentions, before: offset) { _ in true }?.speaker
  }

  /// The last person named before `offset` whose post ends with `noun` ("the analyst" after
  /// "Sam Bendett, an analyst at ..."); `nil` when there is none.
  func lastPerson(withPost noun: String, before offset: Int) -> Speaker? {
    guard RoleLexicon.isHead(noun), let posted = byPostNoun[noun] else { return nil }
    return Self.last(in: posted, before: offset) { _ in true }?.speaker
  }

  /// The person named before `offset` whose full name holds every word of `name` ("Putin" in
  /// "Vladimir Putin") and more, the latest first; `nil` when there is none.
  func person(named name: String, before offset: Int) -> Speaker? {
    let parts = Set(name.split(separator: " "))
    // Only a name that holds every word of `name`, and has more words than it, can answer:
    // the mentions of its rarest word, by each longer length.
    let count = { (word: Substring) in
      self.byNameWord[word]?.values.reduce(0) { $0 + $1.count } ?? 0
    }
    guard let rarest = parts.min(by: { count($0) < count($1) }) else {
      return Self.last(in: mentions, before: offset) { !$0.nameWords.isEmpty }?.speaker
    }
    var latest: Mention?
    for (length, named) in byNameWord[rarest] ?? [:] where length > parts.count {
      let found = Self.last(in: named, before: offset) { parts.isSubset(of: $0.nameWords) }
      if let found, latest.map(found.isAfter) ?? true { latest = found }
    }
    return latest?.speaker
  }

  /// Whether a person named before `offset` has `word` in their name.
  func isKnown(_ word: String, before offset: Int) -> Bool {
    person(named: word, before: offset) != nil
  }

  /// The last of `mentions` (in text order) before `offset` that `matches`.
  private static func last(
    in mentions: [Mention], before offset: Int, where matches: (Mention) -> Bool
  ) -> Mention? {
    var index = mentions.partitionPoint { $0.offset >= offset }
    while index > 0 {
      index -= 1
      if matches(mentions[index]) { return mentions[index] }
    }
    return nil
  }

  /// Puts `mention` after every mention at its offset or before it.
  private static func insert(_ mention: Mention, into mentions: inout [Mention]) {
    mentions.insert(mention, at: mentions.partitionPoint { $0.offset > mention.offset })
  }

  /// The last word of the speaker's post, lowercased.
  private static func postNoun(of speaker: Speaker) -> String? {
    speaker.role?.lowercased().split(separator: " ").last.map(String.init)
  }
}
