import Foundation
import TestSupport
import Testing

/// `factledger install-git` in repositories shaped as users have them: a ledger folder whose
/// name holds spaces or wildcards, linked worktrees that share one hook, writers' files that
/// must not be committed.
@Suite(
  "factledger install-git (the binary, with git)",
  .enabled(if: GitRunner.isAvailable, "git is not installed: these tests need a real repository"))
struct InstallGitTests {
  private let claimFile = "articles/crespo-2020-05-27/claims/kochkin-joint-design-work.json"

  /// The shipped ledger under `name` in a new repository, committed, with the driver and the
  /// hook installed.
  private func repository(ledger name: String = "Ledger") throws -> TemporaryFolder {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger(named: name)
    try GitRunner.run(["init", "--quiet", "--initial-branch", "main"], in: scratch.url)
    let installed = try CLIRunner.run(
      ["install-git", "--hook", "--ledger", name, "--command", CLIRunner.binary.path],
      in: scratch.url)
    try #require(installed.status == 0, "\(installed.stderr)")
    try GitRunner.run(["add", "--all"], in: scratch.url)
    try GitRunner.run(["commit", "--quiet", "-m", "the ledger"], in: scratch.url)
    return scratch
  }

  @Test(
    "a ledger folder named with spaces, quotes or wildcards still routes its claim files to the driver",
    arguments: ["fact check", "desk [2]", "a*b?", "quote\"d", "über uns", "#desk", "!desk"])
  func unusualFolderName(name: String) throws {
    let scratch = try repository(ledger: name)
    let attribute = try GitRunner.run(
      ["check-attr", "merge", "--", "\(name)/\(claimFile)"], in: scratch.url)
    #expect(attribute.stdout.hasSuffix(": merge: factledger\n"), "\(attribute.stdout)")
    // Another folder the pattern's wildcards would have matched is not routed.
    if name == "a*b?" {
      let other = try GitRunner.run(
        ["check-attr", "merge", "--", "aXbY/\(claimFile)"], in: scratch.url)
      #expect(other.stdout.hasSuffix(": merge: unspecified\n"), "\(other.stdout)")
    }
    let again = try CLIRunner.run(
      ["install-git", "--ledger", name, "--command", CLIRunner.binary.path], in: scratch.url)
    #expect(again.stderr.contains("'.gitattributes' already routes claim files to the driver"))
  }

  @Test("the hook lints the ledger of the worktree the commit is made in")
  func worktree() throws {
    let scratch = try repository()
    try GitRunner.run(["worktree", "add", "--quiet", "-b", "desk", ".wt"], in: scratch.url)
    let worktree = scratch.url.appendingPathComponent(".wt")
    try "garbage".write(
      to: worktree.appendingPathComponent("Ledger/\(claimFile)"), atomically: true,
      encoding: .utf8)
    try GitRunner.run(["add", "--all"], in: worktree)
    #expect(try GitRunner.run(["commit", "--quiet", "-m", "broken"], in: worktree).status != 0)
    // The main working tree's ledger is untouched and still commits.
    let marked = try CLIRunner.run(
      ["mark", "vostok-2018-tsugol", "verified", "--by", "Desk"], in: scratch.url)
    #expect(marked.status == 0, "\(marked.stderr)")
    try GitRunner.run(["add", "Ledger"], in: scratch.url)
    #expect(
      try GitRunner.run(["commit", "--quiet", "-m", "a review"], in: scratch.url).status == 0)
  }

  @Test("the writers' lock and journal are ignored: after a mark, git offers only the claim file")
  func ignoredFiles() throws {
    let scratch = try repository()
    let marked = try CLIRunner.run(
      ["mark", "vostok-2018-tsugol", "verified", "--by", "Desk"], in: scratch.url)
    #expect(marked.status == 0, "\(marked.stderr)")
    #expect(
      FileManager.default.fileExists(
        atPath: scratch.url.appendingPathComponent("Ledger/.factledger.lock").path))
    let status = try GitRunner.run(["status", "--porcelain"], in: scratch.url)
    #expect(
      status.stdout == " M Ledger/articles/crespo-2020-05-27/claims/vostok-2018-tsugol.json\n")
  }

  @Test(
    "a .gitignore that is no UTF-8 text is left byte for byte, install-git says what to add and sets the driver up; a CRLF one keeps its line ends"
  )
  func foreignIgnoreFile() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    try GitRunner.run(["init", "--quiet"], in: scratch.url)
    let ignore = scratch.url.appendingPathComponent(".gitignore")
    let latin1 = Data("build/\n# caf".utf8) + Data([0xE9]) + Data("\nsecrets.env\n".utf8)
    try latin1.write(to: ignore)
    let installed = try CLIRunner.run(
      ["install-git", "--command", CLIRunner.binary.path], in: scratch.url)
    #expect(installed.status == 0, "\(installed.stderr)")
    #expect(installed.stderr.contains("add these lines to it by hand: .factledger.lock"))
    #expect(try Data(contentsOf: ignore) == latin1)
    // The driver is set up all the same.
    let driver = try GitRunner.run(["config", "merge.factledger.driver"], in: scratch.url)
    #expect(driver.stdout.contains("merge-driver %O %A %B %P"))
    try Data("build/\r\n.factledger.lock\r\n".utf8).write(to: ignore)
    for _ in 0..<2 {
      let installed = try CLIRunner.run(
        ["install-git", "--command", CLIRunner.binary.path], in: scratch.url)
      #expect(installed.status == 0, "\(installed.stderr)")
    }
    #expect(
      try String(contentsOf: ignore, encoding: .utf8)
        == "build/\r\n.factledger.lock\r\n.factledger.journal\r\n")
  }
}
