/// Moves drifted anchors to where their words now stand (`lint --fix`), under the ledger's
/// writer lock, replacing each claim file atomically.
public struct AnchorFixer: Sendable {
  public var root: String
  public var lockTimeout: Double

  /// Creates a fixer for the ledger at `root`.
  public init(root: String, lockTimeout: Double = 10) {
    self.root = root
    self.lockTimeout = lockTimeout
  }

  /// Writes the new anchor of every finding that has one.
  ///
  /// - Returns: The ids of the records whose anchors moved.
  /// - Throws: `LedgerWriteError` when the lock cannot be had or a file cannot be read
  ///   or written; files already fixed stay fixed, each one whole.
  public func fix(_ findings: [LintFinding]) throws(LedgerWriteError) -> [String] {
    let fixes = findings.filter { $0.movedAnchor != nil && $0.claimID != nil && $0.waiver == nil }
    guard !fixes.isEmpty else { return [] }
    let lock = try FileLock.onLedger(at: root, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    var fixed: [String] = []
    for finding in fixes {
      var claim = try ClaimFile.read(at: finding.path)
      guard let moved = finding.movedAnchor, claim.anchor.exact == moved.exact else { continue }
      claim.anchor = moved
      do {
        try AtomicFile.write(JSONWriter().string(for: claim.json), to: finding.path)
      } catch {
        throw .cannotWrite(path: error.path, reason: error.reason)
      }
      fixed.append(claim.id)
    }
    return fixed
  }
}
