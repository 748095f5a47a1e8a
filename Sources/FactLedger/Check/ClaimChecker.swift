/// Checks every claim of a ledger against evidence, on two axes: did the named source say it
/// (attribution), and is it true (content).
///
/// A claim is verified only when every assertion is supported (FEVER's rule: an incomplete
/// evidence set is worth nothing). For events, statistics and credentials, support from the
/// outlet the claim cites, or from the article itself, confirms the attribution but not the
/// content (`circular-sourcing`); for quotes and statements the content is what was said, so
/// the cited outlet's record of the words is the check.
public struct ClaimChecker: Sendable {
  private let ledger: Ledger
  private let comparator: AssertionComparator

  /// Prepares to check `ledger`, comparing names through its gazetteer.
  public init(ledger: Ledger) {
    self.ledger = ledger
    comparator = AssertionComparator(gazetteer: ledger.gazetteer)
  }

  /// Checks every claim against `items`.
  ///
  /// - Parameters:
  ///   - items: Evidence, already validated against the ledger's claim ids.
  ///   - evidenceFiles: The files the items came from, for the report.
  /// - Returns: A result for every claim whose kind needs a source, and every claim that
  ///   evidence names; other records are counted as not checked.
  public func check(_ items: [EvidenceItem], evidenceFiles: [String] = []) -> CheckReport {
    var itemsByClaim: [String: [EvidenceItem]] = [:]
    for item in items {
      for claim in item.claims { itemsByClaim[claim, default: []].append(item) }
    }
    var results: [CheckReport.ClaimResult] = []
    var notChecked = 0
    for article in ledger.articles {
      for loaded in article.claims {
        let bearing = itemsByClaim[loaded.claim.id] ?? []
        guard loaded.claim.kind.isClaim,
          ledger.policy.sourcedKinds.contains(loaded.claim.kind) || !bearing.isEmpty
        else {
          notChecked += 1
          continue
        }
        results.append(check(loaded, in: article, against: bearing))
      }
    }
    return CheckReport(evidenceFiles: evidenceFiles, results: results, notChecked: notChecked)
  }

  // MARK: - One claim

  private func check(
    _ loaded: LoadedClaim, in article: LoadedArticle, against items: [EvidenceItem]
  ) -> CheckReport.ClaimResult {
    let claim = loaded.claim
    let isAboutWords = claim.kind == .quote || claim.kind == .statement
    var reasons: Set<ReasonCode> = []
    var notes: [String] = []

    // Content: every assertion against every item.
    var assertionResults: [CheckReport.AssertionResult] = []
    // What each item says of each assertion, computed once for both axes.
    let verdicts = items.map { item in
      claim.assertions.map { comparator.verdict(for: $0, in: claim, item: item) }
    }
    for (index, assertion) in claim.assertions.enumerated() {
      var result = CheckReport.AssertionResult(
        field: assertion.field, value: describe(assertion), state: .uncovered, supportedBy: [],
        contradictedBy: [], details: [])
      var circularSupport: [String] = []
      var paraphrased = false
      var disputeReasons: Set<ReasonCode> = []
      for (position, item) in items.enumerated() {
        let verdict = verdicts[position][index]
        let circular = !isAboutWords && isCircular(item, for: claim, in: article)
        switch verdict {
        case .supported(let detail):
          if circular {
            circularSupport.append(item.id)
            result.details.append(
              "\(item.id): supports, but comes from the cited outlet or the article")
          } else {
            result.supportedBy.append(item.id)
            result.details.append("\(item.id): supports\(detail.map { ": \($0)" } ?? "")")
          }
        case .contradicted(let reason, let detail):
          result.contradictedBy.append(item.id)
          disputeReasons.insert(reason)
          result.details.append("\(item.id): contradicts: \(detail)")
        case .paraphrase(let detail):
          paraphrased = true
          result.details.append("\(item.id): paraphrase: \(detail)")
        case .notCovered:
          break
        }
      }
      switch (result.supportedBy.isEmpty, result.contradictedBy.isEmpty) {
      case (false, false):
        result.state = .conflicting
        reasons.insert(.conflictingEvidence)
        reasons.formUnion(disputeReasons)
      case (true, false):
        result.state = .contradicted
        reasons.formUnion(disputeReasons)
      case (false, true):
        result.state = .supported
      case (true, true):
        if !circularSupport.isEmpty {
          result.state = .circular
          reasons.insert(.circularSourcing)
        } else if paraphrased {
          result.state = .paraphrased
          reasons.insert(.paraphrase)
        }
      }
      assertionResults.append(result)
    }
    let states = assertionResults.map(\.state)
    let content: CheckReport.ContentStatus
    if states.contains(.contradicted) || states.contains(.conflicting) {
      content = .disputed
    } else if !states.isEmpty, states.allSatisfy({ $0 == .supported }) {
      content = .verified
    } else {
      content = .unverified
      if items.isEmpty {
        reasons.insert(.noEvidence)
      } else if states.contains(.supported) || states.isEmpty {
        reasons.insert(.incompleteEvidence)
      } else if !states.contains(.circular), !states.contains(.paraphrased) {
        reasons.insert(.noEvidence)
      }
    }
    // A refuting stance disputes the claim even where no assertion carries it.
    for item in items
    where item.stance == .refutes
      && !assertionResults.contains(where: { $0.contradictedBy.contains(item.id) })
    {
      reasons.insert(.refuted)
      notes.append("\(item.id): its stance refutes the claim")
    }

    // Attribution.
    let attribution = attributionStatus(of: claim, items: items, verdicts: verdicts, notes: &notes)
    switch attribution {
    case .unsourced: reasons.insert(.unsourced)
    case .unconfirmed:
      reasons.insert(claim.attribution.isVague ? .vagueSource : .attributionUnconfirmed)
    case .misattributed: reasons.insert(.speakerMismatch)
    case .confirmed: break
    }

    let overall: CheckReport.OverallStatus
    if content == .disputed || attribution == .misattributed || reasons.contains(.refuted) {
      overall = .disputed
    } else if content == .verified {
      overall = .verified
    } else if attribution == .unsourced {
      overall = .unsourced
    } else {
      overall = .unverified
    }

    if let review = claim.reviews.last, review.status.rawValue != overall.rawValue,
      overall != .unsourced
    {
      reasons.insert(.reviewDisagrees)
      notes.append(
        "the latest review (\(review.status.rawValue), by \(review.reviewer) at \(review.time)) disagrees with the evidence (\(overall.rawValue))"
      )
    }

    return CheckReport.ClaimResult(
      id: claim.id, kind: claim.kind, text: claim.text, path: loaded.path,
      line: loaded.positions.id.line, attribution: attribution, content: content,
      overall: overall, reasons: reasons.sorted(), assertions: assertionResults,
      evidence: items.map(\.id), notes: notes)
  }

