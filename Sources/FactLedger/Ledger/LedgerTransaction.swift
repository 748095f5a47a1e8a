import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a writer found left by an interrupted one, and settled, before it wrote.
public enum WriteRecovery: Sendable, Equatable {
  /// Nothing to do.
  case clean
  /// An interrupted write had not committed; its temporary files were removed.
  case rolledBack(files: Int)
  /// An interrupted write had committed; its remaining files were put in place.
  case rolledForward(files: Int)

  /// A sentence for a note, or `nil` when there was nothing to do.
  public var note: String? {
    switch self {
    case .clean: nil
    case .rolledBack(let files):
      "an interrupted write was rolled back: it had replaced none of its \(files) file\(files == 1 ? "" : "s"), and its temporary files were removed"
    case .rolledForward(let files):
      "an interrupted write had committed and was completed: \(files) file\(files == 1 ? "" : "s") put in place"
    }
  }
}

/// Replaces several files of a ledger all or nothing, under the ledger's writer lock.
///
/// Each new content goes to a temporary file beside its target, flushed to disk; then a journal
/// in the lock's folder (`.factledger.journal`) names every pair, and only once the journal
/// says `committed` are the temporary files renamed over their targets. A writer killed, or out
/// of disk space, at any moment leaves one of two states, which the next writer to take the
/// lock settles before doing anything else (`recover`):
/// - journal `prepared` (or none, with temporary files left over): nothing was replaced yet, so
///   the temporary files are removed: rolled back;
/// - journal `committed`: every new content is on disk, so the remaining renames are done:
///   rolled forward.
/// Targets are real paths inside the ledger (`LedgerFiles.resolve`), so a linked claim file
/// stays a link and a write never lands outside the ledger.
struct LedgerTransaction {
  /// The journal's file name, in the ledger's folder beside the lock.
  static let journalName = ".factledger.journal"

  /// One file to replace.
  struct Change {
    /// The file, as the ledger names it (for messages).
    var path: String
    /// The new content.
    var text: String
    /// Whether the file is new: its folder must then exist inside the ledger, and the file
    /// must not.
    var isNew = false
  }

  let files: LedgerFiles
  private var journalPath: String { joinPath(files.resolvedRoot ?? files.root, Self.journalName) }

  init(files: LedgerFiles) {
    self.files = files
  }

  // MARK: - Writing

  /// Replaces every file of `changes`, all or nothing. The caller holds the ledger's lock.
  ///
  /// - Throws: `LedgerWriteError.cannotWrite` when a temporary file cannot be written (nothing
  ///   replaced, temporary files removed) or `outsideLedger` when a target leaves the ledger.
  func commit(_ changes: [Change]) throws(LedgerWriteError) {
    guard !changes.isEmpty else { return }
    var pairs: [(temporary: String, target: String, path: String)] = []
    for change in changes {
      if change.isNew {
        let target = try newTarget(change.path)
        pairs.append((Self.temporaryPath(for: target), target, change.path))
        continue
      }
      let resolved: String?
      do {
        resolved = try files.resolve(change.path)
      } catch {
        throw .cannotWrite(path: change.path, reason: error.message)
      }
      guard let target = resolved else {
        throw .cannotWrite(path: change.path, reason: "it no longer exists")
      }
      pairs.append((Self.temporaryPath(for: target), target, change.path))
    }
    let journal = Journal(
      pairs: pairs.map { (relative($0.temporary), relative($0.target)) })
    try writeJournal(journal, state: .prepared)
    for (index, pair) in pairs.enumerated() {
      do {
        try AtomicFile.writeSynced(changes[index].text, to: pair.temporary)
      } catch {
        rollBack(journal)
        unlink(journalPath)
        throw .cannotWrite(path: pair.path, reason: error.reason + "; no claim was changed")
      }
      FaultInjection.point("temporary-written", count: index + 1)
    }
    FaultInjection.beforeCommit()
    do {
      try writeJournal(journal, state: .committed)
    } catch {
      // The journal still says `prepared`: nothing is replaced, so undo it all now.
      rollBack(journal)
      unlink(journalPath)
      throw error
    }
    FaultInjection.point("committed")
    for (index, pair) in pairs.enumerated() {
      // Past the commit point every rename must happen: one that fails now is retried by the
      // next writer, which finds the journal committed.
      guard rename(pair.temporary, pair.target) == 0 else {
        throw .cannotWrite(
          path: pair.path,
          reason:
            "\(String(cString: strerror(errno))); the write is committed and the next writer completes it"
        )
      }
      FaultInjection.point("renamed", count: index + 1)
    }
    for folder in Set(pairs.map { ($0.target as NSString).deletingLastPathComponent }) {
      AtomicFile.syncFolder(folder)
    }
    unlink(journalPath)
    AtomicFile.syncFolder((journalPath as NSString).deletingLastPathComponent)
  }

