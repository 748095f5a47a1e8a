/// One part of an appositive after a name: ", a retired Russian lieutenant-general",
/// "who is also vice president of the Russian International Affairs Council", ", at the
/// Center for Naval Analyses".
struct AppositivePart: Sendable, Equatable {
  /// Its words, as indices of `TextWords`.
  var words: Range<Int>
  /// The post it states ("retired Russian lieutenant-general", "vice president").
  var role: String?
  /// The body it states ("Center for Naval Analyses").
  var organization: String?
  /// Whether it starts with a preposition ("at the ..."), so that it reads only with the name.
  var isPrepositional: Bool
}

extension NameReader {
  private static let linkWords: Set<String> = [
    "is", "was", "has", "had", "been", "also", "now", "currently", "serves", "served", "as",
  ]
  private static let determiners: Set<String> = ["a", "an", "the"]
  private static let prepositions: Set<String> = ["at", "of", "for", "with", "from", "in"]

  /// The parts of the appositive that follows the name ending at the word `nameEnd`, up to the
  /// word before `limit`: nothing unless a comma follows the name.
  func appositive(after nameEnd: Int, limit: Int) -> [AppositivePart] {
    guard words.gap(after: nameEnd, contains: ","), nameEnd + 1 < limit else { return [] }
    var end = nameEnd + 1
    while end + 1 < limit, words.isJoined(end) || isPlainComma(end) {
      if isPlainComma(end), words[end + 1].lowered != "who" { break }
      end += 1
    }
    var parts: [AppositivePart] = []
    var start = nameEnd + 1
    for index in nameEnd + 1...end + 1 where index == end + 1 || words[index].lowered == "who" {
      if index > start, let part = part(start..<index) { parts.append(part) }
      start = index
    }
    return parts
  }

  private func isPlainComma(_ index: Int) -> Bool {
    let gap = words.gap(after: index)
    return gap.allSatisfy { $0 == "," || ($0.properties.isWhitespace && $0 != "\n") }
      && gap.contains(",")
  }

  private func part(_ range: Range<Int>) -> AppositivePart? {
    var index = range.lowerBound
    if words[index].lowered == "who" {
      index += 1
      while index < range.upperBound, Self.linkWords.contains(words[index].lowered) {
        index += 1
      }
    }
    guard index < range.upperBound else { return nil }
    if Self.prepositions.contains(words[index].lowered), index == range.lowerBound {
      guard let body = body(startingAt: index + 1, before: range.upperBound) else { return nil }
      return AppositivePart(
        words: range.lowerBound..<body.upperBound, role: nil,
        organization: words.text(of: body), isPrepositional: true)
    }
    if Self.determiners.contains(words[index].lowered) { index += 1 }
    var roleEnd = index
    while roleEnd < range.upperBound, !Self.prepositions.contains(words[roleEnd].lowered) {
      roleEnd += 1
    }
    guard roleEnd > index,
      (index..<roleEnd).contains(where: { RoleLexicon.isHead(words[$0].lowered) }),
      !isNameWord(roleEnd - 1)
    else { return nil }
    let body =
      roleEnd < range.upperBound
      ? self.body(startingAt: roleEnd + 1, before: range.upperBound) : nil
    return AppositivePart(
      words: range.lowerBound..<(body?.upperBound ?? roleEnd),
      role: words.text(of: index..<roleEnd),
      organization: body.map { words.text(of: $0) }, isPrepositional: false)
  }

  /// The capitalised name of a body starting at `start` (after an optional "the").
  private func body(startingAt start: Int, before limit: Int) -> Range<Int>? {
    var index = start
    if index < limit, words[index].lowered == "the" { index += 1 }
    guard index < limit, words[index].isCapitalized else { return nil }
    var end = index
    while end + 1 < limit, words.isJoined(end),
      words[end + 1].isCapitalized
        || RoleLexicon.connectors.contains(words[end + 1].lowered) && end + 2 < limit
          && words[end + 2].isCapitalized
    {
      end += 1
    }
    return index..<end + 1
  }
}
