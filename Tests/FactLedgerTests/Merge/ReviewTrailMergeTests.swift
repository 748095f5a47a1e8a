import Testing

@testable import FactLedger

@Suite("Merging review trails")
struct ReviewTrailMergeTests {
  private func review(
    _ status: Review.Status, by reviewer: String, day: Int, after previous: Review?
  ) -> Review {
    var review = Review(
      status: status, time: "2026-11-\(10 + day)T10:00:00Z", reviewer: reviewer,
      evidence: ["ev-\(day)"], previousHash: previous?.hash, hash: "")
    review.hash = ReviewHash.hash(of: review, claimID: "c1")
    return review
  }

  private func claim(_ reviews: [Review]) -> Claim {
    var claim = CheckFixtures.claim("c1", [])
    claim.reviews = reviews
    return claim
  }

  @Test("one side's new reviews, or the same on both, are taken as they are")
  func oneSide() {
    let base = [review(.verified, by: "Desk", day: 1, after: nil)]
    let added = base + [review(.disputed, by: "Desk A", day: 2, after: base[0])]
    #expect(
      ReviewTrailMerge.merge(base: base, ours: base, theirs: added, claimID: "c1")
        == .merged(added))
    #expect(
      ReviewTrailMerge.merge(base: base, ours: added, theirs: added, claimID: "c1")
        == .merged(added))
  }

  @Test("diverged lines: both kept in time order whichever side merges, joined, chain intact")
  func diverged() throws {
    let base = [review(.verified, by: "Desk", day: 1, after: nil)]
    let early = base + [review(.verified, by: "Desk A", day: 2, after: base[0])]
    let late = base + [review(.verified, by: "Desk B", day: 3, after: base[0])]
    let one = ReviewTrailMerge.merge(base: base, ours: late, theirs: early, claimID: "c1")
    let other = ReviewTrailMerge.merge(base: base, ours: early, theirs: late, claimID: "c1")
    #expect(one == other)
    guard case .merged(let trail) = one else {
      Issue.record("not merged: \(one)")
      return
    }
    #expect(trail.map(\.reviewer) == ["Desk", "Desk A", "Desk B", ReviewTrailMerge.reviewer])
    #expect(trail[3].status == .verified)
    #expect(trail[3].evidence == ["ev-2", "ev-3"])
    #expect(trail[3].time == "2026-11-13T10:00:00Z")
    #expect(ReviewChain.problems(in: claim(trail)).isEmpty)
  }

  @Test("lines whose last statuses differ are joined as unverified, naming both")
  func disagreement() throws {
    let base: [Review] = []
    let ours = [review(.verified, by: "Desk A", day: 1, after: nil)]
    let theirs = [review(.disputed, by: "Desk B", day: 2, after: nil)]
    guard
      case .merged(let trail) = ReviewTrailMerge.merge(
        base: base, ours: ours, theirs: theirs, claimID: "c1")
    else {
      Issue.record("not merged")
      return
    }
    #expect(trail.last?.status == .unverified)
    #expect(trail.last?.note?.contains("verified by Desk A") == true)
    #expect(trail.last?.note?.contains("disputed by Desk B") == true)
    #expect(ReviewChain.problems(in: claim(trail)).isEmpty)
  }

  @Test("a side that changed or removed a review of the common trail is a conflict")
  func rewritten() {
    let base = [review(.verified, by: "Desk", day: 1, after: nil)]
    var edited = base
    edited[0].note = "changed, hash kept"
    let added = base + [review(.disputed, by: "Desk A", day: 2, after: base[0])]
    for (ours, theirs) in [(edited, added), (added, edited), ([], added)] {
      guard
        case .conflict = ReviewTrailMerge.merge(
          base: base, ours: ours, theirs: theirs, claimID: "c1")
      else {
        Issue.record("merged a rewritten trail")
        continue
      }
    }
  }
}
