/// Checks every claim of a ledger against evidence, on two axes: did the named source say it
/// (attribution), and is it true (content).
///
/// A claim is verified only when every assertion is supported (FEVER's rule: an incomplete
/// evidence set is worth nothing). For events, statistics and credentials, support from the
/// outlet the claim cites, or from the article itself, confirms the attribution but not the
/// content (`circular-sourcing`); for quotes and statements the content is what was said, so
/// the cited outlet's record of the words is the check.
public struct ClaimChecker: Sendable {
  let ledger: Ledger
  let comparator: AssertionComparator

  /// Prepares to check `ledger`, comparing names through its gazetteer.
  public init(ledger: Ledger) {
    self.ledger = ledger
    comparator = AssertionComparator(gazetteer: ledger.gazetteer)
  }

  /// Checks every claim against `items`, all results at once.
  ///
  /// - Parameters:
  ///   - items: Evidence, already validated against the ledger's claim ids.
  ///   - evidenceFiles: The files the items came from, for the report.
  /// - Returns: A result for every claim whose kind needs a source, and every claim that
  ///   evidence names; other records are counted as not checked.
  public func check(_ items: [EvidenceItem], evidenceFiles: [String] = []) -> CheckReport {
    run(items, evidenceFiles: evidenceFiles).report()
  }

  /// Prepares to check every claim against `items`, each result made when it is asked for,
  /// so that a writer can hand results on as they are made and never hold them all.
  ///
  /// - Parameters:
  ///   - items: Evidence, already validated against the ledger's claim ids.
  ///   - evidenceFiles: The files the items came from, for the report.
  public func run(_ items: [EvidenceItem], evidenceFiles: [String] = []) -> CheckRun {
    // Items are indexed by position: a copy of each item per claim it bears on would hold
    // the evidence in memory twice.
    let index = EvidenceIndex(items, ledger: ledger)
    var work: [CheckRun.ClaimWork] = []
    work.reserveCapacity(ledger.articles.claimCount)
    var notChecked = 0
    var place = 0
    for (articleIndex, article) in ledger.articles.enumerated() {
      for loaded in article.claims {
        defer { place += 1 }
        let bearing = index.items(ofClaimAt: place)
        guard needsCheck(loaded.claim.kind, bearing: !bearing.isEmpty) else {
          notChecked += 1
          continue
        }
        work.append(CheckRun.ClaimWork(claim: loaded, article: articleIndex, claimPlace: place))
      }
    }
    return CheckRun(
      checker: self, items: items, index: index, work: work, evidenceFiles: evidenceFiles,
      notChecked: notChecked)
  }

  /// Whether a record is checked: a claim whose kind needs a source, or that evidence names.
  private func needsCheck(_ kind: ClaimKind, bearing hasItems: Bool) -> Bool {
    kind.isClaim && (ledger.policy.sourcedKinds.contains(kind) || hasItems)
  }

  // MARK: - One claim

  /// The result for one claim of `article`, against the items that bear on it.
  func result(
    for loaded: LoadedClaim, in article: LoadedArticle, against items: [EvidenceItem]
  ) -> CheckReport.ClaimResult {
    let claim = loaded.claim
    var reasons: Set<ReasonCode> = []
    var notes: [String] = []
    // What each item says of each assertion, computed once for both axes; what the claim's
    // own words give is worked out once for all its items (and not at all without items).
    let prepared = items.isEmpty ? nil : PreparedClaim(claim, gazetteer: ledger.gazetteer)
    let verdicts =
      prepared.map { prepared in items.map { self.verdicts(of: prepared, against: $0) } } ?? []

    let assertions = assess(claim, in: article, items: items, verdicts: verdicts, reasons: &reasons)
    let content = contentStatus(of: assertions, hasEvidence: !items.isEmpty, reasons: &reasons)
    noteRefutingStances(of: items, beyond: assertions, reasons: &reasons, notes: &notes)
    let attribution = attributionStatus(
      of: claim, prepared: prepared, items: items, verdicts: verdicts, notes: &notes,
      reasons: &reasons)
    if let reason = reason(for: attribution, of: claim) { reasons.insert(reason) }
    let overall = overallStatus(content: content, attribution: attribution, reasons: reasons)
    noteReviewDisagreement(of: claim, with: overall, reasons: &reasons, notes: &notes)

    return CheckReport.ClaimResult(
      id: claim.id, kind: claim.kind, text: claim.text, path: loaded.path,
      line: loaded.positions.id.line, attribution: attribution, content: content,
      overall: overall, reasons: reasons.sorted(), assertions: assertions,
      evidence: items.map(\.id), notes: notes)
  }

