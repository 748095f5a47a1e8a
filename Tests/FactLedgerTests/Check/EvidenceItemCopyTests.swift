import Testing

@testable import FactLedger

@Suite("Evidence items are values: a changed copy leaves the original")
struct EvidenceItemCopyTests {
  typealias F = CheckFixtures

  let item = F.item(
    #"{"id": "tass-1", "claims": ["c1", "c2"], "stance": "supports", "source": {"publisher": "TASS", "title": "Drills"}, "excerpt": "Vladimir Putin said the drills went well.", "facts": {"speaker": "Vladimir Putin", "date": "2020-05-27"}, "note": "first"}"#
  )

  @Test("changing each field of a copy, in place, changes the copy only")
  func copiesAreIndependent() {
    var copy = item
    copy.id = "tass-2"
    copy.claims.append("c3")
    copy.stance = .refutes
    copy.source.publisher = "Reuters"
    copy.excerpt = nil
    copy.facts.speaker = "Geng Shuang"
    copy.note = nil
    copy.path = "other.jsonl"
    copy.location = SourceLocation(line: 9, column: 3)

    #expect(item.id == "tass-1" && item.claims == ["c1", "c2"] && item.stance == .supports)
    #expect(item.source.publisher == "TASS" && item.excerpt?.hasPrefix("Vladimir Putin") == true)
    #expect(item.facts.speaker == "Vladimir Putin" && item.note == "first")
    #expect(item.path == "evidence.jsonl" && item.location == SourceLocation(line: 1, column: 1))
    #expect(copy.id == "tass-2" && copy.claims == ["c1", "c2", "c3"] && copy.stance == .refutes)
    #expect(copy.source.publisher == "Reuters" && copy.excerpt == nil)
    #expect(copy.facts.speaker == "Geng Shuang" && copy.note == nil)
    #expect(copy.path == "other.jsonl" && copy.location == SourceLocation(line: 9, column: 3))
    #expect(copy != item)
  }

  @Test("items are equal by their fields, whether shared, copied or read twice")
  func equality() {
    let copy = item
    #expect(copy == item)
    #expect(
      F.item(#"{"id": "tass-1", "claims": ["c1"], "source": {"publisher": "TASS"}}"#)
        == F.item(#"{"id": "tass-1", "claims": ["c1"], "source": {"publisher": "TASS"}}"#))
    var changedBack = item
    changedBack.note = "second"
    changedBack.note = "first"
    #expect(changedBack == item)
  }

  @Test("an item's claim ids share the ledger's strings; an id the ledger lacks is kept as read")
  func claimIDsShareTheLedgersStrings() throws {
    let ledgerID = String("geng-quoted-in-newsweek-about-partnership".reversed().reversed())
    let json = try JSONParser().parse(
      #"{"id": "ev", "claims": ["geng-quoted-in-newsweek-about-partnership", "not-in-the-ledger-at-all-x"], "source": {"publisher": "Newsweek"}}"#
    )
    let item = EvidenceItem(json: json, path: "evidence.jsonl", claimIDs: [ledgerID])
    #expect(
      item.claims == ["geng-quoted-in-newsweek-about-partnership", "not-in-the-ledger-at-all-x"])
    let storage = { (text: String) in
      text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }.flatMap { $0 }
    }
    // One allocation for the id, not one more for every item that names the claim.
    #expect(storage(item.claims[0]) != nil)
    #expect(storage(item.claims[0]) == storage(ledgerID))
  }
}
