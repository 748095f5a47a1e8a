import FactLedger

/// The evidence `check` and `export` compare claims with: the files given with `--evidence`,
/// else those the policy names, which must lie inside the ledger (evidence a user names may be
/// anywhere). Every file is loaded; each problem of a refused one is reported on the console.
struct EvidenceSet {
  /// The files asked for.
  var files: [String]
  /// The items of the files that were fine.
  var items: [EvidenceItem] = []
  /// The files that were fine, in order.
  var fine: [String] = []
  /// The files refused (their problems already reported).
  var refused: [String] = []

  /// Loads `given`, or the policy's files when it is empty.
  init(given: [String], ledger: Ledger, followsLinks: Bool, console: Console) {
    var within: LedgerFiles? = nil
    // A file named twice is read once: its items would otherwise all be repeats.
    var named: Set<String> = []
    files = given.filter { named.insert(LedgerFiles.realPath($0) ?? $0).inserted }
    if files.isEmpty {
      files = ledger.policy.evidence.map { joinPath(ledger.root, $0) }
      within = LedgerFiles(root: ledger.root, followsLinks: followsLinks)
    }
    let loader = EvidenceLoader(limits: ledger.policy.limits, within: within)
    // The ids straight from the articles: no array of every record, nor of every id, is made.
    var claimIDs = Set<String>(minimumCapacity: ledger.articles.claimCount)
    for article in ledger.articles {
      for loaded in article.claims { claimIDs.insert(loaded.id) }
    }
    // Files are read, parsed and validated on all cores; they are reported in the order given.
    let results = loader.load(files: files, claimIDs: claimIDs)
    items.reserveCapacity(results.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) })
    for (file, result) in zip(files, results) {
      switch result {
      case .success(let fileItems):
        items += fileItems
        fine.append(file)
      case .failure(let error):
        if case .invalid(let diagnostics) = error {
          diagnostics.forEach(console.report)
          console.error("\(file): \(error.message)")
        } else {
          console.error(error.message)
        }
        refused.append(file)
      }
    }
  }
}
