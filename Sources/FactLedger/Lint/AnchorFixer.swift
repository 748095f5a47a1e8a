/// Moves drifted anchors to where their words now stand (`lint --fix`), under the ledger's
/// writer lock, replacing each claim file atomically.
public struct AnchorFixer: Sendable {
  public var root: String
  public var lockTimeout: Double
  /// Whether symbolic links may lead outside the ledger (`--follow-links`).
  public var followsLinks: Bool
  /// The limits every read keeps to (the policy's).
  public var limits: InputLimits

  /// Creates a fixer for the ledger at `root`.
  public init(
    root: String, lockTimeout: Double = 10, followsLinks: Bool = false,
    limits: InputLimits = .default
  ) {
    self.root = root
    self.lockTimeout = lockTimeout
    self.followsLinks = followsLinks
    self.limits = limits
  }

  /// Writes the new anchor of every finding that has one.
  ///
  /// - Returns: The ids of the records whose anchors moved.
  /// - Throws: `LedgerWriteError` when the lock cannot be had or a file cannot be read
  ///   or written; then no file has changed (every fix is written together, all or nothing).
  public func fix(_ findings: [Finding]) throws(LedgerWriteError) -> [String] {
    let fixes = findings.filter { $0.movedAnchor != nil && $0.recordID != nil && $0.waiver == nil }
    guard !fixes.isEmpty else { return [] }
    let files = LedgerFiles(root: root, followsLinks: followsLinks, limits: limits)
    let transaction = LedgerTransaction(files: files)
    let lock = try FileLock.onLedger(at: root, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    _ = try transaction.recover()
    var fixed: [String] = []
    var changes: [LedgerTransaction.Change] = []
    for finding in fixes {
      var claim = try ClaimFile.read(at: finding.path, in: files)
      guard let moved = finding.movedAnchor, claim.anchor.exact == moved.exact else { continue }
      claim.anchor = moved
      changes.append(
        LedgerTransaction.Change(path: finding.path, text: JSONWriter().string(for: claim.json)))
      fixed.append(claim.id)
    }
    try transaction.commit(changes)
    return fixed
  }
}
