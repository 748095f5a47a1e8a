extension RuleID {
  public static let draftRecord: RuleID = "draft-record"
}

/// A record a tool drafted that no person has reviewed yet.
struct DraftRecordRule: LintRule {
  let id = RuleID.draftRecord
  let title = "Unreviewed draft record"
  let summary =
    "A record is marked \"draft\": true: 'factledger extract' or 'claim new' drafted its kind, attribution and assertions from the text, and no person has reviewed them yet. An error by default, so CI does not pass on unreviewed drafts."
  let fix =
    "Review the record: correct its kind, text, attribution (speaker, outlet, via, cue) and assertions, then delete its \"draft\" field; the record is then an ordinary one."

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    for loaded in ledger.claims where loaded.claim.isDraft {
      findings.append(
        finding(
          on: loaded, at: loaded.positions.draft,
          "'\(loaded.claim.id)' is a draft: review its kind, attribution and assertions, then delete its 'draft' field"
        ))
    }
  }
}
