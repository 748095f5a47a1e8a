import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Review hashes and chains")
struct ReviewChainTests {
  private static func reviewed(_ id: String = "c1", statuses: [Review.Status]) -> Claim {
    var claim = CheckFixtures.claim(id, [])
    for (index, status) in statuses.enumerated() {
      var review = Review(
        status: status, time: "2026-11-0\(index + 1)T10:00:00Z", reviewer: "Desk \(index)",
        evidence: ["ev-\(index)"], note: index == 0 ? "first" : nil, reason: nil,
        previousHash: claim.reviews.last?.hash, hash: "")
      review.hash = ReviewHash.hash(of: review, claimID: id)
      claim.reviews.append(review)
    }
    return claim
  }

  @Test("the canonical text is documented compact JSON, and the hash is its SHA-256")
  func canonicalForm() {
    let claim = Self.reviewed(statuses: [.verified])
    let text = ReviewHash.canonicalText(of: claim.reviews[0], claimID: "c1")
    #expect(
      text
        == #"{"claim":"c1","status":"verified","time":"2026-11-01T10:00:00Z","reviewer":"Desk 0","evidence":["ev-0"],"note":"first","reason":null,"previous":null}"#
    )
    #expect(claim.reviews[0].hash == SHA256.hexDigest(of: text.utf8))
  }

  @Test("an intact chain has no problems")
  func intact() {
    #expect(
      ReviewChain.problems(in: Self.reviewed(statuses: [.verified, .disputed, .unverified])).isEmpty
    )
  }

  @Test("an edited review is found, naming the claim and the entry")
  func edited() {
    var claim = Self.reviewed(statuses: [.verified, .disputed, .unverified])
    claim.reviews[1].note = "quietly changed"
    let problems = ReviewChain.problems(in: claim)
    #expect(problems.map(\.entry) == [1])
    #expect(problems.first?.message.hasPrefix("review 2 was changed after it was written") == true)
    #expect(problems.first?.claimID == "c1")
  }

  @Test("a removed review breaks the chain at the one after it")
  func removed() {
    var claim = Self.reviewed(statuses: [.verified, .disputed, .unverified])
    claim.reviews.remove(at: 1)
    #expect(ReviewChain.problems(in: claim).map(\.entry) == [1])
  }

  @Test("an inserted review is found, even one with a correct hash of its own")
  func inserted() {
    var claim = Self.reviewed(statuses: [.verified, .disputed])
    var forged = Review(
      status: .verified, time: "2026-11-05T10:00:00Z", reviewer: "Forger",
      previousHash: claim.reviews[0].hash, hash: "")
    forged.hash = ReviewHash.hash(of: forged, claimID: "c1")
    claim.reviews.insert(forged, at: 1)
    // The original second review now starts a second line from the first; the forged one
    // ends a line nothing joins.
    #expect(ReviewChain.problems(in: claim).map(\.entry) == [1])
  }

  @Test(
    "a copy of a review, inserted after it or appended at the end, is found though its links hold",
    arguments: [(1, 2), (2, 3)])
  func copied(original: Int, at position: Int) {
    var claim = Self.reviewed(statuses: [.verified, .disputed, .unverified])
    claim.reviews.insert(claim.reviews[original], at: position)
    let problems = ReviewChain.problems(in: claim)
    #expect(problems.map(\.entry) == [position])
    #expect(
      problems.first?.message
        == "review \(position + 1) is a copy of review \(original + 1) (the same hash): a review was copied into the trail"
    )
  }

  @Test("reordered reviews are found")
  func reordered() {
    var claim = Self.reviewed(statuses: [.verified, .disputed, .unverified])
    claim.reviews.swapAt(1, 2)
    #expect(!ReviewChain.problems(in: claim).isEmpty)
    #expect(ReviewChain.problems(in: claim).map(\.entry).contains(1))
  }

  @Test("a review moved from another claim does not hash on this one")
  func moved() {
    let other = Self.reviewed("c2", statuses: [.verified])
    var claim = CheckFixtures.claim("c1", [])
    claim.reviews = other.reviews
    #expect(ReviewChain.problems(in: claim).map(\.entry) == [0])
  }

  /// A review on `claim` following `previous` (and joining `merged`), hashed.
  private static func review(
    _ status: Review.Status, day: Int, on claim: Claim, previous: Int?, merged: Int? = nil
  ) -> Review {
    var review = Review(
      status: status, time: "2026-11-\(10 + day)T10:00:00Z", reviewer: "Desk",
      previousHash: previous.map { claim.reviews[$0].hash },
      mergedHash: merged.map { claim.reviews[$0].hash }, hash: "")
    review.hash = ReviewHash.hash(of: review, claimID: claim.id)
    return review
  }

  /// A trail that forked after its first review (one review on each line) and was merged.
  private static func merged() -> Claim {
    var claim = reviewed(statuses: [.verified])
    claim.reviews.append(review(.disputed, day: 1, on: claim, previous: 0))
    claim.reviews.append(review(.disputed, day: 2, on: claim, previous: 0))
    claim.reviews.append(review(.disputed, day: 3, on: claim, previous: 1, merged: 2))
    return claim
  }

  @Test(
    "two lines joined by a merge review are intact, and a merge key changes only merges' hashes")
  func mergedTrail() {
    let claim = Self.merged()
    #expect(ReviewChain.problems(in: claim).isEmpty)
    #expect(
      ReviewHash.canonicalText(of: claim.reviews[3], claimID: "c1").hasSuffix(
        "\"previous\":\"\(claim.reviews[1].hash)\",\"merged\":\"\(claim.reviews[2].hash)\"}"))
    #expect(!ReviewHash.canonicalText(of: claim.reviews[2], claimID: "c1").contains("merged"))
  }

  @Test("a merged trail still shows edits, removals, loose lines and false merges")
  func mergedTrailBreaks() {
    var edited = Self.merged()
    edited.reviews[2].note = "changed"
    #expect(ReviewChain.problems(in: edited).map(\.entry).contains(2))

    var removedLine = Self.merged()
    removedLine.reviews.remove(at: 2)
    #expect(ReviewChain.problems(in: removedLine).map(\.entry) == [2])

    var noMerge = Self.merged()
    noMerge.reviews.removeLast()
    #expect(
      ReviewChain.problems(in: noMerge).map(\.message) == [
        "review 2 ends a line of the trail that no merge review joins (a review was removed, inserted or reordered after it)"
      ])

    // A merge review that joins a line's end with a review already followed.
    var falseMerge = Self.reviewed(statuses: [.verified, .disputed])
    falseMerge.reviews.append(
      Self.review(.verified, day: 4, on: falseMerge, previous: 1, merged: 0))
    #expect(
      ReviewChain.problems(in: falseMerge).map(\.message) == [
        "review 3: a merge review must join the ends of two lines of the trail"
      ])

    // A plain review that follows an earlier line's end, skipping the review before it.
    var skipped = Self.merged()
    skipped.reviews.append(Self.review(.verified, day: 5, on: skipped, previous: 3))
    skipped.reviews.append(Self.review(.verified, day: 6, on: skipped, previous: 3))
    #expect(!ReviewChain.problems(in: skipped).isEmpty)
  }

  @Test("the head hash pins every review: removing the last one changes it")
  func head() {
    let claims = [
      Self.reviewed("c1", statuses: [.verified, .disputed]),
      Self.reviewed("c2", statuses: [.verified]),
    ]
    let head = ReviewChain.headHash(of: claims)
    #expect(head == ReviewChain.headHash(of: claims.reversed()))
    var shortened = claims
    shortened[0].reviews.removeLast()
    #expect(ReviewChain.problems(in: shortened[0]).isEmpty)
    #expect(ReviewChain.headHash(of: shortened) != head)
  }

  @Test("a ledger's head hash is its records' head hash, whichever of them carry reviews")
  func ledgerHead() throws {
    let folder = try TemporaryFolder()
    var ledger = try LedgerLoader().load(at: folder.copyOfShippedLedger().path)
    let unreviewed = ReviewChain.headHash(of: ledger)
    #expect(unreviewed == ReviewChain.headHash(of: []))
    let claims = ledger.articles[0].claims
    let last = claims.count - 1
    ledger.articles[0].claims[last].claim.reviews =
      Self.reviewed(claims[last].claim.id, statuses: [.verified, .disputed]).reviews
    ledger.articles[0].claims[0].claim.reviews =
      Self.reviewed(claims[0].claim.id, statuses: [.verified]).reviews
    let head = ReviewChain.headHash(of: ledger)
    #expect(head != unreviewed)
    #expect(head == ReviewChain.headHash(of: ledger.claims.map(\.claim)))
  }
}
