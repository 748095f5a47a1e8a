/// The ledger held by one writer: its lock taken, what an interrupted write left settled, and
/// the transaction to write through. The lock is let go when the session goes, so a writer
/// keeps it alive (`withExtendedLifetime`) for as long as it reads and writes.
final class WriteSession {
  /// All-or-nothing writes of the ledger's files.
  let transaction: LedgerTransaction
  /// What an interrupted earlier write had left, and how it was settled.
  let recovery: WriteRecovery
  private let lock: FileLock

  /// Takes the writer lock of the ledger of `files` (waiting up to `timeout` seconds), then
  /// settles any interrupted write.
  ///
  /// - Throws: `LedgerWriteError` when the lock cannot be had or the journal cannot be used.
  init(files: LedgerFiles, timeout: Double) throws(LedgerWriteError) {
    lock = try FileLock.onLedger(at: files.root, timeout: timeout)
    transaction = LedgerTransaction(files: files)
    recovery = try transaction.recover()
  }
}
