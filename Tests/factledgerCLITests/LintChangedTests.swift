import Foundation
import TestSupport
import Testing

/// `lint --changed-since REF` and `lint --staged` in a real git repository holding the shipped
/// ledger and a second article, as a pull request's CI job and a pre-commit hook run them.
@Suite(
  "factledger lint --changed-since and --staged (the binary, with git)",
  .enabled(if: GitRunner.isAvailable, "git is not installed: these tests need a real repository"))
struct LintChangedTests {
  private let shipped = "crespo-2020-05-27"
  private let second = "wire-2020-06-01"

  /// The shipped ledger plus a second article with no records, committed.
  private func repository() throws -> TemporaryFolder {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    try scratch.write(
      "Officials said the exercise ended on Friday.\n", to: "second.txt")
    let added = try CLIRunner.run(
      [
        "add", "second.txt", "--article", second, "--title", "A wire story", "--published",
        "2020-06-01",
      ], in: scratch.url)
    try #require(added.status == 0, "\(added.stderr)")
    try FileManager.default.removeItem(at: scratch.url.appendingPathComponent("second.txt"))
    try GitRunner.run(["init", "--quiet"], in: scratch.url)
    try GitRunner.run(["add", "--all"], in: scratch.url)
    try GitRunner.run(["commit", "--quiet", "-m", "two articles"], in: scratch.url)
    return scratch
  }

  private func claimFile(_ id: String, article: String? = nil) -> String {
    "Ledger/articles/\(article ?? shipped)/claims/\(id).json"
  }

  /// Removes the source of a sourced claim of the shipped article: a new unsourced finding.
  private func unsource(_ id: String, in scratch: TemporaryFolder) throws {
    let file = scratch.url.appendingPathComponent(claimFile(id))
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    record["attribution"] = ["type": "none"]
    try JSONSerialization.data(withJSONObject: record, options: .prettyPrinted).write(to: file)
  }

