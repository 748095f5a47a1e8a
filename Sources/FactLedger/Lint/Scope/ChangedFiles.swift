/// The files of a ledger that changed, as git sees them: since a revision (committed or not,
/// and files git does not track yet), or staged for the next commit.
public enum ChangedFiles {
  /// The ledger's files that differ from their state at the point where the current branch
  /// left `revision` (`git merge-base`, so a base that moved on adds nothing), in the working
  /// tree, plus new files git does not track yet; paths relative to the ledger's folder.
  ///
  /// - Throws: `GitError` outside a repository, for an unknown revision, or without git.
  public static func since(_ revision: String, ledger root: String) throws(GitError) -> [String] {
    let git = Git(directory: root)
    _ = try git.prefix()
    let commit = try git.commit(revision)
    let base = try git.run(["merge-base", commit, "HEAD"])
    let from = base.status == 0 && !base.text.isEmpty ? base.text : commit
    let changed = try paths(git, ["diff", "--name-only", "-z", "--relative", from, "--", "."])
    return changed + (try untracked(ledger: root))
  }

  /// The ledger's files staged for the next commit (added, changed, renamed or deleted),
  /// relative to the ledger's folder: what a pre-commit hook lints.
  public static func staged(ledger root: String) throws(GitError) -> [String] {
    let git = Git(directory: root)
    _ = try git.prefix()
    return try paths(git, ["diff", "--cached", "--name-only", "-z", "--relative", "--", "."])
  }

  /// Which of `staged` (as `staged(ledger:)` gave them) also have changes not staged: lint
  /// reads the working tree, so for them it would not lint what the commit holds.
  public static func withUnstagedChanges(_ staged: [String], ledger root: String)
    throws(GitError) -> [String]
  {
    guard !staged.isEmpty else { return [] }
    let unstaged = try paths(
      Git(directory: root), ["diff", "--name-only", "-z", "--relative", "--", "."])
    return unstaged.filter(Set(staged).contains)
  }

  /// The ledger's files git does not track (ignored files aside), relative to its folder.
  public static func untracked(ledger root: String) throws(GitError) -> [String] {
    try paths(
      Git(directory: root), ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])
  }

  private static func paths(_ git: Git, _ arguments: [String]) throws(GitError) -> [String] {
    let outcome = try git.run(arguments)
    guard outcome.status == 0 else {
      throw .failed(command: "git " + arguments.joined(separator: " "), message: outcome.errors)
    }
    return outcome.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }
}
