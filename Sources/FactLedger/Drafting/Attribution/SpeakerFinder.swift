/// The source of each cue of an article: who speaks ("X said", "said X", "X, a ..., said",
/// "according to X"), a pronoun or surname resolved to the last person named ("he added",
/// "Putin said"), a vague source ("other analysts"), and the outlets the cue names ("told
/// Newsweek", "according to CNN", "was quoted in Newsweek as saying").
///
/// Runs once per article, in text order, so that each cue resolves its pronouns and surnames
/// against the people named before it.
struct SpeakerFinder {
  /// The words of the text.
  let words: TextWords
  /// The reader of names, posts and appositives.
  let names: NameReader
  /// Where the text names a source of `sources.json`.
  let outlets: OutletFinder
  /// The passages inside quotation marks.
  let quotes: QuoteRegions
  /// Where the text's sentences end.
  let sentences: SentenceBreaks
  /// The acronyms the article defines for bodies.
  let acronyms: BodyAcronyms
  /// The words a clause before a cue stops after, in order: each quoted word, and each word
  /// with a quotation mark in the gap after it.
  let clauseStops: [Int]
  /// The quoted words, in order: a clause after a cue ends before the first.
  let quotedWords: [Int]

  /// A finder over `words`; the words where clauses stop are found once, so that a sentence
  /// of thousands of cues does not walk its words again for each.
  init(
    words: TextWords, names: NameReader, outlets: OutletFinder, quotes: QuoteRegions,
    sentences: SentenceBreaks, acronyms: BodyAcronyms
  ) {
    self.words = words
    self.names = names
    self.outlets = outlets
    self.quotes = quotes
    self.sentences = sentences
    self.acronyms = acronyms
    let quoted = (0..<words.count).filter { quotes.contains(words[$0].range.lowerBound) }
    quotedWords = quoted
    clauseStops = (0..<words.count).filter { index in
      quotes.contains(words[index].range.lowerBound)
        || words.gap(after: index).contains(where: Self.quoteMarks.contains)
    }
  }

  /// The source of every cue in `cues` (in text order), and the people named on the way.
  func sources(of cues: [CueMatch], people: SpeakerMentions) -> [CueSource] {
    var people = people
    var found: [CueSource] = []
    var previous: (sentence: Range<Int>, source: CueSource)?
    var medium: Medium?
    for cue in cues {
      let sentence = sentences.sentence(around: cue.span.start..<cue.span.end)
      var source = self.source(
        of: cue, sentence: sentence, previous: previous?.sentence == sentence ? previous : nil,
        people: people)
      if let speaker = source.speaker, let name = speaker.name {
        if let full = people.person(named: name, before: cue.span.start)?.name {
          source.speaker = Speaker(
            name: full, role: speaker.role, organization: speaker.organization)
        } else {
          people.add(speaker, at: source.nameOffset ?? cue.span.start)
        }
      }
      carry(&medium, into: &source)
      found.append(source)
      if source.isAttributing, !source.inQuote { previous = (sentence, source) }
    }
    return found
  }

  private func source(
    of cue: CueMatch, sentence: Range<Int>, previous: (sentence: Range<Int>, source: CueSource)?,
    people: SpeakerMentions
  ) -> CueSource {
    var source = CueSource(cue: cue)
    if quotes.contains(cue.span.start) {
      source.inQuote = true
      return source
    }
    let floor = clauseStart(before: cue, sentence: sentence)
    let ceiling = clauseEnd(after: cue, sentence: sentence)
    if let slot = cue.slot {
      link(slot.lowerBound, ceiling: slot.upperBound, as: true, to: &source, people: people)
    }
    switch cue.role {
    case .source:
      after(cue, ceiling: ceiling, people: people, into: &source)
    case .listener:
      before(cue, floor: floor, previous: previous, people: people, into: &source)
      link(cue.words.upperBound, ceiling: ceiling, as: true, to: &source, people: people)
    case .speech:
      if !before(cue, floor: floor, previous: previous, people: people, into: &source, direct: true)
      {
        if !inverted(cue, ceiling: ceiling, people: people, into: &source) {
          before(cue, floor: floor, previous: previous, people: people, into: &source)
        }
      }
    case .participle:
      if let previous { source.inherit(previous.source) }
    case .belief:
      before(cue, floor: floor, previous: previous, people: people, into: &source, direct: true)
    }
    if cue.role != .participle, source.speaker?.name != nil, source.outlets.isEmpty {
      source.isLeadInMedium = leadInMedium(before: cue, floor: floor, into: &source)
    }
    return source
  }

  // MARK: - Clauses

  /// The first word a source before the cue may use: after the sentence's start, any quoted
  /// words and any cue before it in the sentence.
  private func clauseStart(before cue: CueMatch, sentence: Range<Int>) -> Int {
    let floor = words.firstIndex(startingAtOrAfter: sentence.lowerBound)
    // The last stop before the cue, if it is not before the sentence.
    let next = clauseStops.partitionPoint { $0 >= cue.words.lowerBound }
    guard next > 0, clauseStops[next - 1] >= floor else { return floor }
    return clauseStops[next - 1] + 1
  }

  /// The word past the last that a source after the cue may use.
  private func clauseEnd(after cue: CueMatch, sentence: Range<Int>) -> Int {
    let end = words.firstIndex(startingAtOrAfter: sentence.upperBound)
    let next = quotedWords.partitionPoint { $0 >= cue.words.upperBound }
    return next < quotedWords.count ? min(quotedWords[next], end) : end
  }

  /// The double quotation marks that bound a clause.
  static let quoteMarks = QuotationMarks.all
}
