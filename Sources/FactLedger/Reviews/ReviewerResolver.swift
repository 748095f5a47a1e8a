import Foundation

/// Finds who is marking claims: `--by NAME`, else `FACTLEDGER_REVIEWER`, else
/// `git config user.name`; an empty name counts as none.
public struct ReviewerResolver: Sendable {
  /// Why no reviewer was found.
  public enum Failure: Error, Sendable, Equatable {
    /// Neither the name given, the environment nor git names anyone.
    case noReviewer

    /// A lowercase message that says how to name one.
    public var message: String {
      switch self {
      case .noReviewer:
        "no reviewer: pass --by NAME, set FACTLEDGER_REVIEWER, or set git config user.name"
      }
    }
  }

  /// The process environment, read for `FACTLEDGER_REVIEWER`.
  public var environment: [String: String]
  /// Asks git for `user.name`; `nil` when git has none or cannot be run.
  public var gitUserName: @Sendable () -> String?

  /// Creates a resolver.
  ///
  /// - Parameters:
  ///   - environment: The environment to read `FACTLEDGER_REVIEWER` from.
  ///   - gitUserName: How to ask git for `user.name`; by default git on `PATH`, run in the
  ///     current folder, is asked. Tests pass their own answer.
  public init(
    environment: [String: String],
    gitUserName: @escaping @Sendable () -> String? = ReviewerResolver.askGit
  ) {
    self.environment = environment
    self.gitUserName = gitUserName
  }

  /// The reviewer's name.
  ///
  /// - Parameter name: The name given on the command line (`--by`), if any.
  /// - Returns: The first non-empty name of `name`, `FACTLEDGER_REVIEWER` and git's
  ///   `user.name`; git is asked only when the others give none.
  /// - Throws: `Failure.noReviewer` when all three are missing or empty.
  public func reviewer(given name: String?) throws(Failure) -> String {
    if let name, !name.isEmpty { return name }
    if let name = environment["FACTLEDGER_REVIEWER"], !name.isEmpty { return name }
    if let name = gitUserName(), !name.isEmpty { return name }
    throw .noReviewer
  }

  /// `git config user.name` in the current folder, trimmed; `nil` when git fails.
  @Sendable public static func askGit() -> String? {
    guard let outcome = try? Git(directory: ".").run(["config", "user.name"]),
      outcome.status == 0
    else { return nil }
    return String(decoding: outcome.output, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
