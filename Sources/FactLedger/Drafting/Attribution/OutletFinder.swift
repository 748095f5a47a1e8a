/// Where the article names a source of `sources.json` (by name or alias), found once per text,
/// and the outlets it names that `sources.json` lacks.
///
/// A name matches as whole words with any white space between them and either apostrophe; a
/// name of one word in capitals ("CNN", "TNI") matches only in capitals, other names in any
/// case. Where two names overlap, the longer wins ("Russia’s TASS news agency" over "TASS").
struct OutletFinder: Sendable {
  /// One place a source is named.
  struct Mention: Sendable, Equatable {
    /// The source's id.
    var id: String
    /// What sort of body it is.
    var kind: Source.Kind
    /// The indices of its words in `TextWords`.
    var words: Range<Int>
  }

  /// Every mention, in text order: each starts after the one before ends, so they are
  /// searched by their first word.
  let mentions: [Mention]
  /// The sources, for new ids.
  let sources: [Source]

  /// Finds where `words` name any of `sources`.
  init(words: TextWords, sources: [Source]) {
    self.sources = sources
    var patterns: [String: [(words: [String], source: Source)]] = [:]
    for source in sources {
      for name in [source.name] + source.aliases {
        let parts = TextWords(ArticleText(name)).words.map(\.lowered)
        guard let first = parts.first else { continue }
        patterns[first, default: []].append((parts, source))
      }
    }
    var mentions: [Mention] = []
    var index = 0
    while index < words.count {
      var best: Mention?
      for (parts, source) in patterns[words[index].lowered] ?? [] {
        let end = index + parts.count
        guard end <= words.count,
          (index..<end).allSatisfy({ $0 == end - 1 || words.isJoined($0) }),
          zip(parts, words.words[index..<end]).allSatisfy({ $0 == $1.lowered }),
          parts.count > 1 || words[index].isAllCaps || !Self.isAllCapsName(source, parts[0])
        else { continue }
        if best.map({ parts.count > $0.words.count }) ?? true {
          best = Mention(id: source.id, kind: source.kind, words: index..<end)
        }
      }
      if let best {
        mentions.append(best)
        index = best.words.upperBound
      } else {
        index += 1
      }
    }
    self.mentions = mentions
  }

  private static func isAllCapsName(_ source: Source, _ lowered: String) -> Bool {
    ([source.name] + source.aliases).contains { name in
      name.lowercased() == lowered && name.uppercased() == name
    }
  }

  /// The word indices every mention covers.
  var coveredWords: Set<Int> { Set(mentions.flatMap { Array($0.words) }) }

  /// The mention of an outlet or news agency that starts at the word `index`, if any.
  func outlet(startingAt index: Int) -> Mention? {
    let found = mentions.partitionPoint { $0.words.lowerBound >= index }
    guard found < mentions.count, mentions[found].words.lowerBound == index,
      mentions[found].kind.isPublisher
    else { return nil }
    return mentions[found]
  }

  /// The outlets and news agencies named inside the words `range`, in text order.
  func outlets(in range: Range<Int>) -> [Mention] {
    let first = mentions.partitionPoint { $0.words.lowerBound >= range.lowerBound }
    let end = mentions[first...].partitionPoint { $0.words.lowerBound >= range.upperBound }
    return mentions[first..<max(first, end)].filter(\.kind.isPublisher)
  }

  // MARK: - Outlets not in sources.json

  /// A draft entry for sources.json when the words after an outlet cue (`start` onwards)
  /// name an outlet it lacks: "The Moscow Times", "the Kommersant newspaper", "Reuters".
  ///
  /// - Parameters:
  ///   - start: the first word after the cue.
  ///   - words: the words of the text.
  ///   - isKnownPerson: whether a name of one word is the surname of a person named earlier.
  func unknownOutlet(
    startingAt start: Int, in words: TextWords, ceiling: Int, isKnownPerson: (String) -> Bool
  ) -> OutletDraft? {
    var index = start
    if index < ceiling, words[index].lowered == "the" { index += 1 }
    let nameStart = index
    var end = index
    while end < ceiling, words[end].isCapitalized, end - nameStart < 6 {
      guard words.isJoined(end), end + 1 < ceiling, words[end + 1].isCapitalized else { break }
      end += 1
    }
    guard nameStart < ceiling, words[nameStart].isCapitalized else { return nil }
    let name = nameStart..<end + 1
    let trailing = end + 1 < ceiling && words.isJoined(end) ? words[end + 1].lowered : ""
    let hasMediaWord =
      name.contains { RoleLexicon.mediaWords.contains(words[$0].lowered) }
      || RoleLexicon.mediaWords.contains(trailing)
    let isAcronym = name.count == 1 && words[nameStart].isAllCaps
    let isLoneWord =
      name.count == 1 && !isKnownPerson(words[nameStart].text)
      && !RoleLexicon.notNames.contains(words[nameStart].lowered)
      && !RoleLexicon.demonyms.values.contains(words[nameStart].text)
    let startsWithThe = nameStart > start
    guard hasMediaWord || isAcronym || isLoneWord || startsWithThe else { return nil }
    guard
      !name.contains(where: { RoleLexicon.organizationWords.contains(words[$0].lowered) })
        || hasMediaWord
    else { return nil }
    let first = startsWithThe && words[start].isCapitalized ? start : nameStart
    let text = words.text(of: first..<end + 1)
    let following = (end + 1..<max(end + 1, min(end + 3, ceiling))).map { words[$0].lowered }
    let isAgency = following.contains("agency") || name.contains { words[$0].lowered == "agency" }
    return OutletDraft(
      source: Source(id: newID(for: text), name: text, kind: isAgency ? .newsAgency : .outlet),
      mention: words.span(of: first..<end + 1))
  }

  /// A slug of `name` that no source of `sources.json` has.
  private func newID(for name: String) -> String {
    let base = ClaimDrafter.slug(of: name)
    var candidate = base
    var suffix = 2
    while sources.contains(where: { $0.id == candidate }) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    return candidate
  }
}

extension Source.Kind {
  /// Whether a body of this kind publishes what it reports: an outlet or a news agency.
  var isPublisher: Bool { self == .outlet || self == .newsAgency }
}
