import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A write of the ledger that was interrupted (killed, out of disk space) and left a journal.
///
/// Every command that writes settles one first, before it loads the ledger: an interrupted
/// `add` may have left a folder the loader would refuse, so the settling cannot wait for a
/// loaded ledger. Commands that only read never settle; they warn (and `lint`, the CI gate,
/// refuses), so a journal committed to a pull request is never applied by CI.
public enum InterruptedWrite {
  /// The journal's path in the ledger at `root`.
  public static func journalPath(at root: String) -> String {
    joinPath(root, LedgerTransaction.journalName)
  }

  /// Whether the ledger at `root` has a journal waiting.
  public static func isPending(at root: String) -> Bool {
    var status = stat()
    return lstat(journalPath(at: root), &status) == 0
  }

  /// Takes the ledger's writer lock, settles what the interrupted write left (rolling it
  /// forward or back, see `LedgerTransaction`), and lets the lock go.
  ///
  /// - Throws: `LedgerWriteError` when the lock cannot be had, or the journal cannot be used.
  public static func settle(at root: String, followsLinks: Bool, lockTimeout: Double)
    throws(LedgerWriteError) -> WriteRecovery
  {
    try WriteSession(
      files: LedgerFiles(root: root, followsLinks: followsLinks), timeout: lockTimeout
    ).recovery
  }

  /// The finding that says a journal is waiting, for commands that only read.
  public static func pendingFinding(at root: String, severity: Finding.Severity) -> Finding {
    Finding(
      severity, path: journalPath(at: root),
      "an interrupted write is pending: the next command that writes (mark, add, claim new, lint --fix) settles it; a journal committed to version control is never applied by a reader",
      rule: .ledgerLayout)
  }
}
