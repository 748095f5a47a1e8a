/// Checks that every review trail of a ledger extends the trail its claim file had at a git
/// revision: every review it had is still there with the same hash (after the reviews of
/// another branch, when a merge joined two lines; `ReviewChain` checks the order), and only
/// new ones were added.
///
/// A trail's own chain cannot show that its last review was edited (with the hash recomputed)
/// or removed; the trail at a trusted revision, such as a pull request's base, can.
public struct ReviewTrailAnchor: Sendable {
  /// The ledger as it stands in the working tree.
  public var ledger: Ledger

  /// Creates a check of `ledger`.
  public init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// Every trail at `revision` that the working tree rewrote.
  ///
  /// Claim files are matched by their path in the ledger. A changed or removed review is an
  /// error at the review (the first one of its trail that differs); a claim file deleted since
  /// `revision` that had reviews is an error at its path; a file at `revision` that cannot be
  /// read as a claim is a warning, since its trail cannot be compared.
  ///
  /// - Parameter revision: Anything `git rev-parse` resolves to a commit (`origin/main`).
  /// - Returns: The problems, sorted by file.
  /// - Throws: `GitError` when the ledger is not in a repository, `revision` names no commit,
  ///   or git fails.
  public func problems(against revision: String) throws(GitError) -> [Finding] {
    let git = Git(directory: ledger.root)
    let prefix = try git.prefix()
    let commit = try git.commit(revision)
    let files = try git.files(of: commit, under: prefix + "articles/").compactMap { file in
      let path = String(file.path.dropFirst(prefix.count))
      return LedgerFiles.isClaimFile(path) ? (path: path, object: file.object) : nil
    }
    let contents = try git.contents(of: files.map(\.object))
    let folder = joinPath(ledger.root, "")
    let working = Dictionary(
      ledger.claims.map { (String($0.path.dropFirst(folder.count)), $0) },
      uniquingKeysWith: { first, _ in first })
    var problems: [Finding] = []
    for (file, bytes) in zip(files, contents) {
      let path = joinPath(ledger.root, file.path)
      guard let old = Self.trail(in: bytes) else {
        problems.append(
          Finding(
            .warning, path: path,
            "the file at '\(revision)' cannot be read as a claim, so its trail is not compared",
            rule: .brokenReviewChain))
        continue
      }
      if let problem = Self.problem(
        old: old, new: working[file.path], path: path, revision: revision)
      {
        problems.append(problem)
      }
    }
    return problems.sorted(by: Finding.inFileOrder)
  }

  /// The first place where `new` does not extend `old`.
  private static func problem(
    old: Trail, new: LoadedClaim?, path: String, revision: String
  ) -> Finding? {
    let id = new?.claim.id ?? old.claimID
    let error = { (location: SourceLocation, message: String) in
      Finding(
        .error, path: path, at: location,
        "claim '\(id)': \(message); reviews may only be appended", rule: .brokenReviewChain,
        recordID: id)
    }
    guard let new else {
      guard let first = old.locations.first else { return nil }
      let count = old.reviews.count
      return error(
        first,
        "its file was deleted since '\(revision)', with its \(count) review\(count == 1 ? "" : "s")"
      )
    }
    let reviews = new.claim.reviews
    // A merge of two branches' reviews may move a review further down the trail (see
    // `ReviewChain`): it counts as kept wherever it stands, with its hash unchanged.
    let kept = Set(reviews.map(\.hash))
    for (entry, review) in old.reviews.enumerated() where !kept.contains(review.hash) {
      if reviews.count <= entry {
        let at = reviews.isEmpty ? new.positions.record : new.positions.review(reviews.count - 1)
        return error(at, "review \(entry + 1) at '\(revision)' was removed")
      }
      if old.reviews.indices.contains(entry + 1), reviews[entry] == old.reviews[entry + 1] {
        return error(
          new.positions.review(entry), "review \(entry + 1) at '\(revision)' was removed")
      }
      return error(
        new.positions.review(entry),
        "review \(entry + 1) at '\(revision)' was changed (its hash there is \(review.hash.prefix(12))…, here \(reviews[entry].hash.prefix(12))…)"
      )
    }
    return nil
  }

  /// The reviews of a claim file as it was at the revision.
  private struct Trail {
    var claimID: String
    var reviews: [Review]
    var locations: [SourceLocation]
  }

  /// The trail of the claim file `bytes`, or `nil` when they are not a claim's JSON.
  private static func trail(in bytes: [UInt8]) -> Trail? {
    guard let json = try? JSONParser().parse(bytes), let id = json["id"]?.stringValue else {
      return nil
    }
    let entries = json["reviews"]?.arrayValue ?? []
    var problems: [DecodingProblem] = []
    let reviews = entries.compactMap { Review(json: $0, problems: &problems) }
    guard reviews.count == entries.count, problems.isEmpty else { return nil }
    return Trail(claimID: id, reviews: reviews, locations: entries.map(\.location))
  }
}
