import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Recording reviews")
struct ReviewRecorderTests {
  private let fixture: LedgerFixture

  init() throws {
    fixture = try LedgerFixture(claims: [
      "first": LedgerFixture.claim(id: "first"), "second": LedgerFixture.claim(id: "second"),
    ])
  }

  private var ledger: Ledger { get throws { try LedgerLoader().load(at: fixture.root) } }
  private func text(_ id: String) throws -> String {
    try String(contentsOfFile: fixture.root + "/articles/a1/claims/\(id).json", encoding: .utf8)
  }
  private func request(_ ids: [String], _ status: Review.Status, reason: String? = nil)
    -> ReviewRecorder.Request
  {
    ReviewRecorder.Request(
      claimIDs: ids, status: status, reviewer: "Desk", note: "n", evidence: ["ev-1"], reason: reason
    )
  }

  @Test("a review is appended, chained, and only the new lines change in the file")
  func appends() throws {
    let recorder = ReviewRecorder(root: fixture.root)
    _ = try recorder.record([request(["first"], .verified)], in: try ledger)
    let before = try text("first")
    let entries = try recorder.record([request(["first"], .unverified)], in: try ledger).entries
    let after = try text("first")
    let claim = try #require(try ledger.claims.first { $0.claim.id == "first" }).claim
    #expect(claim.reviews.count == 2)
    #expect(claim.reviews[1].previousHash == claim.reviews[0].hash)
    #expect(ReviewChain.problems(in: claim).isEmpty)
    #expect(entries.first?.previousStatus == .verified)
    // Everything before the last review's closing brace is unchanged.
    let keep = before.range(of: "\n    }\n  ]\n}\n")!.lowerBound
    #expect(after.hasPrefix(String(before[..<keep]) + "\n    },\n    {\n"))
  }

  @Test("an unknown id anywhere writes nothing for any id")
  func unknownID() throws {
    let before = try text("first")
    #expect(throws: ReviewRecorder.Failure.unknownClaims(["nope"])) {
      try ReviewRecorder(root: fixture.root).record(
        [request(["first", "nope"], .verified)], in: try ledger)
    }
    #expect(try text("first") == before)
  }

  @Test("changing a final verdict needs a reason; an undo to unverified does not")
  func reasonRule() throws {
    let recorder = ReviewRecorder(root: fixture.root)
    _ = try recorder.record([request(["first"], .verified)], in: try ledger)
    #expect(
      throws: ReviewRecorder.Failure.reasonRequired(
        claimID: "first", from: .verified, to: .disputed)
    ) {
      try recorder.record([request(["first"], .disputed)], in: try ledger)
    }
    _ = try recorder.record(
      [request(["first"], .disputed, reason: "date-mismatch")], in: try ledger)
    _ = try recorder.record([request(["first"], .unverified)], in: try ledger)
    #expect(
      try ledger.claims.first { $0.claim.id == "first" }?.claim.reviews.map(\.status) == [
        .verified, .disputed, .unverified,
      ])
  }

  @Test(
    "a verdict changed through unverified still needs a reason; the same verdict again does not")
  func reasonThroughUnverified() throws {
    let recorder = ReviewRecorder(root: fixture.root)
    _ = try recorder.record([request(["first"], .verified)], in: try ledger)
    _ = try recorder.record([request(["first"], .unverified)], in: try ledger)
    let before = try text("first")
    #expect(
      throws: ReviewRecorder.Failure.reasonRequired(
        claimID: "first", from: .verified, to: .disputed)
    ) {
      try recorder.record([request(["first"], .disputed)], in: try ledger)
    }
    #expect(try text("first") == before)
    _ = try recorder.record([request(["first"], .verified)], in: try ledger)
    #expect(
      try ledger.claims.first { $0.claim.id == "first" }?.claim.reviews.map(\.status) == [
        .verified, .unverified, .verified,
      ])
  }

  @Test(
    "a claim named twice in one command, in one request or two, is refused; nothing is written")
  func repeatedClaim() throws {
    let before = (try text("first"), try text("second"))
    for requests in [
      [request(["first", "first"], .verified)],
      [request(["second", "first"], .verified), request(["first"], .disputed, reason: "refuted")],
    ] {
      #expect(throws: ReviewRecorder.Failure.repeatedClaim("first")) {
        try ReviewRecorder(root: fixture.root).record(requests, in: try ledger)
      }
    }
    #expect((try text("first"), try text("second")) == before)
  }

  @Test("a dry run plans the reviews and writes nothing")
  func dryRun() throws {
    let before = try text("second")
    let entries = try ReviewRecorder(root: fixture.root).record(
      [request(["second"], .verified)], in: try ledger, dryRun: true
    ).entries
    #expect(entries.map(\.claimID) == ["second"])
    #expect(try text("second") == before)
  }

  @Test("a lock held past the timeout gives a clear error and writes nothing")
  func lockTimeout() throws {
    let recorder = ReviewRecorder(root: fixture.root, lockTimeout: 0.2)
    let held = try FileLock(path: recorder.lockPath, timeout: 1)
    let before = try text("first")
    #expect(
      throws: ReviewRecorder.Failure.lockUnavailable(
        path: recorder.lockPath, detail: "another writer held it for more than 0.2 seconds")
    ) {
      try recorder.record([request(["first"], .verified)], in: try ledger)
    }
    #expect(try text("first") == before)
    withExtendedLifetime(held) {}
  }

  @Test(
    "a timeout is said as given, never rounded down to 0",
    arguments: [
      (10, "10 seconds"), (1, "1 second"), (0, "0 seconds"), (0.5, "0.5 seconds"),
      (2.125, "2.125 seconds"), (0.9996, "1 second"), (1e-300, "less than 0.001 seconds"),
    ] as [(Double, String)])
  func timeoutWords(seconds: Double, words: String) {
    #expect(FileLock.describe(seconds) == words)
  }

  @Test("a claim file that fails its schema after loading is refused and nothing is written")
  func invalidFile() throws {
    let loaded = try ledger
    let path = fixture.root + "/articles/a1/claims/second.json"
    let broken = try text("second").replacingOccurrences(
      of: "\"kind\": \"event\"", with: "\"kind\": \"rumour\"")
    try broken.write(toFile: path, atomically: true, encoding: .utf8)
    let first = try text("first")
    #expect(throws: ReviewRecorder.Failure.self) {
      try ReviewRecorder(root: fixture.root).record(
        [request(["first", "second"], .verified)], in: loaded)
    }
    #expect(try text("first") == first)
    #expect(try text("second") == broken)
  }
}
