import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces or creates several files of a ledger all or nothing, under the ledger's writer lock.
///
/// First a journal in the lock's folder (`.factledger.journal`) names the folders to create;
/// they are made; then each new content goes to a temporary file beside its target, flushed to
/// disk, and the journal names every pair with the SHA-256 of the target before and of the new
/// content; only once the journal says `committed` are the temporary files renamed over their
/// targets. A writer killed, or out of disk space, at any moment leaves one of two states,
/// which the next writer settles before anything else (`recover`, `InterruptedWrite.settle`):
/// - journal `prepared` (or none, with temporary files left over): nothing was replaced yet, so
///   the temporary files and the folders it made are removed: rolled back;
/// - journal `committed`: every new content is on disk, so the remaining renames are done,
///   provided every file is still as the journal says: rolled forward.
/// Targets are real paths inside the ledger (`LedgerFiles.resolve`), so a linked claim file
/// stays a link and a write never lands outside the ledger, even under `--follow-links`.
struct LedgerTransaction {
  /// The journal's file name, in the ledger's folder beside the lock.
  static let journalName = ".factledger.journal"

  /// One file to replace or create.
  struct Change {
    /// The file, as the ledger names it (for messages).
    var path: String
    /// The new content.
    var text: String
    /// Whether the file is new: its folder must then exist inside the ledger (or be created
    /// by the same write), and the file must not.
    var isNew = false
  }

  let files: LedgerFiles
  var journalPath: String { joinPath(files.resolvedRoot ?? files.root, Self.journalName) }

  init(files: LedgerFiles) {
    self.files = files
  }

  // MARK: - Writing

  /// Creates `folders` (parents first) and replaces or creates every file of `changes`, all or
  /// nothing. The caller holds the ledger's lock.
  ///
  /// - Throws: `LedgerWriteError.cannotWrite` when a folder or temporary file cannot be made
  ///   (nothing replaced, everything made removed), a target leaves the ledger, two changes
  ///   name one file, or a rename fails after the commit (the next writer completes it).
  func commit(_ changes: [Change], creatingFolders folders: [String] = [])
    throws(LedgerWriteError)
  {
    guard !changes.isEmpty || !folders.isEmpty else { return }
    // Ctrl-C or SIGTERM before the commit undoes the write; after it, the write is finished
    // first. Either way the process then stops as asked.
    let hold = InterruptHold()
    defer { hold.release() }
    var journal = Journal(folders: try newFolders(folders).map(relative))
    try writeJournal(journal)
    for folder in journal.folders {
      guard mkdir(absolute(folder), 0o755) == 0 else {
        let reason = String(cString: strerror(errno))
        abandon(journal)
        throw .cannotWrite(path: absolute(folder), reason: reason + "; nothing was changed")
      }
    }
    let paths = changes.map(\.path)
    do {
      journal.entries = try entries(for: changes)
      try writeJournal(journal)
    } catch {
      abandon(journal)
      throw error
    }
    for (index, entry) in journal.entries.enumerated() {
      do {
        try AtomicFile.writeSynced(changes[index].text, to: absolute(entry.temporary))
      } catch {
        abandon(journal)
        throw .cannotWrite(path: paths[index], reason: error.reason + "; no claim was changed")
      }
      FaultInjection.point("temporary-written", count: index + 1)
      try stopIfInterrupted(hold, abandoning: journal)
    }
    FaultInjection.beforeCommit()
    try stopIfInterrupted(hold, abandoning: journal)
    journal.state = .committed
    do {
      try writeJournal(journal)
    } catch {
      // The journal still says `prepared`: nothing is replaced, so undo it all now.
      abandon(journal)
      throw error
    }
    FaultInjection.point("committed")
    for (index, entry) in journal.entries.enumerated() {
      // Past the commit point every rename must happen: one that fails now is retried by the
      // next writer, which finds the journal committed.
      guard rename(absolute(entry.temporary), absolute(entry.target)) == 0 else {
        throw .cannotWrite(
          path: paths[index],
          reason:
            "\(String(cString: strerror(errno))); the write is committed and the next writer completes it"
        )
      }
      FaultInjection.point("renamed", count: index + 1)
    }
    let touched = journal.entries.map {
      parentFolder(of: absolute($0.target))
    }
    for folder in Set(touched + journal.folders.map(absolute)) { AtomicFile.syncFolder(folder) }
    unlink(journalPath)
    AtomicFile.syncFolder(parentFolder(of: journalPath))
  }

  /// Before the commit: when a signal came, undoes the write and stops the process as the
  /// signal asked (`InterruptHold.release`).
  private func stopIfInterrupted(_ hold: InterruptHold, abandoning journal: Journal)
    throws(LedgerWriteError)
  {
    guard let signal = hold.stopIfCaught(undo: { abandon(journal) }) else { return }
    throw .cannotWrite(
      path: journalPath, reason: "interrupted by signal \(signal); nothing was changed")
  }

  /// The journal's entries for `changes`: targets resolved, hashes taken, no file twice.
  private func entries(for changes: [Change]) throws(LedgerWriteError) -> [Journal.Entry] {
    var entries: [Journal.Entry] = []
    // The targets so far: a write of thousands of files (an `extract`) looked each one up
    // in all the entries before it.
    var targets: Set<String> = []
    for change in changes {
      try checkReadable(change)
      let target: String
      let before: String?
      if change.isNew {
        target = try newTarget(change.path)
        before = nil
      } else {
        target = try existingTarget(change.path)
        before = try Self.hash(ofFileAt: target, path: change.path)
      }
      let relativeTarget = relative(target)
      guard targets.insert(relativeTarget).inserted else {
        throw .cannotWrite(path: change.path, reason: "two changes of one write name this file")
      }
      entries.append(
        Journal.Entry(
          temporary: relative(Self.temporaryPath(for: target)), target: relativeTarget,
          before: before, after: SHA256.hexDigest(of: change.text.utf8)))
    }
    return entries
  }

