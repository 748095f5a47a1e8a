import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A loaded record keeps its record, path and positions in one shared box: copies are cheap,
/// and a change to one copy must never show in another.
@Suite("Loaded records as values")
struct LoadedClaimTests {
  @Test("changing a copy's record, path or positions leaves the original as it was")
  func copiesAreIndependent() throws {
    let folder = try TemporaryFolder()
    let ledger = try LedgerLoader().load(at: folder.copyOfShippedLedger().path)
    let original = ledger.articles[0].claims[0]
    let text = original.claim.text
    let path = original.path
    let positions = original.positions

    var changedRecord = original
    changedRecord.claim.text = "changed"
    var changedPath = original
    changedPath.path = "elsewhere.json"
    var changedPositions = original
    changedPositions.positions.id = SourceLocation(line: 99, column: 9)

    #expect(changedRecord.claim.text == "changed")
    #expect(changedRecord.path == path)
    #expect(changedPath.path == "elsewhere.json")
    #expect(changedPath.claim.text == text)
    #expect(changedPositions.positions.id == SourceLocation(line: 99, column: 9))
    #expect(changedPositions.path == path)
    #expect(original.claim.text == text)
    #expect(original.path == path)
    #expect(original.positions == positions)
    #expect(ledger.articles[0].claims[0].claim.text == text)
  }

  @Test("the record withClaim lends is the record, and a changed copy lends its own")
  func withClaimLendsTheRecord() throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let original = try #require(ledger.claims.first { $0.claim.attribution.cue != nil })
    #expect(original.withClaim { $0 } == original.claim)
    #expect(original.withClaim(\.attribution.cue?.exact) == original.claim.attribution.cue?.exact)
    var changed = original
    changed.claim.text = "changed"
    #expect(changed.withClaim(\.text) == "changed")
    #expect(original.withClaim(\.text) != "changed")
    #expect(original.withClaim(\.text) == original.claim.text)
  }

  @Test(
    "a record's path is the one it was given, byte for byte, whether its file is named by its id or not",
    arguments: [
      ("Ledger/articles/a/claims/c.json", "c"), ("/abs/claims/c.json", "c"), ("c.json", "c"),
      ("/c.json", "c"), ("Ledger//claims/c.json", "c"), ("Ledger/claims/", "c"),
      ("Ledger/claims/other-name.json", "c"), ("x/a\u{600}/c.json", "c"),
      ("x/a\u{600}/other.json", "c"), ("Ledger/x/\u{301}c.json", "c"),
      ("Ledger/caf\u{E9}/claims/caf\u{E9}.json", "cafe\u{301}"),
      ("Ledger/caf\u{E9}/claims/cafe\u{301}.json", "cafe\u{301}"),
    ])
  func pathAsGiven(path: String, id: String) throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    var claim = try #require(ledger.claims.first).claim
    claim.id = id
    let json = try JSONParser().parse(Array(#"{"id": "c"}"#.utf8))
    let record = LoadedClaim(claim: claim, path: path, json: json)
    #expect(Array(record.path.utf8) == Array(path.utf8))
    var moved = try #require(ledger.claims.first)
    moved.claim = claim
    moved.path = path
    #expect(Array(moved.path.utf8) == Array(path.utf8))
    #expect(moved.claim == claim)
  }

  @Test(
    "a loaded record keeps its file's path when its id is changed, and a copy's path is its own")
  func pathKeptWhenIDChanges() throws {
    let folder = try TemporaryFolder()
    let ledger = try LedgerLoader().load(at: folder.copyOfShippedLedger().path)
    let original = ledger.articles[0].claims[0]
    let path = original.path
    #expect(path.hasSuffix("/claims/\(original.id).json"))
    var renamed = original
    renamed.claim.id = "another-id"
    #expect(renamed.path == path)
    #expect(renamed.id == "another-id")
    var renamedTwice = renamed
    renamedTwice.claim.id = "a-third-id"
    #expect(renamedTwice.path == path)
    #expect(original.path == path)
  }
}
