import TestSupport
import Testing

@testable import FactLedger

@Suite("History writers: text for people, JSON for programs")
struct HistoryWriterTests {
  /// A claim with a verdict and a changed verdict, their hashes chained.
  private static func history(editingReviewer: Bool = false) -> ClaimHistory {
    var claim = CheckFixtures.claim("c1", [])
    claim.text = "A drill\nbegan."
    let reviews: [(Review.Status, String?, String?, [String])] = [
      (.verified, "TASS ran it", nil, ["ev-1", "ev-2"]),
      (.disputed, nil, "date-mismatch", []),
    ]
    for (index, (status, note, reason, evidence)) in reviews.enumerated() {
      var review = Review(
        status: status, time: "2026-11-0\(index + 1)T10:00:00Z", reviewer: "Desk \(index + 1)",
        evidence: evidence, note: note, reason: reason, previousHash: claim.reviews.last?.hash,
        hash: "")
      review.hash = ReviewHash.hash(of: review, claimID: claim.id)
      claim.reviews.append(review)
    }
    if editingReviewer { claim.reviews[0].reviewer = "Someone else" }
    return ClaimHistory(LoadedClaim(claim: claim, path: "claims/c1.json", json: .null))
  }

  @Test("text: the claim, each review numbered with its parts, and an intact chain")
  func text() {
    let history = Self.history()
    let hashes = history.claim.reviews.map(\.hash)
    #expect(
      HistoryTextWriter().write(history) == """
        c1: A drill\\nbegan.

        1. 2026-11-01T10:00:00Z  verified  by Desk 1
           note: TASS ran it
           evidence: ev-1, ev-2
           hash: \(hashes[0])

        2. 2026-11-02T10:00:00Z  disputed  by Desk 2
           reason: date-mismatch
           hash: \(hashes[1])

        chain intact (2 reviews)

        """)
  }

  @Test("text: a claim with no reviews, and a broken chain")
  func textEdgeCases() {
    var empty = Self.history()
    empty.claim.reviews = []
    empty.problems = []
    #expect(
      HistoryTextWriter().write(empty)
        == "c1: A drill\\nbegan.\nno reviews yet\n\nchain intact (0 reviews)\n")
    let broken = Self.history(editingReviewer: true)
    #expect(!broken.isIntact)
    #expect(
      HistoryTextWriter().write(broken).hasSuffix(
        "\n   hash: \(broken.claim.reviews[1].hash)\n\nchain BROKEN\n"))
  }

  @Test("JSON: the claim, its file, its reviews as stored, and each problem numbered from 1")
  func json() throws {
    let broken = Self.history(editingReviewer: true)
    let document = try JSONParser().parse(HistoryJSONWriter().write(broken))
    #expect(document["claim"]?.stringValue == "c1")
    #expect(document["file"]?.stringValue == "claims/c1.json")
    #expect(document["reviews"]?.arrayValue == broken.claim.reviews.map(\.json))
    #expect(document["chain"]?["intact"] == .bool(false))
    let problems = document["chain"]?["problems"]?.arrayValue ?? []
    #expect(problems.map { $0["entry"]?.intValue } == broken.problems.map { $0.entry + 1 })
    #expect(
      problems.first?["message"]?.stringValue?.hasPrefix(
        "review 1 was changed after it was written") == true)
    #expect(
      HistoryJSONWriter().write(Self.history()).hasSuffix(
        "  \"chain\": {\n    \"intact\": true,\n    \"problems\": []\n  }\n}\n"))
  }

  @Test("a broken chain is a broken-review-chain error at the review, naming the claim")
  func findings() {
    let broken = Self.history(editingReviewer: true)
    #expect(broken.findings.map(\.rule) == [.brokenReviewChain])
    #expect(broken.findings.first?.recordID == "c1")
    #expect(broken.findings.first?.path == "claims/c1.json")
    #expect(Self.history().findings.isEmpty)
  }

  @Test("the formats are text and json, each with its writer")
  func formats() {
    #expect(HistoryFormat.allCases.map(\.rawValue) == ["text", "json"])
    #expect(HistoryFormat.text.writer is HistoryTextWriter)
    #expect(HistoryFormat.json.writer is HistoryJSONWriter)
  }
}
