import Foundation
import TestSupport
import Testing

/// `factledger merge-driver` as git calls it, in real repositories set up by `install-git`:
/// reviews of one claim on two or three branches, a review beside a text edit, a cherry-pick,
/// a rebase, and edits that must stay conflicts.
@Suite(
  "factledger merge-driver and install-git (the binary, with git)",
  .enabled(if: GitRunner.isAvailable, "git is not installed: these tests need a real repository"))
struct MergeDriverTests {
  private let claim = "kochkin-joint-design-work"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  @discardableResult
  private func git(_ arguments: [String], in scratch: TemporaryFolder) throws -> GitRunner.Result {
    try GitRunner.run(arguments, in: scratch.url)
  }

  /// The shipped ledger in a repository on `main`, with the merge driver installed.
  private func repository() throws -> TemporaryFolder {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    try git(["init", "--quiet"], in: scratch)
    let installed = try CLIRunner.run(
      ["install-git", "--command", CLIRunner.binary.path], in: scratch.url)
    try #require(installed.status == 0, "\(installed.stderr)")
    try git(["add", "--all"], in: scratch)
    try git(["commit", "--quiet", "-m", "the ledger"], in: scratch)
    return scratch
  }

  /// Marks the claim on the branch checked out and commits.
  private func review(
    _ status: String, by reviewer: String, in scratch: TemporaryFolder, reason: String? = nil
  ) throws {
    let result = try CLIRunner.run(
      ["mark", claim, status, "--by", reviewer] + (reason.map { ["--reason", $0] } ?? []),
      in: scratch.url)
    try #require(result.status == 0, "\(result.stderr)")
    try git(["commit", "--quiet", "--all", "-m", "\(reviewer): \(status)"], in: scratch)
  }

  private func reviews(in scratch: TemporaryFolder) throws -> [[String: Any]] {
    let data = try Data(contentsOf: scratch.url.appendingPathComponent(claimFile))
    let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return try #require(record["reviews"] as? [[String: Any]])
  }

  private func verify(_ scratch: TemporaryFolder) throws -> Int32 {
    try CLIRunner.run(["verify"], in: scratch.url).status
  }

  @Test("install-git adds the attribute and the config once, and names the driver's command")
  func install() throws {
    let scratch = try repository()
    let again = try CLIRunner.run(
      ["install-git", "--command", CLIRunner.binary.path], in: scratch.url)
    #expect(again.status == 0)
    let attributes = try String(
      contentsOf: scratch.url.appendingPathComponent(".gitattributes"), encoding: .utf8)
    #expect(attributes == "Ledger/articles/*/claims/*.json merge=factledger\n")
    let driver = try git(["config", "merge.factledger.driver"], in: scratch).stdout
    #expect(driver == "\(CLIRunner.binary.path) merge-driver %O %A %B %P\n")
  }

  @Test("two branches review one claim: both reviews kept, joined by a merge review, chain intact")
  func twoBranches() throws {
    let scratch = try repository()
    try git(["checkout", "--quiet", "-b", "desk-a"], in: scratch)
    try review("verified", by: "Desk A", in: scratch)
    try git(["checkout", "--quiet", "main"], in: scratch)
    try review("verified", by: "Desk B", in: scratch)
    let merge = try git(["merge", "--quiet", "--no-edit", "desk-a"], in: scratch)
    #expect(merge.status == 0)
    let trail = try reviews(in: scratch)
    #expect(trail.map { $0["reviewer"] as? String }.contains("Desk A"))
    #expect(trail.map { $0["reviewer"] as? String }.contains("Desk B"))
    #expect(trail.count == 3)
    #expect(trail.last?["merged"] is String)
    #expect(trail.last?["status"] as? String == "verified")
    #expect(try verify(scratch) == 0)
    let history = try CLIRunner.run(["history", claim], in: scratch.url)
    #expect(history.stdout.contains("merges: the lines ending at review 1 and review 2"))
  }

