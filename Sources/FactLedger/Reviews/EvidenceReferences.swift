/// The evidence ids a review may cite: the items of the evidence files the policy names
/// (`evidence` in `factledger.json`). `mark` warns on an id none of them has.
public struct EvidenceReferences: Sendable {
  /// The evidence files the policy names, as it names them.
  public var files: [String]
  /// The ids of their items.
  public var ids: Set<String>
  /// Why a file could not be read, one message a file; its ids are not known.
  public var problems: [String]

  /// Reads the item ids of the evidence files `ledger`'s policy names.
  ///
  /// - Parameters:
  ///   - ledger: The loaded ledger.
  ///   - followsLinks: Whether symbolic links may lead outside the ledger.
  public init(of ledger: Ledger, followsLinks: Bool = false) {
    files = ledger.policy.evidence
    ids = []
    problems = []
    let within = LedgerFiles(
      root: ledger.root, followsLinks: followsLinks, limits: ledger.policy.limits)
    let claimIDs = Set(ledger.claims.map(\.id))
    for file in files {
      do {
        let items = try EvidenceLoader(limits: ledger.policy.limits, within: within).load(
          at: joinPath(ledger.root, file), claimIDs: claimIDs)
        ids.formUnion(items.map(\.id))
      } catch {
        problems.append("\(file): \(error.message)")
      }
    }
  }

  /// The ids of `cited` that no evidence file has, in order, each once; none when the policy
  /// names no evidence file, or a file could not be read.
  public func unknown(_ cited: [String]) -> [String] {
    guard !files.isEmpty, problems.isEmpty else { return [] }
    var seen: Set<String> = []
    return cited.filter { !ids.contains($0) && seen.insert($0).inserted }
  }
}
