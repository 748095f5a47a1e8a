import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A ledger in a temporary git repository (at `Ledger/` below its top), with claims whose
/// trails can be committed, then appended to or rewritten.
private struct GitLedger {
  let fixture: LedgerFixture
  var top: String { fixture.folder.path }
  var root: String { fixture.root }

  /// Commits a ledger whose claims have `counts[id]` reviews each.
  init(counts: [String: Int]) throws {
    fixture = try LedgerFixture(claims: [:])
    for (id, count) in counts { try write(id, Self.trail(id, count: count)) }
    try git("init", "--quiet")
    try commit("the ledger")
  }

  /// `count` reviews chained in order, the one at `edited` with a different note (and a hash
  /// recomputed, so that the chain itself stays intact).
  static func trail(_ id: String, count: Int, edited: Int? = nil) -> [Review] {
    var reviews: [Review] = []
    for index in 0..<count {
      var review = Review(
        status: index.isMultiple(of: 2) ? .verified : .disputed,
        time: "2026-11-0\(index + 1)T10:00:00Z", reviewer: "Desk \(index)",
        note: index == edited ? "quietly changed" : "review \(index + 1)", reason: "date-mismatch",
        previousHash: reviews.last?.hash, hash: "")
      review.hash = ReviewHash.hash(of: review, claimID: id)
      reviews.append(review)
    }
    return reviews
  }

  func path(of id: String) -> String { "Ledger/articles/a1/claims/\(id).json" }

  func write(_ id: String, _ reviews: [Review]) throws {
    let trail = reviews.map { JSONWriter().compactString(for: $0.json) }.joined(separator: ", ")
    try fixture.folder.write(
      LedgerFixture.claim(id: id).replacingOccurrences(
        of: #""reviews": []"#, with: #""reviews": [\#(trail)]"#),
      to: path(of: id))
  }

  func delete(_ id: String) throws {
    try FileManager.default.removeItem(atPath: top + "/" + path(of: id))
  }

  func commit(_ message: String) throws {
    try git("add", "--all")
    try git(
      "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
      "commit", "--quiet", "-m", message)
  }

  @discardableResult
  func git(_ arguments: String...) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = fixture.folder.url
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The problems of the working tree's trails against `revision`, as `file:line:column: ...`
  /// lines with paths from the repository's top.
  func problems(against revision: String = "HEAD") throws -> [String] {
    let ledger = try LedgerLoader().load(at: root)
    return try ReviewTrailAnchor(ledger: ledger).problems(against: revision).map {
      $0.description.replacingOccurrences(of: top + "/", with: "")
    }
  }
}

@Suite("verify --against: every trail extends the trail at a git revision")
struct ReviewTrailAnchorTests {
  @Test("appended reviews and a new claim pass")
  func appended() throws {
    let repository = try GitLedger(counts: ["c1": 2, "c2": 0])
    try repository.write("c1", GitLedger.trail("c1", count: 3))
    try repository.write("c2", GitLedger.trail("c2", count: 1))
    try repository.write("c3", GitLedger.trail("c3", count: 2))
    #expect(try repository.problems().isEmpty)
    try repository.commit("more reviews")
    #expect(try repository.problems(against: "HEAD~1").isEmpty)
  }

  @Test("the last review edited, with its hash recomputed, is found at the revision before it")
  func lastEdited() throws {
    let repository = try GitLedger(counts: ["c1": 2])
    try repository.write("c1", GitLedger.trail("c1", count: 2, edited: 1))
    try repository.commit("rewrite the last review")
    #expect(
      try ReviewChain.problems(in: LedgerLoader().load(at: repository.root).claims[0].claim).isEmpty
    )
    let old = GitLedger.trail("c1", count: 2)[1].hash.prefix(12)
    let new = GitLedger.trail("c1", count: 2, edited: 1)[1].hash.prefix(12)
    // The second review stands after the first and its ", " on the line of "reviews".
    let column =
      15 + JSONWriter().compactString(for: GitLedger.trail("c1", count: 1)[0].json).count + 2
    #expect(
      try repository.problems(against: "HEAD~1") == [
        "\(repository.path(of: "c1")):9:\(column): error: claim 'c1': review 2 at 'HEAD~1' was changed (its hash there is \(old)…, here \(new)…); reviews may only be appended [broken-review-chain]"
      ])
  }

  @Test("the last review removed is found")
  func lastRemoved() throws {
    let repository = try GitLedger(counts: ["c1": 2])
    try repository.write("c1", GitLedger.trail("c1", count: 1))
    #expect(
      try repository.problems() == [
        "\(repository.path(of: "c1")):9:15: error: claim 'c1': review 2 at 'HEAD' was removed; reviews may only be appended [broken-review-chain]"
      ])
  }

  @Test("a review changed in the middle is found, and a removed one is named as removed")
  func middle() throws {
    let repository = try GitLedger(counts: ["c1": 3, "c2": 3])
    try repository.write("c1", GitLedger.trail("c1", count: 3, edited: 1))
    var trail = GitLedger.trail("c2", count: 3)
    trail.remove(at: 1)
    try repository.write("c2", trail)
    let problems = try repository.problems()
    #expect(problems.count == 2)
    #expect(problems.first?.contains("claim 'c1': review 2 at 'HEAD' was changed") == true)
    #expect(problems.last?.contains("claim 'c2': review 2 at 'HEAD' was removed") == true)
  }

  @Test("a claim file deleted since the revision, with reviews, is found; one without is not")
  func deleted() throws {
    let repository = try GitLedger(counts: ["c1": 2, "c2": 0])
    try repository.delete("c1")
    try repository.delete("c2")
    #expect(
      try repository.problems() == [
        "\(repository.path(of: "c1")):9:15: error: claim 'c1': its file was deleted since 'HEAD', with its 2 reviews; reviews may only be appended [broken-review-chain]"
      ])
  }

  @Test("a revision git cannot resolve is an input error naming it")
  func unknownRevision() throws {
    let repository = try GitLedger(counts: ["c1": 1])
    for revision in ["no-such-branch", "-p", "HEAD~5"] {
      #expect(throws: GitError.unknownRevision(revision)) {
        try repository.problems(against: revision)
      }
    }
  }

  @Test("a ledger outside any git repository is an input error")
  func notARepository() throws {
    let fixture = try LedgerFixture()
    let ledger = try LedgerLoader().load(at: fixture.root)
    #expect(throws: GitError.notARepository(path: fixture.root)) {
      try ReviewTrailAnchor(ledger: ledger).problems(against: "HEAD")
    }
  }
}
