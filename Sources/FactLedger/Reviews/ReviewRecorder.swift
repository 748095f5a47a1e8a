import Foundation

/// Appends reviews to claim files: validated first for every claim, then written under an
/// exclusive lock on the ledger, each file replaced atomically, so concurrent writers queue and
/// lose nothing and a crash leaves the old file intact.
public struct ReviewRecorder: Sendable {
  /// One verdict to record on some claims.
  public struct Request: Sendable, Equatable {
    public var claimIDs: [String]
    public var status: Review.Status
    public var reviewer: String
    public var note: String?
    public var evidence: [String]
    public var reason: String?

    public init(
      claimIDs: [String], status: Review.Status, reviewer: String, note: String? = nil,
      evidence: [String] = [], reason: String? = nil
    ) {
      self.claimIDs = claimIDs
      self.status = status
      self.reviewer = reviewer
      self.note = note
      self.evidence = evidence
      self.reason = reason
    }
  }

  /// A review written (or, in a dry run, to be written) on a claim.
  public struct Entry: Sendable, Equatable {
    public var claimID: String
    public var path: String
    public var review: Review
    /// The status before it, if the claim had a review.
    public var previousStatus: Review.Status?
  }

  /// Why nothing was written: the error every writer of the ledger throws.
  public typealias Failure = LedgerWriteError

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

  /// What `record` did.
  public struct Outcome: Sendable, Equatable {
    /// The reviews written (or planned), in request order.
    public var entries: [Entry]
    /// What an interrupted earlier write had left, and how it was settled first.
    public var recovery: WriteRecovery
  }

  /// The lock file every writer of the ledger takes.
  public var lockPath: String { FileLock.ledgerLockPath(root) }

  /// Records `requests` on the claims of `ledger`, or only plans them when `dryRun`.
  ///
  /// Every claim id is checked before anything is written; then, under the ledger's lock, what
  /// an interrupted writer left is settled, each claim file is read again (another writer may
  /// have appended since `ledger` was loaded), its chain extended, and all the files replaced
  /// together, all or nothing (`LedgerTransaction`).
  /// - Returns: The reviews written (or planned), and what was recovered first.
  /// - Throws: `Failure`; no claim file has changed then.
  public func record(
    _ requests: [Request], in ledger: Ledger, at time: Date = Date(), dryRun: Bool = false
  ) throws(Failure) -> Outcome {
    let paths = Dictionary(
      ledger.claims.map { ($0.claim.id, $0.path) }, uniquingKeysWith: { first, _ in first })
    let ids = requests.flatMap(\.claimIDs)
    let unknown = ids.filter { paths[$0] == nil }
    guard unknown.isEmpty else { throw .unknownClaims(unknown) }
    var named: Set<String> = []
    for id in ids where !named.insert(id).inserted { throw .repeatedClaim(id) }
    for request in requests {
      if let reason = request.reason, ReasonCode(rawValue: reason) == nil {
        throw .invalidReason(reason)
      }
    }
    let files = LedgerFiles(root: root, followsLinks: followsLinks, limits: ledger.policy.limits)
    let session = dryRun ? nil : try WriteSession(files: files, timeout: lockTimeout)
    defer { withExtendedLifetime(session) {} }
    let recovery = session?.recovery ?? .clean

    // Under the lock: read each claim afresh and plan its new review.
    var claims: [String: Claim] = [:]
    var entries: [Entry] = []
    let stamp = Self.timestamp(time)
    for request in requests {
      for id in request.claimIDs {
        let path = paths[id]!
        var claim: Claim
        if let pending = claims[id] {
          claim = pending
        } else {
          claim = try ClaimFile.read(at: path, in: files)
        }
        let previous = claim.reviews.last
        // Against the last final verdict, not the last review: verified, then unverified, then
        // disputed changes the verdict as much as verified then disputed does.
        let lastVerdict = claim.reviews.last { $0.status != .unverified }?.status
        if let from = lastVerdict, from != request.status, request.status != .unverified,
          request.reason == nil
        {
          throw .reasonRequired(claimID: id, from: from, to: request.status)
        }
        var review = Review(
          status: request.status, time: stamp, reviewer: request.reviewer,
          evidence: request.evidence, note: request.note, reason: request.reason,
          previousHash: previous?.hash, hash: "")
        review.hash = ReviewHash.hash(of: review, claimID: id)
        claim.reviews.append(review)
        claims[id] = claim
        entries.append(
          Entry(claimID: id, path: path, review: review, previousStatus: previous?.status))
      }
    }
    guard let session else { return Outcome(entries: entries, recovery: recovery) }
    try session.transaction.commit(
      claims.sorted(by: { $0.key < $1.key }).map { id, claim in
        LedgerTransaction.Change(path: paths[id]!, text: JSONWriter().string(for: claim.json))
      })
    return Outcome(entries: entries, recovery: recovery)
  }

  /// UTC, ISO 8601, to the second: `2026-11-29T06:00:00Z`.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