  /// Refuses a new content the ledger could not read back under its limits: a file past
  /// `maxFileBytes`, or a JSON file with a string, array, number or nesting past its limit.
  /// Written, it would stop every command on the ledger, and a review in it could only be taken
  /// out by hand, breaking its chain (`mark --note` of 5,000 characters under a
  /// `maxStringBytes` of 1,000 did so).
  private func checkReadable(_ change: Change) throws(LedgerWriteError) {
    let size = change.text.utf8.count
    let limit = files.limits.maxFileBytes
    guard size <= limit else {
      throw .cannotWrite(
        path: change.path,
        reason: InputLimit.fileBytes.describe(found: size, limit: limit) + "; nothing was written")
    }
    guard change.path.hasSuffix(".json") else { return }
    do {
      _ = try files.limits.parser().parse(Array(change.text.utf8))
    } catch {
      throw .cannotWrite(path: change.path, reason: error.message + "; nothing was written")
    }
  }

  /// Removes what an uncommitted write made: its temporary files, its folders (deepest first,
  /// only when empty), and its journal.
  func abandon(_ journal: Journal) {
    for entry in journal.entries { unlink(absolute(entry.temporary)) }
    for folder in journal.folders.reversed() { rmdir(absolute(folder)) }
    unlink(journalPath)
  }

  // MARK: - Targets

  /// The real path of an existing file of the ledger, which must lie inside it.
  private func existingTarget(_ path: String) throws(LedgerWriteError) -> String {
    let resolved: String?
    do {
      resolved = try files.resolve(path)
    } catch {
      throw .cannotWrite(path: path, reason: error.message)
    }
    guard let target = resolved else {
      throw .cannotWrite(path: path, reason: "it no longer exists")
    }
    return try inside(target, path: path)
  }

  /// The real path a new file will have: its folder resolved inside the ledger, nothing there.
  private func newTarget(_ path: String) throws(LedgerWriteError) -> String {
    let target = joinPath(
      try resolvedFolder(of: path), lastComponent(of: path))
    var status = stat()
    guard lstat(target, &status) != 0 else {
      throw .cannotWrite(path: path, reason: "a file is already there")
    }
    return target
  }

  /// The real paths new folders will have, parents first: each one's parent resolved inside
  /// the ledger, or created just before it by the same write; nothing there yet.
  private func newFolders(_ paths: [String]) throws(LedgerWriteError) -> [String] {
    var made: [String: String] = [:]
    var folders: [String] = []
    for path in paths {
      let parent = parentFolder(of: path)
      let resolvedParent: String
      if let madeParent = made[parent] {
        resolvedParent = madeParent
      } else {
        resolvedParent = try resolvedFolder(of: path)
      }
      let folder = joinPath(resolvedParent, lastComponent(of: path))
      var status = stat()
      guard lstat(folder, &status) != 0 else {
        throw .cannotWrite(path: path, reason: "something is already there")
      }
      made[path] = folder
      folders.append(folder)
    }
    return folders
  }

  /// The real path of the folder holding `path`; a folder the same write creates counts.
  private func resolvedFolder(of path: String) throws(LedgerWriteError) -> String {
    let folder = parentFolder(of: path)
    let resolved: String?
    do {
      resolved = try files.resolve(folder)
    } catch {
      throw .cannotWrite(path: path, reason: error.message)
    }
    guard let resolved else { throw .cannotWrite(path: path, reason: "its folder does not exist") }
    return try inside(resolved, path: path)
  }

  /// `resolved`, when it lies inside the ledger: a write never leaves it, links or not.
  private func inside(_ resolved: String, path: String) throws(LedgerWriteError) -> String {
    guard files.contains(resolved) else {
      throw .cannotWrite(path: path, reason: "it lies outside the ledger, where nothing is written")
    }
    return resolved
  }

  /// The SHA-256 of the file at `target`.
  static func hash(ofFileAt target: String, path: String) throws(LedgerWriteError) -> String {
    do {
      return SHA256.hexDigest(
        of: try BoundedFile.read(target, limit: .max, followsLinks: false, readsStreams: false))
    } catch {
      throw .cannotWrite(path: path, reason: error.message)
    }
  }

  // MARK: - Names and the journal file

  /// `.<name>.<pid>.tmp` beside the target.
  static func temporaryPath(for target: String) -> String {
    let folder = parentFolder(of: target)
    let name = lastComponent(of: target)
    return joinPath(folder, ".\(name).\(getpid()).tmp")
  }

  func relative(_ path: String) -> String {
    guard let root = files.resolvedRoot, path.hasPrefix(root + "/") else { return path }
    return String(path.dropFirst(root.count + 1))
  }

  func absolute(_ relativePath: String) -> String {
    joinPath(files.resolvedRoot ?? files.root, relativePath)
  }

  private func writeJournal(_ journal: Journal) throws(LedgerWriteError) {
    do {
      try AtomicFile.write(JSONWriter().string(for: journal.json), to: journalPath)
    } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }
}
