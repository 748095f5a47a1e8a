/// Chooses the comparator for an assertion's field and runs it against one evidence item.
struct AssertionComparator {
  let gazetteer: Gazetteer

  /// What `item` says of the claim's assertion at `index`.
  func verdict(for index: Int, of claim: PreparedClaim, item: EvidenceItem) -> AssertionVerdict {
    let assertion = claim.assertions[index]
    let facts = item.facts
    switch (assertion.field, assertion.value) {
    case (.period, .period(let period)):
      return PeriodComparator.compare(period, words: assertion.text, with: item)
    case (.duration, .quantity(let quantity)):
      return QuantityComparator.compareDuration(quantity, with: item)
    case (.count, .quantity(let quantity)):
      return QuantityComparator.compareCount(quantity, with: facts.count)
    case (.amount, .quantity(let quantity)):
      return QuantityComparator.compareCount(quantity, with: facts.amount)
    case (.participants, .set(let names)):
      let verdict = SetComparator.compareParticipants(names, with: item, gazetteer: gazetteer)
      return verdict == .notCovered ? allInExcerpt(names, words: assertion.text, of: item) : verdict
    case (.location, .set(let places)):
      let verdict = SetComparator.compareLocations(places, with: item, gazetteer: gazetteer)
      return verdict == .notCovered
        ? allInExcerpt(places, words: assertion.text, of: item) : verdict
    case (.quote, .text):
      guard let quoted = claim.quotes[index] else { return .notCovered }
      return quote(quoted, claim: claim, item: item)
    case (.speaker, .text(let name)):
      return speaker(name, claim: claim, item: item)
    case (.role, .text(let title)):
      // Another person's role says nothing of the claimed speaker's.
      if let speaker = item.facts.speaker, let claimed = claim.subject,
        TextComparator.person(claimed, speaker, gazetteer: gazetteer) != .same
      {
        return .notCovered
      }
      return RoleComparator.compare(title, with: item, gazetteer: gazetteer)
    case (.venue, .text(let venue)):
      return VenueComparator.compare(venue, with: item, gazetteer: gazetteer)
    case (.event, .text(let name)):
      return EventComparator.compare(name, with: item, gazetteer: gazetteer)
    case (.organization, .text(let name)):
      return OrganizationComparator.compare(name, with: item, gazetteer: gazetteer)
    case (.outlet, .text(let name)):
      return OutletComparator.compare(name, with: item, gazetteer: gazetteer)
    case (.proposition, _):
      switch item.stance {
      case .supports: return .supported(detail: "its stance supports the claim")
      case .refutes: return .contradicted(.refuted, detail: "its stance refutes the claim")
      case nil: return .notCovered
      }
    default:
      return .notCovered
    }
  }

  // MARK: - Fields

  /// A quote against the item's quoted words (`facts.quote`), then its excerpt; a fragment of
  /// a few words is also compared in its sentence (`QuoteContext`).
  private func quote(_ quoted: QuotedWords, claim: PreparedClaim, item: EvidenceItem)
    -> AssertionVerdict
  {
    let inSentence = { (source: [FoldedWord]) in
      QuoteContext.compare(fragment: quoted.unsplit, in: claim.sentenceKeys) { source }
    }
    if let given = item.facts.quote {
      let givenWords = gazetteer.foldedWords(of: given)
      var result = QuoteComparator.compare(quoted, with: givenWords, of: given)
      if quoted.isFragment, !result.isMatch {
        result =
          inSentence(givenWords)
          ?? item.excerpt.flatMap { inSentence(gazetteer.foldedWords(of: $0)) }
          ?? (QuoteContext.isFragment(wordCount: givenWords.count)
            ? QuoteComparator.compareInPlace(claimed: quoted.unsplit, source: givenWords)
            : result)
      }
      switch result {
      case .match: return .supported(detail: "the words match")
      case .elidedMatch(let omitted):
        return .supported(
          detail:
            "the words match; the ellipsis stands for \(omitted) word\(omitted == 1 ? "" : "s") of the source"
        )
      case .sourceElided(let omitted):
        return .supported(
          detail:
            "the words match; the source's ellipsis stands for \(omitted) word\(omitted == 1 ? "" : "s") of the article"
        )
      case .misquote(let diff):
        return misquote(diff, claim: claim, item: item)
      case .paraphrase(let similarity):
        return .paraphrase(
          detail:
            "the source words it differently (\(Int(similarity * 100))% of the words in order)")
      case .unrelated:
        break
      }
    }
    if let excerpt = item.excerpt {
      let excerptWords = gazetteer.foldedWords(of: excerpt)
      if QuoteComparator.match(quoted, in: excerptWords) != nil {
        return .supported(detail: "the excerpt has the words")
      }
      switch quoted.isFragment ? inSentence(excerptWords) : nil {
      case .match?: return .supported(detail: "the excerpt has the words in the article's sentence")
      case .misquote(let diff)?:
        return misquote(
          diff + " (the excerpt, in the article's sentence)", claim: claim, item: item)
      default: break
      }
      if let claimed = claim.claimedSpeaker,
        let found = ExcerptMisquote.find(
          quoted, in: excerpt, claimed: claimed, gazetteer: gazetteer)
      {
        return misquote(
          found.diff + " (a quotation the excerpt gives to '\(found.speaker)')",
          claim: claim, item: item)
      }
    }
    return .notCovered
  }

