/// The evidence items that bear on each claim of a ledger, by position, in one flat table.
///
/// A table of arrays by claim id was an array made for every claim, and a second look-up of
/// each claim's id. Here each id is looked up once as the claims are numbered, once for each
/// claim an item names, and the items of every claim stand in one array, in item order (an
/// item that names a claim twice is there twice, as it bears on it twice).
struct EvidenceIndex: Sendable {
  /// The positions of the items, grouped by claim.
  private let positions: [Int]
  /// Where each claim's group starts in `positions`, by claim, then the end of the last one.
  private let groupStarts: [Int]
  /// Each claim's group, by the claim's place in ledger order (records of one id share one).
  private let groupOfClaim: [Int]

  /// Indexes `items` by the claims of `ledger` they name; a claim id the ledger does not have
  /// is passed over.
  init(_ items: [EvidenceItem], ledger: Ledger) {
    let claimCount = ledger.articles.claimCount
    var groupByID: [String: Int] = [:]
    groupByID.reserveCapacity(claimCount)
    var groupOfClaim: [Int] = []
    groupOfClaim.reserveCapacity(claimCount)
    for article in ledger.articles {
      for loaded in article.claims {
        let newGroup = groupByID.count
        groupOfClaim.append(groupByID.withValue(for: loaded.id, addingIfAbsent: newGroup) { $0 })
      }
    }
    // Each item's claims, by group, counted; then each group's place; then filled in order.
    var named: [(group: Int, item: Int)] = []
    named.reserveCapacity(items.count)
    var counts = [Int](repeating: 0, count: groupByID.count + 1)
    for (position, item) in items.enumerated() {
      for claim in item.claims {
        guard let group = groupByID[claim] else { continue }
        named.append((group, position))
        counts[group + 1] += 1
      }
    }
    for group in counts.indices.dropFirst() { counts[group] += counts[group - 1] }
    var next = counts
    var positions = [Int](repeating: 0, count: named.count)
    for (group, item) in named {
      positions[next[group]] = item
      next[group] += 1
    }
    self.positions = positions
    groupStarts = counts
    self.groupOfClaim = groupOfClaim
  }

  /// The positions of the items that bear on the claim at `place` (ledger order), in order.
  func items(ofClaimAt place: Int) -> ArraySlice<Int> {
    let group = groupOfClaim[place]
    return positions[groupStarts[group]..<groupStarts[group + 1]]
  }
}