  @Test("merging either way gives the same file; reviews that disagree merge as unverified")
  func symmetric() throws {
    let scratch = try repository()
    try git(["checkout", "--quiet", "-b", "desk-a"], in: scratch)
    try review("verified", by: "Desk A", in: scratch)
    try git(["checkout", "--quiet", "-b", "desk-b", "main"], in: scratch)
    try review("disputed", by: "Desk B", in: scratch, reason: "misquote")
    try git(["checkout", "--quiet", "-b", "a-into-b", "desk-b"], in: scratch)
    #expect(try git(["merge", "--quiet", "--no-edit", "desk-a"], in: scratch).status == 0)
    let one = try Data(contentsOf: scratch.url.appendingPathComponent(claimFile))
    try git(["checkout", "--quiet", "-b", "b-into-a", "desk-a"], in: scratch)
    #expect(try git(["merge", "--quiet", "--no-edit", "desk-b"], in: scratch).status == 0)
    let other = try Data(contentsOf: scratch.url.appendingPathComponent(claimFile))
    #expect(one == other)
    let trail = try reviews(in: scratch)
    #expect(trail.last?["status"] as? String == "unverified")
    #expect((trail.last?["note"] as? String)?.contains("disagree") == true)
    #expect(try verify(scratch) == 0)
  }

  @Test("three branches merged one after another keep every review, and the trail verifies")
  func threeBranches() throws {
    let scratch = try repository()
    for desk in ["a", "b", "c"] {
      try git(["checkout", "--quiet", "-b", "desk-\(desk)", "main"], in: scratch)
      try review("verified", by: "Desk \(desk.uppercased())", in: scratch)
    }
    try git(["checkout", "--quiet", "main"], in: scratch)
    for desk in ["a", "b", "c"] {
      #expect(try git(["merge", "--quiet", "--no-edit", "desk-\(desk)"], in: scratch).status == 0)
    }
    let reviewers = try reviews(in: scratch).compactMap { $0["reviewer"] as? String }
    #expect(Set(["Desk A", "Desk B", "Desk C"]).isSubset(of: Set(reviewers)))
    #expect(reviewers.filter { $0 == "factledger merge-driver" }.count == 2)
    #expect(try verify(scratch) == 0)
    #expect(try CLIRunner.run(["validate"], in: scratch.url).status == 0)
  }

