extension RuleID {
  public static let duplicateID: RuleID = "duplicate-id"
}

/// Two records, or two sources, with one id.
struct DuplicateIDRule: LintRule {
  let id = RuleID.duplicateID
  let title = "Duplicate id"
  let summary = "Two records (or two sources) share an id; ids are unique within the ledger."
  let fix = "Rename one of them, and its file."
  let phase = LintPhase.loading

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    var seenSources: Set<String> = []
    for source in ledger.sources?.sources ?? [] where !seenSources.insert(source.id).inserted {
      findings.append(
        finding(
          in: ledger.sourcesPath, "duplicate source id '\(source.id)'", recordID: source.id))
    }
    var firstPathByID: [String: String] = [:]
    firstPathByID.reserveCapacity(ledger.articles.claimCount)
    let hasUnread = !ledger.unreadRecords.isEmpty
    // Article by article: no array of every record is made for the walk.
    for article in ledger.articles {
      for loaded in article.claims {
        // An article left unread by a scoped run: its files' names are its ids.
        if hasUnread, let elsewhere = ledger.unreadRecords[loaded.id] {
          findings.append(
            finding(
              on: loaded, at: loaded.positions.id,
              "duplicate id '\(loaded.id)' (also in \(elsewhere))"))
          continue
        }
        if let first = firstPathByID.updateValue(loaded.path, forKey: loaded.id) {
          findings.append(
            finding(
              on: loaded, at: loaded.positions.id,
              "duplicate id '\(loaded.id)' (also in \(first))"))
        }
      }
    }
  }
}
