/// Who an evidence item gives a claim's quoted words to: its `facts.speaker`, else the person
/// its excerpt has say them ("Foreign Minister Sergei Lavrov said: "…"", ""…" Lavrov told
/// reporters"), read as `extract` reads who speaks in an article.
///
/// An item that shows the words and gives them to someone else misattributes the claim, with
/// or without a speaker assertion: the attribution's speaker is the claim's too.
enum QuoteSpeaker {
  /// The speaker `item` gives `quoted`, or `nil` when it names none.
  static func name(of quoted: QuotedWords, in item: EvidenceItem, gazetteer: Gazetteer)
    -> String?
  {
    if let speaker = item.facts.speaker { return speaker }
    return inExcerpt(of: quoted, in: item, gazetteer: gazetteer)
  }

  /// The person `item`'s excerpt has say `quoted`, or `nil`.
  static func inExcerpt(of quoted: QuotedWords, in item: EvidenceItem, gazetteer: Gazetteer)
    -> String?
  {
    guard let excerpt = item.excerpt else { return nil }
    let found = gazetteer.memo.excerptSpeakers.value(
      for: TextPair(first: quoted.text, second: excerpt)
    ) { pair in
      speaker(of: quoted, inExcerpt: pair.second, gazetteer: gazetteer) ?? ""
    }
    return found.isEmpty ? nil : found
  }

  /// The named speaker of the quotation (else the sentence) of `excerpt` that holds `quoted`.
  /// The excerpt is read for speakers only when it holds the words: reading one is about a
  /// hundred times the work of finding them in its words, which are split once for all.
  private static func speaker(
    of quoted: QuotedWords, inExcerpt excerpt: String, gazetteer: Gazetteer
  ) -> String? {
    guard quoted.stand(in: excerpt, gazetteer: gazetteer) else { return nil }
    let text = ArticleText(excerpt)
    let drafter = AttributionDrafter(text: text, sources: [])
    let holdsWords = { (span: Range<Int>) in
      text.text(from: span.lowerBound, to: span.upperBound).map {
        quoted.stand(in: $0, gazetteer: gazetteer)
      } ?? false
    }
    let whole = 0..<text.count
    guard
      let span = drafter.quotes.regions.first(where: holdsWords)
        ?? drafter.sentences(in: whole).first(where: holdsWords)
    else { return nil }
    let attribution = drafter.attribution(of: span)
    guard !attribution.isVague else { return nil }
    return attribution.speaker?.name
  }
}