  /// The real path a new file of the ledger will have: its folder resolved inside the
  /// ledger, and nothing there yet.
  private func newTarget(_ path: String) throws(LedgerWriteError) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let resolved: String?
    do {
      resolved = try files.resolve(folder)
    } catch {
      throw .cannotWrite(path: path, reason: error.message)
    }
    guard let resolvedFolder = resolved else {
      throw .cannotWrite(path: path, reason: "its folder does not exist")
    }
    let target = joinPath(resolvedFolder, (path as NSString).lastPathComponent)
    var status = stat()
    guard lstat(target, &status) != 0 else {
      throw .cannotWrite(path: path, reason: "a file is already there")
    }
    return target
  }

  // MARK: - Recovering

  /// Settles what an interrupted writer left: rolls a committed journal forward, a prepared one
  /// back, and removes temporary files no journal names. The caller holds the ledger's lock.
  ///
  /// - Throws: `LedgerWriteError.cannotWrite` when the journal is unreadable or names a path
  ///   outside the ledger (it is then left for a person to look at).
  func recover() throws(LedgerWriteError) -> WriteRecovery {
    var recovery = WriteRecovery.clean
    if let bytes = try? BoundedFile.read(journalPath, limit: 16 << 20, followsLinks: false) {
      let journal: Journal
      do {
        journal = try Journal(bytes: bytes, within: files)
      } catch {
        throw .cannotWrite(
          path: journalPath,
          reason:
            "the journal of an interrupted write cannot be used (\(error.message)); nothing was written"
        )
      }
      switch journal.state {
      case .committed:
        // A temporary file already gone was renamed before the writer stopped.
        for pair in journal.pairs where access(absolute(pair.temporary), F_OK) == 0 {
          guard rename(absolute(pair.temporary), absolute(pair.target)) == 0 else {
            throw .cannotWrite(
              path: absolute(pair.target), reason: String(cString: strerror(errno)))
          }
        }
        recovery = .rolledForward(files: journal.pairs.count)
      case .prepared:
        rollBack(journal)
        recovery = .rolledBack(files: journal.pairs.count)
      }
      unlink(journalPath)
    }
    let strays = strayTemporaryFiles()
    for stray in strays { unlink(stray) }
    if recovery == .clean, !strays.isEmpty { recovery = .rolledBack(files: strays.count) }
    return recovery
  }

  private func rollBack(_ journal: Journal) {
    for pair in journal.pairs { unlink(absolute(pair.temporary)) }
  }

  /// Temporary files of this tool's naming in the ledger's claim folders: left by a writer
  /// killed before it wrote a journal (as writers before the journal existed could be).
  private func strayTemporaryFiles() -> [String] {
    guard let root = files.resolvedRoot else { return [] }
    let articles = joinPath(root, "articles")
    let manager = FileManager.default
    var found: [String] = []
    for article in (try? manager.contentsOfDirectory(atPath: articles)) ?? [] {
      let claims = joinPath(joinPath(articles, article), "claims")
      guard files.contains(LedgerFiles.realPath(claims) ?? "") else { continue }
      for name in (try? manager.contentsOfDirectory(atPath: claims)) ?? []
      where Self.isTemporaryName(name) {
        found.append(joinPath(claims, name))
      }
    }
    return found
  }

  // MARK: - Names and the journal file

  /// `.<name>.<pid>.tmp` beside the target.
  static func temporaryPath(for target: String) -> String {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    return joinPath(folder, ".\(name).\(getpid()).tmp")
  }

  static func isTemporaryName(_ name: String) -> Bool {
    name.hasPrefix(".") && name.hasSuffix(".tmp") && name.contains(".json.")
  }

  private func relative(_ path: String) -> String {
    guard let root = files.resolvedRoot, path.hasPrefix(root + "/") else { return path }
    return String(path.dropFirst(root.count + 1))
  }

  private func absolute(_ relativePath: String) -> String {
    joinPath(files.resolvedRoot ?? files.root, relativePath)
  }

  private func writeJournal(_ journal: Journal, state: Journal.State) throws(LedgerWriteError) {
    var journal = journal
    journal.state = state
    do {
      try AtomicFile.write(JSONWriter().string(for: journal.json), to: journalPath)
    } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }
}