  /// A misquote, unless the item gives the words to someone else: other words from another
  /// speaker are another statement.
  private func misquote(_ diff: String, claim: PreparedClaim, item: EvidenceItem)
    -> AssertionVerdict
  {
    if let speaker = item.facts.speaker, let claimed = claim.claimedSpeaker,
      TextComparator.person(claimed, speaker, gazetteer: gazetteer) != .same
    {
      return .notCovered
    }
    return .contradicted(.misquote, detail: diff)
  }

  private func speaker(_ name: String, claim: PreparedClaim, item: EvidenceItem)
    -> AssertionVerdict
  {
    let fromExcerpt = item.facts.speaker == nil
    guard let given = speakerGiven(for: claim, by: item) else {
      return TextComparator.inExcerpt(name, of: item, gazetteer: gazetteer)
    }
    switch TextComparator.person(name, given, gazetteer: gazetteer) {
    case .same:
      return .supported(
        detail: fromExcerpt
          ? "the excerpt gives the words to '\(given)'" : "evidence gives '\(given)'")
    case .unclear: return .notCovered
    case .different: break
    }
    // An excerpt's speaker is only found for a passage that holds the claim's words, and
    // accused only when the claimed speaker does not speak in the passage too.
    if fromExcerpt {
      guard let quoted = claim.firstQuote,
        QuoteSpeaker.accusedInExcerpt(of: quoted, claimed: name, in: item, gazetteer: gazetteer)
          != nil
      else { return .notCovered }
      return .contradicted(.speakerMismatch, detail: "the excerpt gives the words to '\(given)'")
    }
    // Someone else is only shown to have said it when the words are the claim's.
    if let quoted = claim.firstQuote, let givenWords = item.facts.quote,
      quoted.stand(in: givenWords, gazetteer: gazetteer)
    {
      return .contradicted(.speakerMismatch, detail: "evidence gives the words to '\(given)'")
    }
    return .notCovered
  }

  /// The speaker `item` gives the claim's first quote (`QuoteSpeaker`); its `facts.speaker`
  /// when the claim quotes nothing.
  func speakerGiven(for claim: PreparedClaim, by item: EvidenceItem) -> String? {
    guard let quoted = claim.firstQuote else { return item.facts.speaker }
    return QuoteSpeaker.name(of: quoted, in: item, gazetteer: gazetteer)
  }

  /// Support from the excerpt for a set: it names every member, or holds the article's own
  /// words for the set ("Tehran, Moscow and Beijing").
  private func allInExcerpt(_ names: [String], words: String?, of item: EvidenceItem)
    -> AssertionVerdict
  {
    guard let excerpt = item.excerpt else { return .notCovered }
    if let words, TextComparator.holds(excerpt, words: words, gazetteer: gazetteer) {
      return .supported(detail: "the excerpt has '\(words)'")
    }
    let all = names.allSatisfy { TextComparator.holds(excerpt, name: $0, gazetteer: gazetteer) }
    return all
      ? .supported(detail: "the excerpt names \(names.joined(separator: ", "))") : .notCovered
  }
}
