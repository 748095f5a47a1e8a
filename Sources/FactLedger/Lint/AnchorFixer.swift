/// Moves drifted anchors and cues to where their words now stand (`lint --fix`), under the ledger's
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

  /// Writes the new anchor or cue of every finding that has one.
  ///
  /// - Returns: The ids of the records whose anchors or cues moved, each once.
  /// - Throws: `LedgerWriteError` when the lock cannot be had or a file cannot be read
  ///   or written; then no file has changed (every fix is written together, all or nothing).
  public func fix(_ findings: [Finding]) throws(LedgerWriteError) -> [String] {
    let fixes = findings.filter { $0.fix != nil && $0.recordID != nil && $0.waiver == nil }
    guard !fixes.isEmpty else { return [] }
    let files = LedgerFiles(root: root, followsLinks: followsLinks, limits: limits)
    let session = try WriteSession(files: files, timeout: lockTimeout)
    defer { withExtendedLifetime(session) {} }
    // A record may have both its anchor and its cue moved: one change per file.
    var fixed: [String] = []
    var claims: [String: Claim] = [:]
    for finding in fixes {
      var claim: Claim
      if let pending = claims[finding.path] {
        claim = pending
      } else {
        claim = try ClaimFile.read(at: finding.path, in: files)
      }
      var changed = false
      if let moved = finding.movedAnchor, claim.anchor.exact == moved.exact {
        claim.anchor = moved
        changed = true
      }
      if let moved = finding.movedCue, claim.attribution.cue?.exact == moved.exact {
        claim.attribution.cue = moved
        changed = true
      }
      guard changed else { continue }
      claims[finding.path] = claim
      if !fixed.contains(claim.id) { fixed.append(claim.id) }
    }
    let changes = claims.keys.sorted().map { path in
      LedgerTransaction.Change(path: path, text: JSONWriter().string(for: claims[path]!.json))
    }
    try session.transaction.commit(changes)
    return fixed
  }
}
