extension ClaimRecorder {
  /// Writes every draft as a new file in one all-or-nothing transaction, under the ledger's
  /// writer lock: all of them are written, or none.
  ///
  /// - Returns: What an interrupted earlier write had left, and how it was settled first.
  /// - Throws: `ClaimDraftError.invalidRecord` for a record the schema refuses, or
  ///   `ClaimDraftError.write` when the lock or the write fails; nothing is written.
  public func write(_ drafts: [ClaimDrafter.Draft], limits: InputLimits = .default)
    throws(ClaimDraftError) -> WriteRecovery
  {
    for draft in drafts { try ClaimDrafter.validate(draft.claim) }
    let files = LedgerFiles(root: root, followsLinks: followsLinks, limits: limits)
    let writer = JSONWriter()
    do {
      let session = try WriteSession(files: files, timeout: lockTimeout)
      defer { withExtendedLifetime(session) {} }
      try session.transaction.commit(
        drafts.map { draft in
          LedgerTransaction.Change(
            path: draft.path, text: writer.string(for: draft.claim.json), isNew: true)
        })
      return session.recovery
    } catch {
      throw .write(error)
    }
  }
}
