/// Why git could not tell what a ledger held at a revision.
public enum GitError: Error, Sendable, Equatable {
  /// No `git` executable on `PATH`.
  case notInstalled
  /// The ledger's folder is not inside a git repository.
  case notARepository(path: String)
  /// git resolves the revision to no commit.
  case unknownRevision(String)
  /// A git command failed for another reason.
  case failed(command: String, message: String)

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .notInstalled:
      "git was not found on PATH; this needs it"
    case .notARepository(let path):
      "'\(path)' is not in a git repository (make one with 'git init')"
    case .unknownRevision(let revision):
      "unknown revision '\(revision)': git cannot resolve it to a commit (for a pull request's base, fetch it first)"
    case .failed(let command, let message):
      "'\(command)' failed: \(message)"
    }
  }
}
