import Foundation
import TestSupport
import Testing

@Suite(
  "factledger verify (the binary; --against in a git repository)",
  .enabled(if: GitRunner.isAvailable, "git is not installed: these tests need a real repository"))
struct VerifyCommandTests {
  private let claim = "kochkin-joint-design-work"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  @discardableResult
  private func git(_ arguments: [String], in scratch: TemporaryFolder) throws -> Int32 {
    try GitRunner.run(arguments, in: scratch.url).status
  }

  /// A copy of the shipped ledger committed twice: as shipped, then with one review on `claim`.
  private func repository() throws -> TemporaryFolder {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    try git(["init", "--quiet"], in: scratch)
    try git(["add", "--all"], in: scratch)
    try git(["commit", "--quiet", "-m", "the ledger"], in: scratch)
    #expect(
      try CLIRunner.run(["mark", claim, "verified", "--by", "Desk"], in: scratch.url).status == 0)
    try git(["commit", "--quiet", "--all", "-m", "a review"], in: scratch)
    return scratch
  }

  @Test("an edited review makes verify exit 1, naming the file, line, claim and entry")
  func editedReview() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    for status in ["verified", "unverified"] {
      #expect(
        try CLIRunner.run(["mark", claim, status, "--by", "Desk"], in: scratch.url).status == 0)
    }
    let file = scratch.url.appendingPathComponent(claimFile)
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(
      of: "\"reviewer\": \"Desk\"", with: "\"reviewer\": \"Someone else\""
    )
    .write(to: file, atomically: true, encoding: .utf8)
    let verify = try CLIRunner.run(["verify", "--head"], in: scratch.url)
    #expect(verify.status == 1)
    #expect(verify.stderr.contains("\(claimFile):"))
    #expect(verify.stderr.contains("claim '\(claim)': review 1 was changed after it was written"))
    #expect(verify.stdout.contains("head "))
  }

  @Test("--help documents --against")
  func help() throws {
    let result = try CLIRunner.run(["verify", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("--against <REF>"))
  }

  @Test("a trail with a review appended since the revision passes, and says so")
  func appended() throws {
    let scratch = try repository()
    #expect(
      try CLIRunner.run(
        ["mark", claim, "disputed", "--by", "Desk", "--reason", "misquote"], in: scratch.url
      )
      .status == 0)
    let result = try CLIRunner.run(["verify", "--against", "HEAD"], in: scratch.url)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(result.stdout.contains("every trail extends the one at 'HEAD'"))
  }

  @Test("a review removed since the revision passes verify but fails verify --against, exit 1")
  func removed() throws {
    let scratch = try repository()
    try git(["checkout", "--quiet", "HEAD~1", "--", claimFile], in: scratch)
    #expect(try CLIRunner.run(["verify"], in: scratch.url).status == 0)
    let result = try CLIRunner.run(["verify", "--against", "HEAD"], in: scratch.url)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "\(claimFile):1:1: error: claim '\(claim)': review 1 at 'HEAD' was removed; reviews may only be appended [broken-review-chain]\n"
      ))
    #expect(result.stdout.contains("1 trail rewritten since 'HEAD'"))
  }

  @Test("a revision git cannot resolve, or no repository at all, exits 2 with a clear message")
  func inputErrors() throws {
    let scratch = try repository()
    let unknown = try CLIRunner.run(["verify", "--against", "no-such-branch"], in: scratch.url)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown revision 'no-such-branch'"))
    let plain = try TemporaryFolder()
    _ = try plain.copyOfShippedLedger()
    let outside = try CLIRunner.run(["verify", "--against", "HEAD"], in: plain.url)
    #expect(outside.status == 2)
    #expect(
      outside.stderr == "error: 'Ledger' is not in a git repository (make one with 'git init')\n")
    let install = try CLIRunner.run(["install-git"], in: plain.url)
    #expect(install.status == 2)
    #expect(install.stderr == outside.stderr)
  }

  @Test("any revision git resolves works: a message search, a tag, a commit's parent")
  func revisionSyntax() throws {
    let scratch = try repository()
    try GitRunner.run(["tag", "-a", "-m", "reviewed", "v1"], in: scratch.url)
    for revision in [":/the ledger", "v1", "HEAD", "HEAD^{tree}"] {
      let result = try CLIRunner.run(["verify", "--against", revision], in: scratch.url)
      if revision.hasSuffix("{tree}") {
        #expect(result.status == 2, "\(revision): \(result.stderr)")
      } else {
        #expect(result.status == 0, "\(revision): \(result.stderr)")
        #expect(result.stdout.contains("extends the one at '\(revision)'"), "\(result.stdout)")
      }
    }
  }

  @Test("a revision holding a line break and '::error' is shown escaped, on one line")
  func hostileRevision() throws {
    let scratch = try repository()
    let result = try CLIRunner.run(
      ["verify", "--against", "HEAD@{now\n::error file=x::forged}"], in: scratch.url)
    #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("::") })
    #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("::") })
  }
}