  @Test("a review on one branch and a text edit on another merge field by field")
  func reviewAndTextEdit() throws {
    let scratch = try repository()
    try git(["checkout", "--quiet", "-b", "desk-a"], in: scratch)
    try review("verified", by: "Desk A", in: scratch)
    try git(["checkout", "--quiet", "main"], in: scratch)
    let file = scratch.url.appendingPathComponent(claimFile)
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "is underway.\"", with: "is under way.\"").write(
      to: file, atomically: true, encoding: .utf8)
    try git(["commit", "--quiet", "--all", "-m", "edit the claim text"], in: scratch)
    #expect(try git(["merge", "--quiet", "--no-edit", "desk-a"], in: scratch).status == 0)
    let merged = try String(contentsOf: file, encoding: .utf8)
    #expect(merged.contains("is under way.\""))
    #expect(try reviews(in: scratch).count == 1)
    #expect(try verify(scratch) == 0)
  }

  @Test("the same review cherry-picked to both sides is kept once")
  func cherryPick() throws {
    let scratch = try repository()
    try git(["checkout", "--quiet", "-b", "desk-a"], in: scratch)
    try review("verified", by: "Desk A", in: scratch)
    let picked = try git(["rev-parse", "HEAD"], in: scratch).stdout.trimmingCharacters(
      in: .whitespacesAndNewlines)
    try git(["checkout", "--quiet", "main"], in: scratch)
    #expect(try git(["cherry-pick", picked], in: scratch).status == 0)
    #expect(try git(["merge", "--quiet", "--no-edit", "desk-a"], in: scratch).status == 0)
    #expect(try reviews(in: scratch).count == 1)
    #expect(try verify(scratch) == 0)
  }

  @Test("a branch with a review rebased onto one with another keeps both, chained")
  func rebase() throws {
    let scratch = try repository()
    try git(["checkout", "--quiet", "-b", "desk-a"], in: scratch)
    try review("verified", by: "Desk A", in: scratch)
    try git(["checkout", "--quiet", "main"], in: scratch)
    try review("verified", by: "Desk B", in: scratch)
    try git(["checkout", "--quiet", "desk-a"], in: scratch)
    #expect(try git(["rebase", "--quiet", "main"], in: scratch).status == 0)
    #expect(try reviews(in: scratch).count == 3)
    #expect(try verify(scratch) == 0)
  }

  @Test("the claim text edited differently on both sides stays a conflict, both versions marked")
  func conflict() throws {
    let scratch = try repository()
    let file = scratch.url.appendingPathComponent(claimFile)
    let original = try String(contentsOf: file, encoding: .utf8)
    for (branch, words) in [("desk-a", "is under way (A)."), ("main", "is under way (B).")] {
      if branch != "main" { try git(["checkout", "--quiet", "-b", branch], in: scratch) }
      if branch == "main" { try git(["checkout", "--quiet", "main"], in: scratch) }
      try original.replacingOccurrences(of: "is underway.\"", with: "\(words)\"").write(
        to: file, atomically: true, encoding: .utf8)
      try git(["commit", "--quiet", "--all", "-m", branch], in: scratch)
    }
    let merge = try git(["merge", "--no-edit", "desk-a"], in: scratch)
    #expect(merge.status != 0)
    let marked = try String(contentsOf: file, encoding: .utf8)
    #expect(marked.contains("<<<<<<< ours"))
    #expect(marked.contains("(A)."))
    #expect(marked.contains("(B)."))
  }

  @Test("a branch that rewrote a review of the common trail cannot merge silently")
  func rewrittenTrail() throws {
    let scratch = try repository()
    try review("verified", by: "Desk A", in: scratch)
    try git(["checkout", "--quiet", "-b", "desk-b"], in: scratch)
    let file = scratch.url.appendingPathComponent(claimFile)
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"Desk A\"", with: "\"Desk Z\"").write(
      to: file, atomically: true, encoding: .utf8)
    try git(["commit", "--quiet", "--all", "-m", "rewrite"], in: scratch)
    try git(["checkout", "--quiet", "main"], in: scratch)
    try review("disputed", by: "Desk C", in: scratch, reason: "misquote")
    let merge = try git(["merge", "--no-edit", "desk-b"], in: scratch)
    #expect(merge.status != 0)
    #expect(try String(contentsOf: file, encoding: .utf8).contains("<<<<<<<"))
  }

  @Test(
    "the pre-commit hook lints against the ledger's baseline: a change with no new finding commits, one without the baseline does not"
  )
  func hookBaseline() throws {
    let scratch = try repository()
    let installed = try CLIRunner.run(
      ["install-git", "--hook", "--command", CLIRunner.binary.path], in: scratch.url)
    #expect(installed.status == 0)
    let marked = try CLIRunner.run(
      ["mark", "vostok-2018-tsugol", "verified", "--by", "Desk"], in: scratch.url)
    #expect(marked.status == 0, "\(marked.stderr)")
    try git(["add", "--all"], in: scratch)
    let committed = try git(["commit", "--quiet", "-m", "a review"], in: scratch)
    #expect(committed.status == 0)
    try FileManager.default.removeItem(
      at: scratch.url.appendingPathComponent("Ledger/lint-baseline.json"))
    _ = try CLIRunner.run(
      ["mark", "vostok-2018-tsugol", "unverified", "--by", "Desk"], in: scratch.url)
    try git(["add", "--all"], in: scratch)
    #expect(try git(["commit", "--quiet", "-m", "no baseline"], in: scratch).status != 0)
  }

  @Test("install-git --hook installs a pre-commit hook that stops a commit with a new finding")
  func hook() throws {
    let scratch = try repository()
    let installed = try CLIRunner.run(
      ["install-git", "--hook", "--command", CLIRunner.binary.path], in: scratch.url)
    #expect(installed.status == 0)
    // The shipped ledger's own findings are in the article's claims; stage one of them.
    let file = scratch.url.appendingPathComponent(claimFile)
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    record["attribution"] = ["type": "none"]
    try JSONSerialization.data(withJSONObject: record, options: .prettyPrinted).write(to: file)
    try git(["add", claimFile], in: scratch)
    #expect(try git(["commit", "--quiet", "-m", "unsourced"], in: scratch).status != 0)
    // A foreign hook is not replaced without --replace-hook.
    let hook = scratch.url.appendingPathComponent(".git/hooks/pre-commit")
    try "#!/bin/sh\nexit 0\n".write(to: hook, atomically: true, encoding: .utf8)
    let refused = try CLIRunner.run(
      ["install-git", "--hook", "--command", CLIRunner.binary.path], in: scratch.url)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("factledger did not write"))
  }
}
