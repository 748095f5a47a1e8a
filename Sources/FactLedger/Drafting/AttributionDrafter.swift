/// Drafts the attribution and kind of a span of an article: the cue, who speaks, the outlet
/// and the chain of outlets it came through, or the sentence it leans on.
///
/// Built once per article: the words, quotation marks, cues, `sources.json` names and every
/// cue's source are found when the drafter is made, so drafting each sentence of an article
/// is a few lookups. A draft for a person to review, not an extractor; the README documents
/// the lexicon and the rules.
struct AttributionDrafter: Sendable {
  /// The article's text.
  let text: ArticleText
  /// The sources of `sources.json`.
  let sources: [Source]
  /// The words of the text.
  let words: TextWords
  /// The passages inside quotation marks.
  let quotes: QuoteRegions
  /// Where the text names a source of `sources.json`.
  let outlets: OutletFinder
  /// The reader of names, posts and appositives.
  let names: NameReader
  /// Every cue of the text with its source, in text order.
  let cueSources: [CueSource]
  /// The people the article names, in text order.
  let people: SpeakerMentions
  /// Where the text's lines (its paragraphs) start.
  let lines: LineStarts
  /// Where the text's sentences end.
  let sentenceBreaks: SentenceBreaks
  /// The sentences of each paragraph, found once: a sentence's neighbours are looked up for
  /// every sentence, and finding them again each time made a long paragraph quadratic.
  let paragraphSentences: [Range<Int>: [Range<Int>]]
  /// The indices of the words the cues of `cueSources` start with.
  let cueStarts: Set<Int>
  /// The sentences of each paragraph asked about that quote a speaker they name.
  let quoteCarrierMemo = TextMemo<Range<Int>, [QuoteCarrier]>()

  /// A sentence that quotes someone it names with a cue, and its drafted attribution.
  struct QuoteCarrier: Sendable {
    /// The sentence's offsets.
    var sentence: Range<Int>
    /// Its attribution, as its own cue (and the paragraph's lead-in) gives it.
    var draft: AttributionDraft
  }

  /// Indexes `text` for drafting against `sources`.
  init(text: ArticleText, sources: [Source]) {
    self.text = text
    self.sources = sources
    lines = LineStarts(text)
    let lines = lines
    let sentenceBreaks = SentenceBreaks(text)
    self.sentenceBreaks = sentenceBreaks
    paragraphSentences = Dictionary(
      uniqueKeysWithValues: lines.starts.map { start in
        let paragraph = lines.line(around: start)
        return (paragraph, sentenceBreaks.sentences(in: paragraph))
      })
    words = TextWords(text)
    quotes = QuoteRegions(text)
    outlets = OutletFinder(words: words, sources: sources)
    names = NameReader(words: words, sourceWords: outlets.coveredWords)
    let matches = CueLexicon.matches(in: words)
    var people = SpeakerMentions()
    let credentials = CredentialFinder(
      words: words, names: names, quotes: quotes, cueStarts: Set(matches.map(\.words.lowerBound)))
    for credential in credentials.credentials(in: 0..<text.count) {
      people.add(credential.speaker, at: credential.span.start)
    }
    let finder = SpeakerFinder(
      words: words, names: names, outlets: outlets, quotes: quotes, sentences: sentenceBreaks,
      acronyms: BodyAcronyms(words: words, names: names))
    // In text order, as the matches are (each found after the one before ends):
    // `cuesStarting(in:)` searches them by their start.
    cueSources = finder.sources(of: matches, people: people)
    assert(
      zip(cueSources, cueSources.dropFirst()).allSatisfy {
        $0.cue.span.start < $1.cue.span.start
      }, "cues out of text order")
    var named = people
    for source in cueSources {
      if let speaker = source.speaker {
        named.add(speaker, at: source.nameOffset ?? source.cue.span.start)
      }
    }
    self.people = named
    cueStarts = Set(cueSources.map(\.cue.words.lowerBound))
  }

