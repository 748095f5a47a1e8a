import Testing

@testable import FactLedger

/// The evidence index gives each claim the items that name it, in item order, as a table of
/// arrays by claim id gave them.
@Suite("Evidence index: the items of each claim")
struct EvidenceIndexTests {
  private typealias F = CheckFixtures

  @Test("random items naming claims (repeated, unknown, none) give each claim what a table gives")
  func sameAsTable() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for round in 0..<40 {
      // Ids drawn from a small pool, so that some records share an id.
      let ids = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
        "c\(Int.random(in: 0..<(round % 2 == 0 ? 40 : 12), using: &generator))"
      }
      let ledger = F.ledger(ids.map { F.claim($0, []) })
      let items = (0..<Int.random(in: 0...50, using: &generator)).map { position in
        let named = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
          Bool.random(using: &generator) && !ids.isEmpty
            ? ids.randomElement(using: &generator)! : "unknown-\(position % 3)"
        }
        let list = named.map { "\"\($0)\"" }.joined(separator: ", ")
        return F.item(#"{"id": "e\#(position)", "claims": [\#(list)], "stance": "supports"}"#)
      }
      var table: [String: [Int]] = [:]
      for (position, item) in items.enumerated() {
        for claim in item.claims { table[claim, default: []].append(position) }
      }
      let index = EvidenceIndex(items, ledger: ledger)
      for (place, id) in ids.enumerated() {
        #expect(
          Array(index.items(ofClaimAt: place)) == (table[id] ?? []), "\(id) in \(ids), seed \(seed)"
        )
      }
    }
  }
}
