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
    #expect(ReviewChain.problems(in: claim).map(\.entry) == [2])
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
}
