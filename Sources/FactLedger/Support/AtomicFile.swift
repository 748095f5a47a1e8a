import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that a crash at any moment leaves either the old content or the new:
/// a temporary file in the same folder, flushed to disk, renamed over the old one, and the
/// folder flushed so the rename itself survives.
enum AtomicFile {
  /// Why a write failed; the old file is untouched.
  struct Failure: Error, Equatable {
    var path: String
    var reason: String
  }

  /// Replaces the file at `path` with `text` in one step.
  static func write(_ text: String, to path: String) throws(Failure) {
    let temporary = LedgerTransaction.temporaryPath(for: path)
    try writeSynced(text, to: temporary)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(path: path, reason: reason)
    }
    syncFolder((path as NSString).deletingLastPathComponent)
  }

  /// Writes `text` to a new file at `path` (replacing any there) and flushes it to disk; on
  /// failure the partial file is removed.
  static func writeSynced(_ text: String, to path: String) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
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
        if result < 0, errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(path)
        throw Failure(path: path, reason: reason)
      }
      written += result
    }
    guard fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      unlink(path)
      throw Failure(path: path, reason: reason)
    }
    close(descriptor)
  }

  /// Flushes a folder, so renames in it survive a power cut.
  static func syncFolder(_ folder: String) {
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
    if descriptor >= 0 {
      fsync(descriptor)
      close(descriptor)
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
