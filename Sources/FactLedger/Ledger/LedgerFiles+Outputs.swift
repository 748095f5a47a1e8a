import Foundation

extension LedgerFiles {
  /// The files at the ledger's root that every article is read against: the policy, the
  /// sources and the gazetteer.
  public static let sharedFileNames: Set = ["factledger.json", "sources.json", "gazetteer.json"]

  /// Whether `path`, relative to the ledger's folder, is a claim file the loader reads:
  /// `articles/<article>/claims/<name>.json`, not hidden.
  public static func isClaimFile(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "articles" && parts[2] == "claims"
      && parts[3].hasSuffix(".json") && !parts[3].hasPrefix(".")
  }

  /// The ledger's name for `path`, a file a command writes for the user (an export, a
  /// baseline), when writing it would replace or add a file the ledger reads:
  /// `factledger.json`, `sources.json`, `gazetteer.json`, anything under `articles/` or
  /// `evidence/`, the writers' journal and lock. `nil` for any other path, in the ledger or not.
  ///
  /// Such a write bypassed the lock and the journal: `export -o` over `article.txt` made the
  /// text HTML, `--write-baseline` over a claim file replaced its review trail, and a page
  /// added under `articles/` stopped every command on the ledger's layout. Links are followed,
  /// and a path whose folders do not exist yet is placed under the nearest one that does.
  public func recordName(ofOutput path: String) -> String? {
    guard let root = resolvedRoot else { return nil }
    var existing =
      path.hasPrefix("/") ? path : joinPath(FileManager.default.currentDirectoryPath, path)
    var missing: [String] = []
    var real = Self.realPath(existing)
    while real == nil, existing != "/" {
      missing.insert(lastComponent(of: existing), at: 0)
      existing = parentFolder(of: existing)
      real = Self.realPath(existing)
    }
    guard let real else { return nil }
    let placed = missing.reduce(real) { joinPath($0, $1) }
    let prefix = root.hasSuffix("/") ? root : root + "/"
    guard placed.hasPrefix(prefix) else { return nil }
    let name = String(placed.dropFirst(prefix.count))
    let first = name.split(separator: "/").first.map(String.init) ?? name
    let owned = Self.sharedFileNames.union([
      "articles", "evidence", LedgerTransaction.journalName,
      lastComponent(of: FileLock.ledgerLockPath(root)),
    ])
    return owned.contains(first) ? name : nil
  }
}
