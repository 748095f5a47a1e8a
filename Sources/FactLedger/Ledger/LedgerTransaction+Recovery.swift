import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LedgerTransaction {
  /// Settles what an interrupted writer left: rolls a committed journal forward, a prepared one
  /// back, and removes temporary files no journal names. The caller holds the ledger's lock.
  ///
  /// A committed journal is rolled forward only when every file is as it says: each remaining
  /// temporary file holds the new content (its SHA-256), each target still the old, and each
  /// target already replaced the new. Anything else (a file edited, checked out or planted
  /// since) is refused, and nothing is touched.
  /// - Throws: `LedgerWriteError.cannotWrite` when the journal is unreadable, names a path
  ///   outside the ledger, or does not match the files (it is then left for a person).
  func recover() throws(LedgerWriteError) -> WriteRecovery {
    var recovery = WriteRecovery.clean
    if let journal = try readJournal() {
      switch journal.state {
      case .committed:
        try checkRollForward(journal)
        for entry in journal.entries where access(absolute(entry.temporary), F_OK) == 0 {
          guard rename(absolute(entry.temporary), absolute(entry.target)) == 0 else {
            throw .cannotWrite(
              path: absolute(entry.target), reason: String(cString: strerror(errno)))
          }
        }
        unlink(journalPath)
        recovery = .rolledForward(files: journal.entries.count)
      case .prepared:
        abandon(journal)
        recovery = .rolledBack(files: journal.entries.count)
      }
    }
    let strays = strayTemporaryFiles()
    for stray in strays { unlink(stray) }
    if recovery == .clean, !strays.isEmpty { recovery = .rolledBack(files: strays.count) }
    return recovery
  }

  /// The journal, if there is one; a journal that cannot be read or used is an error.
  private func readJournal() throws(LedgerWriteError) -> Journal? {
    var status = stat()
    guard lstat(journalPath, &status) == 0 else { return nil }
    let refuse = { (reason: String) in
      LedgerWriteError.cannotWrite(
        path: journalPath,
        reason:
          "the journal of an interrupted write cannot be used (\(reason)); nothing was written; look at it, then remove it"
      )
    }
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(
        journalPath, limit: 16 << 20, followsLinks: false, readsStreams: false)
    } catch {
      throw refuse(error.message)
    }
    do {
      return try Journal(bytes: bytes, within: files)
    } catch {
      throw refuse(error.message)
    }
  }

  /// Refuses a roll forward unless every file is as the committed journal says.
  private func checkRollForward(_ journal: Journal) throws(LedgerWriteError) {
    for entry in journal.entries {
      let temporary = absolute(entry.temporary)
      let target = absolute(entry.target)
      var status = stat()
      let targetHash =
        lstat(target, &status) == 0 ? try? Self.hash(ofFileAt: target, path: entry.target) : nil
      let consistent: Bool
      if lstat(temporary, &status) == 0 {
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        let temporaryHash = try? Self.hash(ofFileAt: temporary, path: entry.temporary)
        consistent = isRegular && temporaryHash == entry.after && targetHash == entry.before
      } else {
        consistent = targetHash == entry.after
      }
      guard consistent else {
        throw .cannotWrite(
          path: journalPath,
          reason:
            "the journal of an interrupted write does not match '\(entry.target)' any more (it changed since, or the journal was not written by this ledger's writer); nothing was written; look at it, then remove it"
        )
      }
    }
  }

  /// Temporary files of this tool's naming in the ledger's folder, its articles' folders and
  /// their claim folders: left by a writer killed before it wrote a journal.
  private func strayTemporaryFiles() -> [String] {
    guard let root = files.resolvedRoot else { return [] }
    let manager = FileManager.default
    let articles = joinPath(root, "articles")
    var folders = [root]
    for article in (try? manager.contentsOfDirectory(atPath: articles)) ?? [] {
      folders.append(joinPath(articles, article))
      folders.append(joinPath(joinPath(articles, article), "claims"))
    }
    return folders.filter { files.contains(LedgerFiles.realPath($0) ?? "") }.flatMap { folder in
      ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter(Self.isTemporaryName)
        .map { joinPath(folder, $0) }
    }
  }

  /// `.<name>.<pid>.tmp`, as `temporaryPath(for:)` names them.
  static func isTemporaryName(_ name: String) -> Bool {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
    let middle = name.dropFirst().dropLast(".tmp".count)
    guard let dot = middle.lastIndex(of: "."), !middle[..<dot].isEmpty else { return false }
    return middle[middle.index(after: dot)...].allSatisfy(\.isASCIIDigitCharacter)
      && !middle[middle.index(after: dot)...].isEmpty
  }
}

extension Character {
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
