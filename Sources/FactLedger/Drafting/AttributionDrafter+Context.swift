/// The attribution of a span from its own sentence, or from the sentences around it: a lead-in
/// paragraph ending with a colon, the sentence of a quote that names its speaker, and the
/// sentence that names the outlet an agency was cited through.
extension AttributionDrafter {
  /// The drafted attribution of `span`, with the sentence it leans on and the outlets
  /// `sources.json` lacks.
  ///
  /// - An attributing cue in the span's sentence makes it `explicit`; a paragraph that follows
  ///   a lead-in ("As reported in December 2019 in Newsweek:") lends it the lead-in's speaker
  ///   and outlet where its own sentence names none.
  /// - Without a cue, a quoted sentence takes the attribution of the sentence of its quote that
  ///   has one, and any sentence of a paragraph after a lead-in takes the lead-in's: both
  ///   `contextual`.
  /// - Otherwise `none`.
  func draft(of span: Range<Int>) -> AttributionDraft {
    let sentence = self.sentence(around: span)
    let paragraph = paragraph(around: span.lowerBound)
    let leadIn = self.leadIn(before: paragraph)
    if let own = explicitDraft(of: sentence, span: span, leadIn: leadIn) { return own }
    if isQuoted(sentence) || isQuoted(span) {
      // The nearest sentence before that quotes a speaker it names, else the nearest after.
      let carriers = quoteCarriers(in: paragraph, leadIn: leadIn).filter { $0.sentence != sentence }
      if let carrier = carriers.last(where: { $0.sentence.upperBound <= sentence.lowerBound })
        ?? carriers.first(where: { $0.sentence.lowerBound >= sentence.upperBound })
      {
        return contextual(carrier.draft, carrier: carrier.sentence)
      }
    }
    if let leadIn, let carried = ownDraft(of: leadIn, span: leadIn) {
      return contextual(carried, carrier: leadIn)
    }
    return AttributionDraft(attribution: Attribution(kind: .none))
  }

  /// The sentences of `paragraph` that overlap a quotation and name its speaker with a cue of
  /// their own, in order, with their drafts: what a quoted sentence without a cue leans on.
  /// Found once per paragraph (they depend on nothing else: `leadIn` is the paragraph's),
  /// where every quoted sentence drafted every other sentence of its paragraph again.
  private func quoteCarriers(in paragraph: Range<Int>, leadIn: Range<Int>?) -> [QuoteCarrier] {
    quoteCarrierMemo.value(for: paragraph) { paragraph in
      sentences(in: paragraph).compactMap { other in
        guard quotes.overlaps(other),
          let carried = explicitDraft(of: other, span: other, leadIn: leadIn),
          carried.attribution.speaker != nil
        else { return nil }
        return QuoteCarrier(sentence: other, draft: carried)
      }
    }
  }

  /// The attribution of a sentence with a cue of its own, lent the speaker and outlet of the
  /// lead-in of its paragraph where it names none.
  private func explicitDraft(of sentence: Range<Int>, span: Range<Int>, leadIn: Range<Int>?)
    -> AttributionDraft?
  {
    guard var own = ownDraft(of: sentence, span: span) else { return nil }
    if let leadIn, let carried = ownDraft(of: leadIn, span: leadIn) {
      own.attribution.speaker = own.attribution.speaker ?? carried.attribution.speaker
      if own.attribution.outlet == nil {
        own.attribution.outlet = carried.attribution.outlet
        own.attribution.via = carried.attribution.via
      }
      own.carrier = own.carrier ?? leadIn
    }
    return own
  }

  private func contextual(_ carried: AttributionDraft, carrier: Range<Int>) -> AttributionDraft {
    var attribution = carried.attribution
    attribution.kind = .contextual
    attribution.cue = nil
    return AttributionDraft(
      attribution: attribution, carrier: carrier, unknownOutlets: carried.unknownOutlets)
  }

