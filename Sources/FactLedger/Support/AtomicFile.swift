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

  /// Replaces the file at `path` with `text` in one step; writes into a stream (`isStream`).
  static func write(_ text: String, to path: String) throws(Failure) {
    var status = stat()
    if stat(path, &status) == 0 {
      if BoundedFile.isStream(status) { return try writeThrough(text, to: path) }
      if status.st_mode & S_IFMT == S_IFDIR { throw Failure(path: path, reason: folderReason) }
    }
    if let reason = unwritablePlace(of: path) { throw Failure(path: path, reason: reason) }
    let temporary = LedgerTransaction.temporaryPath(for: path)
    try writeSynced(text, to: temporary)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(path: path, reason: reason)
    }
    syncFolder(parentFolder(of: path))
  }

  /// Why a folder cannot be the file written (a rename over `.` fails with "Device or
  /// resource busy", over another folder with "Is a directory").
  static let folderReason = "it is a folder; name a file"

  /// Why no file can be made at `path`, which is not there yet: it names a folder (a final
  /// `/`), or its folder is missing or is a file. `nil` when it can be tried.
  static func unwritablePlace(of path: String) -> String? {
    if path.hasSuffix("/") { return "a path ending in '/' names a folder; name a file" }
    let folder = parentFolder(of: path)
    var status = stat()
    guard stat(folder, &status) == 0 else {
      switch errno {
      case ENOENT: return "the folder '\(folder)' does not exist"
      case ENOTDIR: return "a part of '\(folder)' is a file, not a folder"
      default: return nil
      }
    }
    return status.st_mode & S_IFMT == S_IFDIR ? nil : "'\(folder)' is not a folder"
  }

  /// Whether `path`, followed through symbolic links, is a folder.
  static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// Whether `path`, followed through symbolic links, is a device, a pipe or a socket
  /// (`/dev/stdout`, `/dev/null`, a FIFO): what is written for it goes into it, as a shell's
  /// `>` sends it. A rename would put a file in its place (in `/dev`, when run as root).
  static func isStream(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && BoundedFile.isStream(status)
  }

  /// Writes `text` into the stream at `path` (`isStream`): nothing to replace or flush.
  static func writeThrough(_ text: String, to path: String) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw Failure(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    if let reason = writeAll(text, to: descriptor) { throw Failure(path: path, reason: reason) }
  }

  /// Writes `text` to a new file at `path` (replacing any there) and flushes it to disk; on
  /// failure the partial file is removed.
  static func writeSynced(_ text: String, to path: String) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      throw Failure(path: path, reason: String(cString: strerror(errno)))
    }
    if let reason = writeAll(text, to: descriptor) {
      close(descriptor)
      unlink(path)
      throw Failure(path: path, reason: reason)
    }
    guard fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      unlink(path)
      throw Failure(path: path, reason: reason)
    }
    close(descriptor)
  }

  /// Writes every byte of `text` to `descriptor`; the system's reason when it cannot.
  private static func writeAll(_ text: String, to descriptor: Int32) -> String? {
    DescriptorWrite.all(text, to: descriptor).map { String(cString: strerror($0)) }
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