  /// What `item` says of each assertion of `claim`.
  ///
  /// An item that refutes the claim, or whose facts contradict one of its assertions, supports
  /// nothing through its excerpt: its other verdicts are taken from its facts alone.
  private func verdicts(of claim: PreparedClaim, against item: EvidenceItem)
    -> [AssertionVerdict]
  {
    let all = claim.assertions.indices.map {
      comparator.verdict(for: $0, of: claim, item: item)
    }
    guard item.excerpt != nil, item.stance == .refutes || all.contains(where: { $0.reason != nil })
    else { return all }
    var factsOnly = item
    factsOnly.excerpt = nil
    return all.indices.map { index in
      all[index].reason != nil
        ? all[index] : comparator.verdict(for: index, of: claim, item: factsOnly)
    }
  }

  /// The two axes in one word: any dispute wins, then verified content, then a missing source.
  private func overallStatus(
    content: CheckReport.ContentStatus, attribution: CheckReport.AttributionStatus,
    reasons: Set<ReasonCode>
  ) -> CheckReport.OverallStatus {
    if content == .disputed || attribution == .misattributed || reasons.contains(.refuted)
      || reasons.contains(.conflictingEvidence)
    {
      return .disputed
    }
    if content == .verified { return .verified }
    return attribution == .unsourced ? .unsourced : .unverified
  }

  /// Notes a latest review whose status is not what the evidence now shows.
  private func noteReviewDisagreement(
    of claim: Claim, with overall: CheckReport.OverallStatus, reasons: inout Set<ReasonCode>,
    notes: inout [String]
  ) {
    guard let review = claim.reviews.last, review.status.rawValue != overall.rawValue,
      overall != .unsourced
    else { return }
    reasons.insert(.reviewDisagrees)
    notes.append(
      "the latest review (\(review.status.rawValue), by \(review.reviewer) at \(review.time)) disagrees with the evidence (\(overall.rawValue))"
    )
  }

  // MARK: - Content

  /// What the items say of each assertion; adds the reasons that gives the claim.
  private func assess(
    _ claim: Claim, in article: LoadedArticle, items: [EvidenceItem],
    verdicts: [[AssertionVerdict]], reasons: inout Set<ReasonCode>
  ) -> [CheckReport.AssertionResult] {
    let isAboutWords = claim.kind == .quote || claim.kind == .statement
    let circular = items.map { !isAboutWords && isCircular($0, for: claim, in: article) }
    return claim.assertions.enumerated().map { index, assertion in
      var tally = AssertionTally(assertion: assertion, value: describe(assertion))
      for position in items.indices {
        tally.add(
          verdicts[position][index], from: items[position].id, isCircular: circular[position])
      }
      reasons.formUnion(tally.settle())
      return tally.result
    }
  }

  /// The content status the assertions add up to; adds why an unverified claim is unverified.
  private func contentStatus(
    of assertions: [CheckReport.AssertionResult], hasEvidence: Bool,
    reasons: inout Set<ReasonCode>
  ) -> CheckReport.ContentStatus {
    let states = assertions.map(\.state)
    if states.contains(.contradicted) || states.contains(.conflicting) { return .disputed }
    if !states.isEmpty, states.allSatisfy({ $0 == .supported }) { return .verified }
    if !hasEvidence {
      reasons.insert(.noEvidence)
    } else if states.contains(.supported) || states.isEmpty {
      reasons.insert(.incompleteEvidence)
    } else if !states.contains(.circular), !states.contains(.paraphrased) {
      reasons.insert(.noEvidence)
    }
    return .unverified
  }

  /// A refuting stance disputes the claim even where no assertion carries it.
  private func noteRefutingStances(
    of items: [EvidenceItem], beyond assertions: [CheckReport.AssertionResult],
    reasons: inout Set<ReasonCode>, notes: inout [String]
  ) {
    for item in items
    where item.stance == .refutes
      && !assertions.contains(where: { $0.contradictedBy.contains(item.id) })
    {
      reasons.insert(.refuted)
      notes.append("\(item.id): its stance refutes the claim")
    }
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
