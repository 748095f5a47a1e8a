/// Chooses the comparator for an assertion's field and runs it against one evidence item.
struct AssertionComparator {
  let gazetteer: Gazetteer

  func verdict(for assertion: Assertion, in claim: Claim, item: EvidenceItem) -> AssertionVerdict {
    let facts = item.facts
    switch (assertion.field, assertion.value) {
    case (.period, .period(let period)):
      return PeriodComparator.compare(period, with: item)
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
    case (.quote, .text(let words)):
      return quote(words, claim: claim, item: item)
    case (.speaker, .text(let name)):
      return speaker(name, claim: claim, item: item)
    case (.role, .text(let title)):
      if let role = facts.role { return TextComparator.compareRole(title, with: role) }
      // A speaker given with a title, "Geng Shuang (Chinese Foreign Ministry spokesperson)".
      if let speaker = facts.speaker,
        Gazetteer.contains(Gazetteer.words(speaker), Gazetteer.words(title))
      {
        return .supported(detail: "evidence gives '\(speaker)'")
      }
      return inExcerpt(title, of: item)
    case (.venue, .text(let venue)):
      guard let given = facts.venue else { return inExcerpt(venue, of: item) }
      return TextComparator.sameName(venue, given, gazetteer: gazetteer)
        ? .supported(detail: "evidence gives '\(given)'")
        : .contradicted(.venueMismatch, detail: "evidence gives '\(given)', not '\(venue)'")
    case (.event, .text(let name)):
      return named(name, by: facts.event, item: item)
    case (.organization, .text(let name)):
      // A title often names the body: "Tecmash Deputy CEO".
      for given in [facts.organization, facts.role, facts.speaker].compactMap({ $0 })
      where TextComparator.sameName(name, given, gazetteer: gazetteer) {
        return .supported(detail: "evidence gives '\(given)'")
      }
      return inExcerpt(name, of: item)
    case (.outlet, .text(let name)):
      if TextComparator.sameName(name, item.source.publisher, gazetteer: gazetteer) {
        return .supported(detail: "published by \(item.source.publisher)")
      }
      return named(name, by: facts.outlet, item: item)
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

  private func quote(_ words: String, claim: Claim, item: EvidenceItem) -> AssertionVerdict {
    if let given = item.facts.quote {
      switch QuoteComparator.compare(claimed: words, source: given) {
      case .match: return .supported(detail: "the words match")
      case .elidedMatch(let omitted):
        return .supported(
          detail:
            "the words match; the ellipsis stands for \(omitted) word\(omitted == 1 ? "" : "s") of the source"
        )
      case .misquote(let diff):
        // Other words from another speaker are another statement, not a misquote.
        if let speaker = item.facts.speaker, let claimed = claimedSpeaker(of: claim),
          !TextComparator.sameName(claimed, speaker, gazetteer: gazetteer)
        {
          return .notCovered
        }
        return .contradicted(.misquote, detail: diff)
      case .paraphrase(let similarity):
        return .paraphrase(
          detail:
            "the source words it differently (\(Int(similarity * 100))% of the words in order)")
      case .unrelated:
        break
      }
    }
    if let excerpt = item.excerpt {
      switch QuoteComparator.compare(claimed: words, source: excerpt) {
      case .match, .elidedMatch: return .supported(detail: "the excerpt has the words")
      default: break
      }
    }
    return .notCovered
  }

  private func speaker(_ name: String, claim: Claim, item: EvidenceItem) -> AssertionVerdict {
    guard let given = item.facts.speaker else { return inExcerpt(name, of: item) }
    if TextComparator.sameName(name, given, gazetteer: gazetteer) {
      return .supported(detail: "evidence gives '\(given)'")
    }
    // Someone else is only shown to have said it when the words are the claim's.
    if let words = claimedQuote(of: claim), let givenWords = item.facts.quote,
      QuoteComparator.compare(claimed: words, source: givenWords) == .match
    {
      return .contradicted(.speakerMismatch, detail: "evidence gives the words to '\(given)'")
    }
    return .notCovered
  }

  private func named(_ name: String, by given: String?, item: EvidenceItem) -> AssertionVerdict {
    if let given, TextComparator.sameName(name, given, gazetteer: gazetteer) {
      return .supported(detail: "evidence gives '\(given)'")
    }
    return inExcerpt(name, of: item)
  }

  /// Support from the excerpt, the source's own words: only ever support, never contradiction.
  private func inExcerpt(_ text: String, of item: EvidenceItem) -> AssertionVerdict {
    guard let excerpt = item.excerpt,
      Gazetteer.contains(Gazetteer.words(excerpt), Gazetteer.words(gazetteer.canonical(text)))
        || gazetteer.mentions(in: excerpt).contains(gazetteer.canonical(text))
    else { return .notCovered }
    return .supported(detail: "the excerpt has '\(text)'")
  }

  /// Support from the excerpt for a set: it names every member, or holds the article's own
  /// words for the set ("Tehran, Moscow and Beijing").
  private func allInExcerpt(_ names: [String], words: String?, of item: EvidenceItem)
    -> AssertionVerdict
  {
    guard let excerpt = item.excerpt else { return .notCovered }
    let excerptWords = Gazetteer.words(excerpt)
    if let words, Gazetteer.contains(excerptWords, Gazetteer.words(words)) {
      return .supported(detail: "the excerpt has '\(words)'")
    }
    let mentioned = gazetteer.mentions(in: excerpt)
    let all = names.allSatisfy { name in
      mentioned.contains(gazetteer.canonical(name))
        || Gazetteer.contains(excerptWords, Gazetteer.words(gazetteer.canonical(name)))
    }
    return all
      ? .supported(detail: "the excerpt names \(names.joined(separator: ", "))") : .notCovered
  }

  private func claimedQuote(of claim: Claim) -> String? {
    claim.assertions.lazy.compactMap { assertion -> String? in
      if assertion.field == .quote, case .text(let words) = assertion.value { return words }
      return nil
    }.first
  }

  private func claimedSpeaker(of claim: Claim) -> String? {
    claim.attribution.speaker?.name
      ?? claim.assertions.lazy.compactMap { assertion -> String? in
        if assertion.field == .speaker, case .text(let name) = assertion.value { return name }
        return nil
      }.first
  }
}
