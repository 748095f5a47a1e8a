import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock on a file (`flock`), so writers of one ledger queue instead of
/// overwriting each other. The lock goes with the process: a writer that dies releases it.
final class FileLock {
  private let descriptor: Int32

  /// Why a lock could not be had.
  enum Failure: Error, Equatable {
    /// The lock file cannot be created or opened (a read-only ledger, say).
    case cannotOpen(path: String, reason: String)
    /// Another writer held the lock past the timeout.
    case timedOut(path: String, seconds: Double)
  }

  /// Takes the lock on `path` (creating the file), waiting up to `timeout` seconds. A symbolic
  /// link in the lock's place is refused, not followed.
  init(path: String, timeout: Double) throws(Failure) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    let deadline = Date().addingTimeInterval(timeout)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
        close(descriptor)
        throw .timedOut(path: path, seconds: timeout)
      }
      usleep(10_000)
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}

extension FileLock {
  /// The lock file every writer of the ledger at `root` takes.
  static func ledgerLockPath(_ root: String) -> String { joinPath(root, ".factledger.lock") }

  /// "10 seconds", "1 second", "0.5 seconds": a timeout as given, never rounded to 0.
  static func describe(_ seconds: Double) -> String {
    let whole = seconds.rounded()
    if whole == seconds, abs(whole) < 1e15 {
      return "\(Int(whole)) second\(whole == 1 ? "" : "s")"
    }
    if seconds < 0.001 { return "less than 0.001 seconds" }
    let shown = seconds.formatted3
    return "\(shown) second\(shown == "1" ? "" : "s")"
  }

  /// Takes the ledger's writer lock, or says why it cannot.
  static func onLedger(at root: String, timeout: Double) throws(LedgerWriteError) -> FileLock {
    do {
      return try FileLock(path: ledgerLockPath(root), timeout: timeout)
    } catch {
      switch error {
      case .cannotOpen(let path, let reason): throw .lockUnavailable(path: path, detail: reason)
      case .timedOut(let path, let seconds):
        throw .lockUnavailable(
          path: path, detail: "another writer held it for more than \(Self.describe(seconds))")
      }
    }
  }
}

extension Double {
  /// The value with at most three decimals and no trailing zeros: 0.5, 1.25, 2.125.
  fileprivate var formatted3: String {
    var text = String(format: "%.3f", self)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