  /// The drafted attribution of `span`.
  ///
  /// - Parameters:
  ///   - span: the offsets of the words.
  ///   - carrierID: the id of the record that covers a sentence, for `carriedBy`. When it
  ///     names none, a contextual attribution names the id `claim new` would give that
  ///     sentence's record (a draft's `broken-reference` then tells the reviewer to add it).
  /// - Returns: an attribution the claim schema accepts.
  func attribution(of span: Range<Int>, carrierID: (Range<Int>) -> String? = { _ in nil })
    -> Attribution
  {
    let draft = self.draft(of: span)
    var attribution = draft.attribution
    guard let carrier = draft.carrier else { return attribution }
    attribution.carriedBy = carrierID(carrier)
    if attribution.kind == .contextual, attribution.carriedBy == nil {
      attribution.carriedBy = ClaimDrafter.slug(
        of: text.text(from: carrier.lowerBound, to: carrier.upperBound) ?? "")
    }
    return attribution
  }

  /// Every outlet the article's cues name that `sources.json` lacks, once each, in text order.
  var unknownOutlets: [OutletDraft] {
    var seen: Set<String> = []
    return cueSources.flatMap(\.unknownOutlets).filter { seen.insert($0.source.id).inserted }
  }

  /// The kind a span most likely has: `quote` when `isQuoted(_:)`, `statement` in a sentence
  /// with a cue, else `event`.
  func kind(of span: Range<Int>) -> ClaimKind {
    if isQuoted(span) { return .quote }
    let sentence = self.sentence(around: span)
    return cues(in: sentence).isEmpty ? .event : .statement
  }

  /// Whether the span is a quotation: its words stand inside quotation marks, or it holds a
  /// quoted sentence of four words or more that starts with a capital letter ("“Joint
  /// experimental design work ...,” Kochkin said"), not a few quoted words inside reported
  /// speech ("was to “add new quality ...”").
  func isQuoted(_ span: Range<Int>) -> Bool {
    let inside = words.indices(in: span)
    guard let first = inside.first, let last = inside.last else { return false }
    if quotes.contains(words[first].range.lowerBound), quotes.contains(words[last].range.lowerBound)
    {
      return true
    }
    return quotes.regions(overlapping: span).contains { region in
      let quoted = words.indices(in: region.clamped(to: span))
      guard let opening = quoted.first, quoted.count >= 4 else { return false }
      return words[opening].isCapitalized
    }
  }

  /// Every cue in `range` that attributes something, as it stands in the text: not inside
  /// quotation marks (the speaker's own words), and a verb of belief ("see") only with a
  /// source before it.
  func cues(in range: Range<Int>) -> [TextSpan] {
    cueSources(in: range).map(\.cue.span)
  }

  /// The attributing cues whose first word stands in `range`.
  func cueSources(in range: Range<Int>) -> [CueSource] {
    cuesStarting(in: range).filter(\.isAttributing)
  }

  /// The offsets of the cues in `range` whose subject stands in a clause about something else
  /// ("..., a claim he has denied"): they attribute nothing.
  func embeddedCues(in range: Range<Int>) -> [Range<Int>] {
    cuesStarting(in: range).filter(\.isEmbedded).map { $0.cue.span.start..<$0.cue.span.end }
  }

  /// The cues whose first word stands in `range`, in text order: a binary search of the cues,
  /// which are in text order, where a filter of every cue for every sentence made drafting
  /// quadratic in the article's length.
  private func cuesStarting(in range: Range<Int>) -> ArraySlice<CueSource> {
    let first = cueSources.partitionPoint { $0.cue.span.start >= range.lowerBound }
    let end = cueSources[first...].partitionPoint { $0.cue.span.start >= range.upperBound }
    return cueSources[first..<max(first, end)]
  }

  /// The words of `range` that say who someone is: a post before a name, an appositive after
  /// it, a "who is ..." clause.
  func credentials(in range: Range<Int>) -> [CredentialDraft] {
    CredentialFinder(
      words: words, names: names, quotes: quotes,
      cueStarts: cueStarts, people: people
    ).credentials(in: range)
  }
}
