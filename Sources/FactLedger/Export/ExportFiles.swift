import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the files of an export all or nothing, each atomically (`AtomicFile`): every file is
/// first written in full to a temporary file beside it and flushed; only when all are written
/// are they renamed into place. A failure before that removes the temporary files and leaves
/// every target as it was. A target that is a stream (a device or a pipe) is written into,
/// first.
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
  /// Streams (`/dev/stdout`, a FIFO) are written first, as they flow: a stream cannot be
  /// taken back, and a reader that never comes must leave Ctrl-C working. The files are then
  /// written with Ctrl-C, SIGTERM and SIGHUP held off (`InterruptHold`): one that comes before
  /// the renames removes the temporary files and `madeFolder`, then stops the process.
  ///
  /// - Parameters:
  ///   - files: Paths and their whole texts.
  ///   - madeFolder: A folder the caller made for them, removed when nothing is written.
  /// - Throws: `Failure` naming the first file that could not be written.
  package static func write(_ files: [(path: String, text: String)], madeFolder: String? = nil)
    throws(Failure)
  {
    if let folder = files.first(where: { AtomicFile.isFolder($0.path) }) {
      throw Failure(path: folder.path, reason: AtomicFile.folderReason)
    }
    let isStream = files.map { AtomicFile.isStream($0.path) }
    let streams = files.indices.filter { isStream[$0] }.map { files[$0] }
    let regular = files.indices.filter { !isStream[$0] }.map { files[$0] }
    for file in regular {
      if let reason = AtomicFile.unwritablePlace(of: file.path) {
        throw Failure(path: file.path, reason: reason)
      }
    }
    for stream in streams {
      do {
        try AtomicFile.writeThrough(stream.text, to: stream.path)
      } catch {
        throw Failure(path: stream.path, reason: error.reason)
      }
    }
    guard !regular.isEmpty else { return }
    let hold = InterruptHold()
    defer { hold.release() }
    var written: [(temporary: String, path: String)] = []
    func undo() {
      for done in written { unlink(done.temporary) }
      if let madeFolder { rmdir(madeFolder) }
    }
    func stopIfInterrupted() throws(Failure) {
      guard let signal = hold.stopIfCaught(undo: undo) else { return }
      throw Failure(path: regular[0].path, reason: "interrupted by signal \(signal)")
    }
    for file in regular {
      let temporary = LedgerTransaction.temporaryPath(for: file.path)
      do {
        try AtomicFile.writeSynced(file.text, to: temporary)
      } catch {
        undo()
        throw Failure(path: file.path, reason: error.reason)
      }
      written.append((temporary, file.path))
      try stopIfInterrupted()
    }
    FaultInjection.beforeCommit()
    try stopIfInterrupted()
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
