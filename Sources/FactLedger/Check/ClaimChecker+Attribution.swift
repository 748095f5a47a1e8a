/// The attribution axis: is the named source shown to have said it.
extension ClaimChecker {
  /// Whether the items show the claim's source saying it.
  ///
  /// A vague source can never be confirmed. An item that gives the words to someone else
  /// misattributes the claim (`speaker-mismatch`), and so does an item of the named source with
  /// other words (`misquote`: the source is right, the words are not), unless an item of the
  /// named source shows the words too: then the evidence conflicts, and the attribution is
  /// unconfirmed (`conflicting-evidence`, which disputes the claim). Otherwise the first item
  /// of the named source that shows the words confirms it. An item is the named source's when
  /// it comes from the cited outlet, or gives the words to the named speaker (its
  /// `facts.speaker`, or who its excerpt has say them); a claim that names neither takes any
  /// item's words. An item that shows the words and names no one confirms nothing.
  func attributionStatus(
    of claim: Claim, prepared: PreparedClaim?, items: [EvidenceItem],
    verdicts: [[AssertionVerdict]], notes: inout [String], reasons: inout Set<ReasonCode>
  ) -> CheckReport.AttributionStatus {
    let attribution = claim.attribution
    guard attribution.isSourced else { return .unsourced }
    if attribution.isVague {
      notes.append(
        "the source is vague ('\(attribution.speaker?.description ?? "unnamed")'); no evidence can confirm it said this"
      )
      return .unconfirmed
    }
    let fields = claim.assertions.map(\.field)
    let hasQuote = fields.contains(.quote)
    let namesNoOne = attribution.outlet == nil && prepared?.claimedSpeaker == nil
    var confirming: String?
    // The first item that misattributes the claim: its note and reason.
    var against: (note: String, reason: ReasonCode)?
    for (item, itemVerdicts) in zip(items, verdicts) {
      let verdicts = zip(fields, itemVerdicts)
      let isFromOutlet = attribution.outlet.map { names(item, $0) } ?? false
      // Someone else speaks the words: by the speaker assertion's verdict, or, for a claim
      // with none, by who the item has say the words it shows.
      let showsWords = verdicts.contains { $0.0 == .quote && $0.1.isSupport }
      let isMismatch = verdicts.contains { $0.1.reason == .speakerMismatch }
      let other =
        showsWords || isMismatch ? prepared.flatMap { otherSpeaker(of: $0, givenBy: item) } : nil
      if isMismatch || (showsWords && other != nil) {
        against =
          against
          ?? (
            "\(item.id): gives the words to \(other.map { "'\($0)'" } ?? "someone else")",
            .speakerMismatch
          )
        continue
      }
      let isMisquote = verdicts.contains { $0.0 == .quote && $0.1.reason == .misquote }
      // A quote is shown by its words; anything else by a supporting stance or by support
      // for every one of its assertions.
      let wordsShown =
        hasQuote
        ? showsWords
        : item.stance == .supports
          || (!fields.isEmpty && !itemVerdicts.isEmpty && verdicts.allSatisfy { $0.1.isSupport })
      // Whose the item is, asked only of an item that could decide the status.
      guard isMisquote || (wordsShown && confirming == nil),
        isFromOutlet || namesNoOne
          || prepared.map({ isClaimedSpeaker(of: $0, givenBy: item) }) == true
      else { continue }
      if isMisquote {
        against = against ?? ("\(item.id): the named source has other words", .misquote)
        continue
      }
      let who = isFromOutlet ? attribution.outlet.map { "'\($0)'" } : nil
      confirming = "\(item.id): shows \(who ?? "the speaker") saying it"
    }
    if let against {
      notes.append(against.note)
      reasons.insert(against.reason)
      // The named source shows the words too: neither side wins.
      guard let confirming else { return .misattributed }
      notes.append(confirming)
      reasons.insert(.conflictingEvidence)
      return .unconfirmed
    }
    guard let confirming else { return .unconfirmed }
    notes.append(confirming)
    return .confirmed
  }

  /// Whether `item` gives the words to the claim's speaker (by `facts.speaker` or in its
  /// excerpt, `QuoteSpeaker`).
  private func isClaimedSpeaker(of claim: PreparedClaim, givenBy item: EvidenceItem) -> Bool {
    guard let claimed = claim.claimedSpeaker,
      let given = comparator.speakerGiven(for: claim, by: item)
    else { return false }
    return TextComparator.person(claimed, given, gazetteer: ledger.gazetteer) == .same
  }

  /// The person `item` gives the claim's words to, when the claim names a speaker and that is
  /// someone else (by `facts.speaker` or in its excerpt, `QuoteSpeaker`). A `facts.speaker`
  /// whose `facts.quote` has other words spoke those, not the claim's.
  private func otherSpeaker(of claim: PreparedClaim, givenBy item: EvidenceItem) -> String? {
    guard let claimed = claim.claimedSpeaker,
      let given = accusedSpeaker(of: claim, givenBy: item),
      TextComparator.person(claimed, given, gazetteer: ledger.gazetteer) == .different
    else { return nil }
    return given
  }

  /// Who `item` shows saying the claim's words, as sure as an accusation of misattribution
  /// needs: its `facts.speaker` when its `facts.quote` has the words, else who its excerpt has
  /// say them, when the claimed speaker does not speak in the passage too
  /// (`QuoteSpeaker.accusedInExcerpt`). A `facts.speaker` with other words, or with no
  /// `facts.quote`, spoke the item, not necessarily the words its excerpt shows ("Zakharova
  /// said Lavrov's words "…" were misread").
  private func accusedSpeaker(of claim: PreparedClaim, givenBy item: EvidenceItem) -> String? {
    guard let quoted = claim.firstQuote else { return item.facts.speaker }
    if let speaker = item.facts.speaker, let words = item.facts.quote,
      quoted.stand(in: words, gazetteer: ledger.gazetteer)
    {
      return speaker
    }
    guard let claimed = claim.claimedSpeaker else { return nil }
    return QuoteSpeaker.accusedInExcerpt(
      of: quoted, claimed: claimed, in: item, gazetteer: ledger.gazetteer)
  }

  /// The reason an attribution status gives the claim, if any (a misattribution's reason is
  /// given where it is found).
  func reason(for status: CheckReport.AttributionStatus, of claim: Claim) -> ReasonCode? {
    switch status {
    case .unsourced: .unsourced
    case .unconfirmed: claim.attribution.isVague ? .vagueSource : .attributionUnconfirmed
    case .misattributed: nil
    case .confirmed: nil
    }
  }

  /// Whether an item's only authority is the outlet the claim cites (or its via chain), or
  /// the article under review.
  func isCircular(_ item: EvidenceItem, for claim: Claim, in article: LoadedArticle) -> Bool {
    if let url = article.article.url, item.source.url == url { return true }
    if item.source.title == article.article.title { return true }
    return claim.attribution.sourceIDs.contains { names(item, $0) }
  }

  /// Whether an item comes from (or names as its outlet) the source `id`.
  private func names(_ item: EvidenceItem, _ id: String) -> Bool {
    guard let source = ledger.sources.source(withID: id) else { return false }
    let gazetteer = ledger.gazetteer
    let isNamed = { (text: String) in
      TextComparator.isOutlet(source.name, text, gazetteer: gazetteer)
        || source.aliases.contains { TextComparator.isOutlet($0, text, gazetteer: gazetteer) }
        || TextComparator.isOutlet(id, text, gazetteer: gazetteer)
    }
    return isNamed(item.source.publisher) || item.facts.outlet.map(isNamed) == true
  }
}
