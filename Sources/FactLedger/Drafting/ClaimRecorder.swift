/// Writes a drafted record as a new file of the ledger, under the ledger's writer lock and
/// through the all-or-nothing transaction.
public struct ClaimRecorder: Sendable {
  /// The ledger's folder.
  public var root: String
  /// How long to wait for another writer's lock, in seconds.
  public var lockTimeout: Double
  /// Whether symbolic links may lead outside the ledger (`--follow-links`).
  public var followsLinks: Bool

  /// Creates a recorder for the ledger at `root`.
  public init(root: String, lockTimeout: Double = 10, followsLinks: Bool = false) {
    self.root = root
    self.lockTimeout = lockTimeout
    self.followsLinks = followsLinks
  }

  /// Writes `draft.claim` to `draft.path`, which must not exist.
  ///
  /// - Returns: What an interrupted earlier write had left, and how it was settled first.
  /// - Throws: `ClaimDraftError.write` when the lock or the write fails; nothing is written.
  public func write(_ draft: ClaimDrafter.Draft, limits: InputLimits = .default)
    throws(ClaimDraftError) -> WriteRecovery
  {
    try write([draft], limits: limits)
  }
}
