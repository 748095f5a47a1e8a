/// Finds the words that say who someone is, outside quotation marks: a post written before a
/// name ("Russian President Vladimir Putin"), and the parts of an appositive after one ("Sam
/// Bendett, at the Center for Naval Analyses", "a retired Russian lieutenant-general", "who
/// is also vice president of the Russian International Affairs Council").
struct CredentialFinder {
  /// The words of the text.
  let words: TextWords
  /// The reader of names, posts and appositives.
  let names: NameReader
  /// The passages inside quotation marks: their words state no credential of the article's.
  let quotes: QuoteRegions
  /// The indices of the words cues start with: an appositive stops before a cue.
  let cueStarts: Set<Int>
  /// The people named so far: an appositive after a surname of one of them ("Bendett, an
  /// analyst, ...") states a credential of the full name.
  var people = SpeakerMentions()

  /// The credentials whose words lie in `range`, in text order.
  func credentials(in range: Range<Int>) -> [CredentialDraft] {
    let indices = words.indices(in: range)
    var found: [CredentialDraft] = []
    for end in indices where isNameEnd(end) && !quotes.contains(words[end].range.lowerBound) {
      guard let phrase = names.phrase(endingAt: end, floor: indices.lowerBound), phrase.isPerson,
        let name = phrase.name
      else { continue }
      if phrase.role != nil {
        found.append(
          CredentialDraft(
            span: words.span(of: phrase.words),
            speaker: Speaker(name: name, role: phrase.role, organization: phrase.organization)))
      }
      var fullName = name
      if phrase.nameWords.count == 1 {
        guard let known = people.person(named: name, before: words[end].range.lowerBound)?.name
        else { continue }
        fullName = known
      }
      for part in names.appositive(after: end, limit: limit(after: end, within: indices)) {
        let start = part.isPrepositional ? phrase.nameWords.lowerBound : part.words.lowerBound
        found.append(
          CredentialDraft(
            span: words.span(of: start..<part.words.upperBound),
            speaker: Speaker(name: fullName, role: part.role, organization: part.organization)))
      }
    }
    return found
  }

  /// Whether the word at `index` ends a name: a name word that no name word joins on its right.
  private func isNameEnd(_ index: Int) -> Bool {
    names.isNameWord(index) && !(words.isJoined(index) && names.isNameWord(index + 1))
  }

  /// The word past the last an appositive after `end` may use: the next cue, the end of
  /// `indices`, or forty words on, so that a long run of names stays linear.
  private func limit(after end: Int, within indices: Range<Int>) -> Int {
    var index = end + 1
    while index < indices.upperBound, index - end <= 40, !cueStarts.contains(index) { index += 1 }
    return index
  }
}
