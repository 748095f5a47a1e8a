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

  /// Who an excerpt has say a quote, and the sentence (or quotation) that holds the words.
  struct Reading: Sendable {
    /// The speaker's name; empty for no one.
    var speaker = ""
    /// The passage the speaker was read from.
    var passage = ""
  }

  /// The person `item`'s excerpt has say `quoted`, or `nil`.
  static func inExcerpt(of quoted: QuotedWords, in item: EvidenceItem, gazetteer: Gazetteer)
    -> String?
  {
    let found = reading(of: quoted, in: item, gazetteer: gazetteer).speaker
    return found.isEmpty ? nil : found
  }

  /// The person `item`'s excerpt has say `quoted`, when that is sure enough to accuse them of
  /// the words the claim gives `claimed`: the passage that holds the words does not have
  /// `claimed` speak as well. "Lavrov said he agreed with Putin, who had said: "…"" is read as
  /// Lavrov's words; with Putin speaking in the passage too, the reading is a guess between
  /// the two. Named otherwise ("Xi told Putin", "in a call with Putin, Xi said"), or with a
  /// given name alike ("Mike Pompeo" for Mike Pence), the claimed speaker says nothing there.
  static func accusedInExcerpt(
    of quoted: QuotedWords, claimed: String, in item: EvidenceItem, gazetteer: Gazetteer
  ) -> String? {
    let found = reading(of: quoted, in: item, gazetteer: gazetteer)
    guard !found.speaker.isEmpty,
      !speaks(claimed, in: found.passage, gazetteer: gazetteer)
    else { return nil }
    return found.speaker
  }

  /// Whether `passage` has a word of `person`'s name (not an initial) followed by a
  /// verb of saying ("Putin said", "Putin, who had said"), after a word that passes on their
  /// words ("quoting Putin", "according to Putin") or, as a possessive, followed by a noun of
  /// saying ("Putin's words").
  static func speaks(_ person: String, in passage: String, gazetteer: Gazetteer) -> Bool {
    // Every word but an initial: "Xi" of "Xi Jinping" names him.
    let name = Set(gazetteer.words(of: person).filter { $0.count >= 2 })
    let words = gazetteer.words(of: passage)
    for (index, word) in words.enumerated() {
      if name.contains(word) {
        // "quoting Putin", "according to President Putin".
        let before = words[max(0, index - 3)..<index]
        if before.contains(where: citingWords.contains)
          || zip(before, before.dropFirst()).contains(where: { $0 == ("according", "to") })
        {
          return true
        }
        var next = index + 1
        while next < words.count, linkingWords.contains(words[next]) { next += 1 }
        if next < words.count, speechVerbs.contains(words[next]) { return true }
      } else if word.hasSuffix("'s"), name.contains(String(word.dropLast(2))),
        index + 1 < words.count, speechNouns.contains(words[index + 1])
      {
        return true
      }
    }
    return false
  }

  /// Words before a name whose words another passes on ("quoting Putin").
  private static let citingWords: Set<String> = ["quoting", "citing", "paraphrasing", "per"]

  /// Words between a name and its verb ("Putin, who had earlier said").
  private static let linkingWords: Set<String> = [
    "who", "had", "has", "have", "also", "then", "earlier", "previously", "reportedly", "once",
    "later", "recently", "himself", "herself", "first",
  ]

  private static let speechVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted",
    "notes", "declared", "declares", "remarked", "wrote", "writes", "explained", "stressed",
    "insisted", "argued", "warned", "announced", "claimed", "asserted", "replied", "responded",
    "answered", "commented", "continued", "spoke", "speaking",
  ]

  private static let speechNouns: Set<String> = [
    "words", "remarks", "statement", "comments", "message", "speech", "answer", "reply", "quote",
  ]

  private static func reading(of quoted: QuotedWords, in item: EvidenceItem, gazetteer: Gazetteer)
    -> Reading
  {
    guard let excerpt = item.excerpt else { return Reading() }
    return gazetteer.memo.excerptSpeakers.value(
      for: TextPair(first: quoted.text, second: excerpt)
    ) { pair in
      speaker(of: quoted, inExcerpt: pair.second, gazetteer: gazetteer) ?? Reading()
    }
  }

  /// The named speaker of the quotation (else the sentence) of `excerpt` that holds `quoted`,
  /// with the sentence around it.
  /// The excerpt is read for speakers only when it holds the words: reading one is about a
  /// hundred times the work of finding them in its words, which are split once for all.
  private static func speaker(
    of quoted: QuotedWords, inExcerpt excerpt: String, gazetteer: Gazetteer
  ) -> Reading? {
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
    guard !attribution.isVague, let name = attribution.speaker?.name else { return nil }
    let sentence = drafter.sentence(around: span)
    let passage = text.text(
      from: min(sentence.lowerBound, span.lowerBound), to: max(sentence.upperBound, span.upperBound)
    )
    return Reading(speaker: name, passage: passage ?? excerpt)
  }
}
