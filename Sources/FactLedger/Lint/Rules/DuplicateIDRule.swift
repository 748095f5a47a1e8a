extension RuleID {
  public static let duplicateID: RuleID = "duplicate-id"
}

/// Two records with one id.
struct DuplicateIDRule: LintRule {
  let id = RuleID.duplicateID
  let title = "Duplicate id"
  let summary =
    "Two records share an id; ids are unique within the ledger. (A source id given twice in sources.json is an error of that file, for every command.)"
  let fix = "Rename one of them, and its file."
  let phase = LintPhase.loading

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    // A source id given twice stops the loader (`SourceRegistry`), at the second id.
    // Each id's latest record so far, by its place: one look-up a record, and no path kept
    // for ids that are not repeated. A repeated id names the record with it before.
    var latestByID: [String: RecordPlace] = [:]
    latestByID.reserveCapacity(ledger.articles.claimCount)
    let hasUnread = !ledger.unreadRecords.isEmpty
    // Article by article: no array of every record is made for the walk.
    for (articleIndex, article) in ledger.articles.enumerated() {
      for (claimIndex, loaded) in article.claims.enumerated() {
        // An article left unread by a scoped run: its files' names are its ids.
        if hasUnread, let elsewhere = ledger.unreadRecords[loaded.id] {
          findings.append(
            finding(
              on: loaded, at: loaded.positions.id,
              "duplicate id '\(loaded.id)' (also in \(elsewhere))"))
          continue
        }
        let place = RecordPlace(article: articleIndex, claim: claimIndex)
        let before = latestByID.withValue(for: loaded.id, addingIfAbsent: place) { latest in
          defer { latest = place }
          return latest
        }
        if before != place {
          let path = ledger.articles[before.article].claims[before.claim].path
          findings.append(
            finding(
              on: loaded, at: loaded.positions.id, "duplicate id '\(loaded.id)' (also in \(path))"))
        }
      }
    }
  }

  /// Where a record stands: its article's and its own position.
  private struct RecordPlace: Equatable {
    var article: Int
    var claim: Int
  }

}