  /// The attribution the cues of `sentence` give, the one nearest `span` first; `nil` when it
  /// has no attributing cue.
  private func ownDraft(of sentence: Range<Int>, span: Range<Int>) -> AttributionDraft? {
    let found = cueSources(in: sentence)
    guard
      let primary = found.min(by: { rank($0, span) < rank($1, span) })
    else { return nil }
    var draft = AttributionDraft(
      attribution: Attribution(
        kind: .explicit, speaker: primary.speaker, isVague: primary.isVague,
        cue: primary.cue.span),
      unknownOutlets: found.flatMap(\.unknownOutlets))
    var links = found.flatMap(\.outlets)
    if links.isEmpty {
      links = outlets.outlets(in: words.indices(in: sentence))
        .filter { !quotes.contains(words[$0.words.lowerBound].range.lowerBound) }
        .map { CueSource.OutletLink(id: $0.id, isOrigin: false) }
    }
    chain(links, into: &draft.attribution)
    if let outlet = draft.attribution.outlet, draft.attribution.via.isEmpty,
      sources.first(where: { $0.id == outlet })?.kind == .newsAgency,
      let (through, carrier) = citingOutlet(before: sentence)
    {
      draft.attribution.via = [through]
      draft.carrier = carrier
    }
    return draft
  }

  /// Orders cues: one with a speaker first, then the nearest to the span, then speech before
  /// belief.
  private func rank(_ source: CueSource, _ span: Range<Int>) -> (Int, Int, Int) {
    let cue = source.cue.span
    let distance =
      cue.end <= span.lowerBound
      ? span.lowerBound - cue.end : cue.start >= span.upperBound ? cue.start - span.upperBound : 0
    return (source.speaker == nil ? 1 : 0, distance, source.cue.role == .belief ? 1 : 0)
  }

  /// Sets `outlet` and `via` from the outlets a sentence names: the one the speaker spoke to,
  /// else a news agency, else the first is where the words were first reported; the others are
  /// the outlets between it and the article, in the order the sentence names them.
  private func chain(_ links: [CueSource.OutletLink], into attribution: inout Attribution) {
    var seen: Set<String> = []
    let unique = links.filter { seen.insert($0.id).inserted }
    guard !unique.isEmpty else { return }
    let origin =
      unique.first(where: \.isOrigin)
      ?? unique.first { link in sources.first { $0.id == link.id }?.kind == .newsAgency }
      ?? unique[0]
    attribution.outlet = origin.id
    attribution.via = unique.filter { $0.id != origin.id }.map(\.id)
  }

  /// The outlet (not an agency) an earlier sentence of the same paragraph attributes to by a
  /// cue ("one example noted by The National Interest"), and that sentence.
  private func citingOutlet(before sentence: Range<Int>) -> (String, Range<Int>)? {
    let paragraph = paragraph(around: sentence.lowerBound)
    for other in sentences(in: paragraph).reversed() where other.upperBound <= sentence.lowerBound {
      let linked = cueSources(in: other).flatMap(\.outlets).first { link in
        sources.first { $0.id == link.id }?.kind == .outlet
      }
      if let linked { return (linked.id, other) }
    }
    return nil
  }

  // MARK: - Paragraphs

  /// The sentence around `span` (`SentenceBreaks.sentence(around:)`).
  func sentence(around span: Range<Int>) -> Range<Int> {
    sentenceBreaks.sentence(around: span)
  }

  /// The line that holds `offset`: a paragraph of the article.
  func paragraph(around offset: Int) -> Range<Int> {
    lines.line(around: offset)
  }

  /// The sentences of `paragraph` (a line of the text), in order.
  func sentences(in paragraph: Range<Int>) -> [Range<Int>] {
    paragraphSentences[paragraph] ?? sentenceBreaks.sentences(in: paragraph)
  }

  /// The last sentence of the paragraph before `paragraph` when it ends with a colon and has
  /// an attributing cue: "X was quoted in Newsweek as saying:".
  private func leadIn(before paragraph: Range<Int>) -> Range<Int>? {
    var end = paragraph.lowerBound
    while end > 0, text.scalars[end - 1].properties.isWhitespace { end -= 1 }
    guard end > 0, text.scalars[end - 1] == ":" else { return nil }
    let sentence = self.sentence(around: end - 1..<end)
    return cueSources(in: sentence).isEmpty ? nil : sentence
  }
}
