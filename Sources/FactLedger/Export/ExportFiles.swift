import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the files of an export all or nothing, each atomically (`AtomicFile`): every file is
/// first written in full to a temporary file beside it and flushed; only when all are written
/// are they renamed into place. A failure before that removes the temporary files and leaves
/// every target as it was. A target that is a stream (a device or a pipe) is written into.
package enum ExportFiles {
  /// Why an export could not be written: the path and the system's reason.
  package struct Failure: Error, Equatable {
    /// The file that could not be written.
    package var path: String
    /// The system's words.
    package var reason: String
  }

  /// Writes each text to its path.
  ///
  /// - Parameter files: Paths and their whole texts.
  /// - Throws: `Failure` naming the first file that could not be written.
  package static func write(_ files: [(path: String, text: String)]) throws(Failure) {
    var written: [(temporary: String, path: String)] = []
    // Ctrl-C or SIGTERM before the renames removes the temporary files; after, they finish.
    let hold = InterruptHold()
    defer { hold.release() }
    func stopIfInterrupted() throws(Failure) {
      guard let signal = hold.caught else { return }
      for done in written { unlink(done.temporary) }
      hold.noteStopped()
      hold.release()
      throw Failure(path: files.first?.path ?? "", reason: "interrupted by signal \(signal)")
    }
    // A stream (`/dev/stdout`, a FIFO) is written into once every file is ready beside its
    // target, before any is renamed.
    var streams: [(path: String, text: String)] = []
    if let folder = files.first(where: { AtomicFile.isFolder($0.path) }) {
      throw Failure(path: folder.path, reason: AtomicFile.folderReason)
    }
    for file in files where !AtomicFile.isStream(file.path) {
      if let reason = AtomicFile.unwritablePlace(of: file.path) {
        throw Failure(path: file.path, reason: reason)
      }
    }
    for file in files {
      if AtomicFile.isStream(file.path) {
        streams.append(file)
        continue
      }
      let temporary = LedgerTransaction.temporaryPath(for: file.path)
      do {
        try AtomicFile.writeSynced(file.text, to: temporary)
      } catch {
        for done in written { unlink(done.temporary) }
        throw Failure(path: file.path, reason: error.reason)
      }
      written.append((temporary, file.path))
      try stopIfInterrupted()
    }
    FaultInjection.beforeCommit()
    try stopIfInterrupted()
    for stream in streams {
      do {
        try AtomicFile.writeThrough(stream.text, to: stream.path)
      } catch {
        for done in written { unlink(done.temporary) }
        throw Failure(path: stream.path, reason: error.reason)
      }
    }
    for (index, file) in written.enumerated() where rename(file.temporary, file.path) != 0 {
      let reason = String(cString: strerror(errno))
      for left in written[index...] { unlink(left.temporary) }
      throw Failure(path: file.path, reason: reason)
    }
    for folder in Set(written.map { parentFolder(of: $0.path) }) {
      AtomicFile.syncFolder(folder)
    }
  }
}