  @Test("nothing changed: no article is linted and the run passes")
  func nothingChanged() throws {
    let scratch = try repository()
    let result = try CLIRunner.run(["lint", "--changed-since", "HEAD"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stdout == "0 errors, 0 warnings, 0 waived in 0 records.\n")
    #expect(result.stderr.contains("note: linting 0 articles changed since 'HEAD'"))
  }

  @Test("a change to one article lints that article only, not the other's findings")
  func oneArticle() throws {
    let scratch = try repository()
    // The whole ledger has the second article's uncovered text as a finding.
    let whole = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(whole.stdout.contains("articles/\(second)/article.txt"))
    try unsource("kochkin-joint-design-work", in: scratch)
    let result = try CLIRunner.run(["lint", "--changed-since", "HEAD"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stdout.contains("'kochkin-joint-design-work' is a quote claim with no source"))
    #expect(!result.stdout.contains(second))
    #expect(result.stdout.hasSuffix("waived in 49 records.\n"))
    #expect(result.stderr.contains("linting 1 article changed since 'HEAD': \(shipped)"))
  }

  @Test("a new record in another article whose id the unread article has is still a duplicate")
  func duplicateAcrossArticles() throws {
    let scratch = try repository()
    let original = scratch.url.appendingPathComponent(claimFile("headline"))
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: original)) as? [String: Any])
    record["article"] = second
    record["anchor"] = [
      "exact": "Officials said", "prefix": "", "suffix": " the exercise", "start": 0, "end": 14,
    ]
    try scratch.write(
      String(
        decoding: try JSONSerialization.data(withJSONObject: record, options: .prettyPrinted),
        as: UTF8.self),
      to: claimFile("headline", article: second))
    let result = try CLIRunner.run(["lint", "--changed-since", "HEAD"], in: scratch.url)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "duplicate id 'headline' (also in Ledger/articles/\(shipped)/claims/headline.json)"))
    #expect(result.stderr.contains("linting 1 article changed since 'HEAD': \(second)"))
  }

  @Test("a change to sources.json lints every article, and says so")
  func ledgerWideChange() throws {
    let scratch = try repository()
    let sources = scratch.url.appendingPathComponent("Ledger/sources.json")
    try (try String(contentsOf: sources, encoding: .utf8) + "\n").write(
      to: sources, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["lint", "--changed-since", "HEAD"], in: scratch.url)
    #expect(
      result.stderr.contains("note: sources.json changed since 'HEAD': linting every article"),
      "\(result.stderr)")
    #expect(result.stdout.contains("articles/\(second)/article.txt"))
    #expect(result.stdout.contains("claims/putin-credential.json"))
  }

  @Test("a new evidence file, a baseline or the writers' lock lints no article")
  func filesNotLinted() throws {
    let scratch = try repository()
    try scratch.write(#"{"items": []}"#, to: "Ledger/evidence/new.json")
    try scratch.write("", to: "Ledger/.factledger.lock")
    try scratch.write(#"{"version": 1, "findings": []}"#, to: "Ledger/lint-baseline-2.json")
    let result = try CLIRunner.run(["lint", "--changed-since", "HEAD"], in: scratch.url)
    #expect(result.status == 0, "\(result.stdout)")
    #expect(
      result.stderr.contains("note: linting 0 articles changed since 'HEAD'"), "\(result.stderr)")
  }

  @Test("--staged lints what is staged, not what is only changed in the working tree")
  func staged() throws {
    let scratch = try repository()
    try unsource("kochkin-joint-design-work", in: scratch)
    let unstaged = try CLIRunner.run(["lint", "--staged"], in: scratch.url)
    #expect(unstaged.status == 0)
    #expect(unstaged.stderr.contains("linting 0 articles staged"))
    try GitRunner.run(["add", claimFile("kochkin-joint-design-work")], in: scratch.url)
    let result = try CLIRunner.run(["lint", "--staged"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("linting 1 article staged: \(shipped)"))
  }

  @Test(
    "with a baseline, --changed-since reports stale only the entries of articles it linted; --write-baseline with a scope is refused"
  )
  func baselineInScope() throws {
    let scratch = try repository()
    let written = try CLIRunner.run(
      ["lint", "--write-baseline", "Ledger/lint-baseline.json"], in: scratch.url)
    #expect(written.status == 0, "\(written.stderr)")
    try GitRunner.run(["add", "--all"], in: scratch.url)
    try GitRunner.run(["commit", "--quiet", "-m", "baseline"], in: scratch.url)
    try unsource("kochkin-joint-design-work", in: scratch)
    let scoped = try CLIRunner.run(
      ["lint", "--changed-since", "HEAD", "--baseline", "Ledger/lint-baseline.json"],
      in: scratch.url)
    #expect(scoped.status == 1, "\(scoped.stderr)")
    #expect(scoped.stdout.contains("'kochkin-joint-design-work' is a quote claim with no source"))
    // The second article's uncovered text is baselined but was not linted: not stale.
    #expect(!scoped.stderr.contains("no longer occurs"), "\(scoped.stderr)")
    let before = try Data(
      contentsOf: scratch.url.appendingPathComponent("Ledger/lint-baseline.json"))
    let refused = try CLIRunner.run(
      ["lint", "--changed-since", "HEAD", "--write-baseline", "Ledger/lint-baseline.json"],
      in: scratch.url)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--write-baseline records every finding of the ledger"))
    #expect(
      try Data(contentsOf: scratch.url.appendingPathComponent("Ledger/lint-baseline.json"))
        == before)
  }

  @Test(
    "--staged refuses a staged file whose working copy differs: a broken version staged and a good one on disk cannot pass"
  )
  func stagedWithUnstagedChanges() throws {
    let scratch = try repository()
    let file = scratch.url.appendingPathComponent(claimFile("kochkin-joint-design-work"))
    let good = try Data(contentsOf: file)
    try Data("{ broken".utf8).write(to: file)
    try GitRunner.run(["add", claimFile("kochkin-joint-design-work")], in: scratch.url)
    try good.write(to: file)
    let result = try CLIRunner.run(["lint", "--staged"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "'Ledger/articles/\(shipped)/claims/kochkin-joint-design-work.json' has changes that are not staged"
      ), "\(result.stderr)")
    // Staged as it is on disk, it lints.
    try GitRunner.run(["add", claimFile("kochkin-joint-design-work")], in: scratch.url)
    #expect(try CLIRunner.run(["lint", "--staged"], in: scratch.url).status == 0)
  }

  @Test(
    "--staged refuses an untracked file in an article it lints: the commit would leave out a file lint read"
  )
  func stagedWithUntrackedFile() throws {
    let scratch = try repository()
    try unsource("kochkin-joint-design-work", in: scratch)
    try GitRunner.run(["add", claimFile("kochkin-joint-design-work")], in: scratch.url)
    // A claim file of the staged article that git does not track, and one of the other.
    let stray = claimFile("a-new-record")
    try Data(contentsOf: scratch.url.appendingPathComponent(claimFile("kochkin-joint-design-work")))
      .write(to: scratch.url.appendingPathComponent(stray))
    let refused = try CLIRunner.run(["lint", "--staged"], in: scratch.url)
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains(
        "'Ledger/articles/\(shipped)/claims/a-new-record.json' is not tracked by git"),
      "\(refused.stderr)")
    // Out of the linted articles, or a file lint does not read, an untracked file changes
    // nothing.
    try FileManager.default.removeItem(at: scratch.url.appendingPathComponent(stray))
    try Data("notes".utf8).write(
      to: scratch.url.appendingPathComponent("Ledger/articles/\(shipped)/notes.md"))
    try Data("{}".utf8).write(
      to: scratch.url.appendingPathComponent(claimFile("elsewhere", article: second)))
    let elsewhere = try CLIRunner.run(["lint", "--staged"], in: scratch.url)
    #expect(elsewhere.status == 1, "\(elsewhere.stderr)")
    #expect(elsewhere.stderr.contains("linting 1 article staged: \(shipped)"))
  }

  @Test(
    "--staged refuses an untracked article text under the name its article.json gives, not only article.txt"
  )
  func stagedWithUntrackedTextOfAnotherName() throws {
    let scratch = try repository()
    let folder = scratch.url.appendingPathComponent("Ledger/articles/\(shipped)")
    // The article's text moved to "story.txt", which git does not track yet.
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("article.txt"),
      to: folder.appendingPathComponent("story.txt"))
    let metadata = folder.appendingPathComponent("article.json")
    let renamed = try String(contentsOf: metadata, encoding: .utf8)
      .replacingOccurrences(of: #""textFile": "article.txt""#, with: #""textFile": "story.txt""#)
    try renamed.write(to: metadata, atomically: true, encoding: .utf8)
    try GitRunner.run(["add", "Ledger/articles/\(shipped)/article.json"], in: scratch.url)
    let refused = try CLIRunner.run(["lint", "--staged"], in: scratch.url)
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains("'Ledger/articles/\(shipped)/story.txt' is not tracked by git"),
      "\(refused.stderr)")
  }

  @Test("an unknown revision, a ledger outside git, or both options: exit 2 with the reason")
  func errors() throws {
    let scratch = try repository()
    let unknown = try CLIRunner.run(["lint", "--changed-since", "no-such-ref"], in: scratch.url)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown revision 'no-such-ref'"))
    let both = try CLIRunner.run(
      ["lint", "--changed-since", "HEAD", "--staged"], in: scratch.url)
    #expect(both.status == 2)
    let outside = try TemporaryFolder()
    _ = try outside.copyOfShippedLedger()
    let notGit = try CLIRunner.run(["lint", "--changed-since", "HEAD"], in: outside.url)
    #expect(notGit.status == 2)
    #expect(notGit.stderr.contains("is not in a git repository"))
  }
}
