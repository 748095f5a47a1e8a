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

  /// Takes the lock on `path` (creating the file), waiting up to `timeout` seconds.
  init(path: String, timeout: Double) throws(Failure) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
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
  static func ledgerLockPath(_ root: String) -> String { join(root, ".factledger.lock") }

  /// Takes the ledger's writer lock, or says why it cannot.
  static func onLedger(at root: String, timeout: Double) throws(LedgerWriteError) -> FileLock {
    do {
      return try FileLock(path: ledgerLockPath(root), timeout: timeout)
    } catch {
      switch error {
      case .cannotOpen(let path, let reason): throw .lockUnavailable(path: path, detail: reason)
      case .timedOut(let path, let seconds):
        throw .lockUnavailable(
          path: path, detail: "another writer held it for more than \(Int(seconds)) seconds")
      }
    }
  }
}

/// Writes a file so that a crash at any moment leaves either the old content or the new:
/// a temporary file in the same folder, flushed to disk, renamed over the old one, and the
/// folder flushed so the rename itself survives.
enum AtomicFile {
  /// Why a write failed; the old file is untouched.
  struct Failure: Error, Equatable {
    var path: String
    var reason: String
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw Failure(path: path, reason: String(cString: strerror(errno)))
    }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBufferPointer {
        systemWrite(descriptor, $0.baseAddress, $0.count)
      }
      guard result > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw Failure(path: path, reason: reason)
      }
      written += result
    }
    guard fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      unlink(temporary)
      throw Failure(path: path, reason: reason)
    }
    close(descriptor)
    if let pause = ProcessInfo.processInfo.environment["FACTLEDGER_TEST_PAUSE_BEFORE_RENAME"]
      .flatMap(Double.init)
    {
      // A fault-injection hook for the crash test: the temporary file is complete and synced,
      // the real file not yet replaced.
      usleep(UInt32(pause * 1_000_000))
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(path: path, reason: reason)
    }
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }
}

/// `write(2)`, named apart from Swift's own `write` functions.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
  #else
    Darwin.write(descriptor, buffer, count)
  #endif
}
