/// A check made ready: the claims to check, in ledger order, each with the evidence items that
/// bear on it. A claim's result is made when it is asked for, on any core, so a writer can
/// hand results on as they are made: the results of 100,000 claims (about 90 MB) need never
/// stand in memory together.
public struct CheckRun: Sendable {
  /// One claim to check, with the position of its article in the ledger (an article itself
  /// would be copied, all its fields, once per claim) and its own, by which the evidence index
  /// gives the items that bear on it.
  struct ClaimWork: Sendable {
    var claim: LoadedClaim
    var article: Int
    var claimPlace: Int
  }

  private let checker: ClaimChecker
  private let items: [EvidenceItem]
  private let index: EvidenceIndex
  private let work: [ClaimWork]
  /// The evidence files used.
  public let evidenceFiles: [String]
  /// How many records are not checked (not claims, or kinds that need no source and no
  /// evidence names).
  public let notChecked: Int

  init(
    checker: ClaimChecker, items: [EvidenceItem], index: EvidenceIndex, work: [ClaimWork],
    evidenceFiles: [String], notChecked: Int
  ) {
    self.checker = checker
    self.items = items
    self.index = index
    self.work = work
    self.evidenceFiles = evidenceFiles
    self.notChecked = notChecked
  }

  /// How many claims are checked.
  public var count: Int { work.count }

  /// The result for the claim at `position` (`0..<count`, ledger order); the same every time.
  public func result(at position: Int) -> CheckReport.ClaimResult {
    let claimWork = work[position]
    return checker.result(
      for: claimWork.claim, in: checker.ledger.articles[claimWork.article],
      against: index.items(ofClaimAt: claimWork.claimPlace).map { items[$0] })
  }

  /// The record checked at `position`.
  func claim(at position: Int) -> LoadedClaim { work[position].claim }

  /// Every result, made on all cores, in one report.
  public func report() -> CheckReport {
    // Claims are independent: check them on all cores, keeping the ledger's order.
    let results = Array(work.indices).parallelMap { result(at: $0) }
    return CheckReport(evidenceFiles: evidenceFiles, results: results, notChecked: notChecked)
  }
}