  // MARK: - Attribution

  private func attributionStatus(
    of claim: Claim, items: [EvidenceItem], verdicts: [[AssertionVerdict]], notes: inout [String]
  ) -> CheckReport.AttributionStatus {
    let attribution = claim.attribution
    guard attribution.isSourced else { return .unsourced }
    if attribution.isVague {
      notes.append(
        "the source is vague ('\(attribution.speaker?.description ?? "unnamed")'); no evidence can confirm it said this"
      )
      return .unconfirmed
    }
    let hasQuote = claim.assertions.contains { $0.field == .quote }
    var confirming: String?
    for (item, itemVerdicts) in zip(items, verdicts) {
      let verdicts = Array(zip(claim.assertions.map(\.field), itemVerdicts))
      let isFromOutlet = attribution.outlet.map { names(item, $0) } ?? true
      if verdicts.contains(where: { $0.1.reason == .speakerMismatch }) {
        notes.append("\(item.id): gives the words to someone else")
        return .misattributed
      }
      if isFromOutlet, verdicts.contains(where: { $0.0 == .quote && $0.1.reason == .misquote }) {
        notes.append("\(item.id): the named source has other words")
        return .misattributed
      }
      // A quote is shown by its words; anything else by a supporting stance or by support
      // for every one of its assertions.
      let wordsShown =
        hasQuote
        ? verdicts.contains { $0.0 == .quote && $0.1.isSupport }
        : item.stance == .supports || (!verdicts.isEmpty && verdicts.allSatisfy { $0.1.isSupport })
      if isFromOutlet, wordsShown, confirming == nil { confirming = item.id }
    }
    guard let confirming else { return .unconfirmed }
    notes.append(
      "\(confirming): shows \(attribution.outlet.map { "'\($0)'" } ?? "the speaker") saying it")
    return .confirmed
  }

  /// Whether an item comes from (or names as its outlet) the source `id`.
  private func names(_ item: EvidenceItem, _ id: String) -> Bool {
    guard let source = ledger.sources.source(withID: id) else { return false }
    let gazetteer = ledger.gazetteer
    let candidates = [item.source.publisher] + (item.facts.outlet.map { [$0] } ?? [])
    return candidates.contains { text in
      ([source.name] + source.aliases + [id]).contains {
        TextComparator.sameName($0, text, gazetteer: gazetteer)
      }
    }
  }

  /// Whether an item's only authority is the outlet the claim cites (or its via chain), or
  /// the article under review.
  private func isCircular(_ item: EvidenceItem, for claim: Claim, in article: LoadedArticle) -> Bool
  {
    if let url = article.article.url, item.source.url == url { return true }
    if item.source.title == article.article.title { return true }
    return claim.attribution.sourceIDs.contains { names(item, $0) }
  }

  private func describe(_ assertion: Assertion) -> String {
    switch assertion.value {
    case .text(let text): text
    case .set(let names): names.joined(separator: ", ")
    case .period(let period):
      "\(period.start) to \(period.end)\(period.isApproximate ? " (approximate)" : "")"
        + (assertion.text.map { " ('\($0)')" } ?? "")
    case .quantity(let quantity):
      "\(quantity.amount) \(quantity.unit)"
    }
  }
}
