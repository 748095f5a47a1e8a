#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LedgerFiles {
  /// A folder of the ledger: its path as named and its real path.
  struct Folder: Sendable, Equatable {
    /// The folder as the ledger names it.
    var path: String
    /// The folder with every link resolved (inside the ledger, or allowed by `followsLinks`).
    var realPath: String
  }

  /// A folder of the ledger, listed: the folder and its names.
  struct ListedFolder: Sendable, Equatable {
    var folder: Folder
    /// The names in it, sorted, without hidden ones.
    var names: [String]
  }

  /// The folder at `path` with its names; `nil` when it is missing.
  ///
  /// - Throws: `outsideLedger` when it leads outside the ledger, `unreadable` when it cannot
  ///   be listed.
  func listFolder(_ path: String) throws(Failure) -> ListedFolder? {
    guard let resolved = try resolve(path) else { return nil }
    guard let names = Self.names(inFolder: resolved) else {
      throw .unreadable(.unreadable(path: path, reason: "cannot list the folder"))
    }
    return ListedFolder(folder: Folder(path: path, realPath: resolved), names: names)
  }

  /// Runs `body` with `folder` open, so that its files are read by name, and closes it after.
  ///
  /// One folder is open at a time for each caller, whatever the ledger's size. A folder that
  /// can no longer be opened (removed, or replaced by a link since it was listed) is read
  /// path by path, which gives each file's failure as `read(_:size:)` does.
  func withOpenFolder<Result>(
    _ folder: Folder, _ body: (OpenFolder) throws -> Result
  ) rethrows -> Result {
    var descriptor: Int32 = -1
    if followsLinks || contains(folder.realPath) {
      descriptor = open(folder.realPath, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }
    defer { if descriptor >= 0 { close(descriptor) } }
    return try body(OpenFolder(files: self, path: folder.path, descriptor: descriptor))
  }

  /// A folder held open by `withOpenFolder`: its files are opened by name in it.
  ///
  /// It must not be kept past the call of `body` it is given to: its descriptor is closed when
  /// that returns, and the number may then stand for another file.
  struct OpenFolder {
    /// The ledger's files.
    let files: LedgerFiles
    /// The folder as the ledger names it.
    let path: String
    /// The open folder, or -1 when it could not be opened.
    let descriptor: Int32

    /// The bytes of the file at `path`, a file of this folder as the ledger names it
    /// (`joinPath(path, name)`), as `LedgerFiles.read` gives them: the same bytes, the same
    /// failures. The file is opened by its name in the open folder.
    ///
    /// A name that is a symbolic link, or a path that is not a name in this folder, is resolved
    /// and checked as any path is.
    func read(_ path: String, size: InputLimit = .fileBytes) throws(Failure) -> [UInt8] {
      guard descriptor >= 0, let nameStart = nameStart(in: path) else {
        return try files.read(path, size: size)
      }
      // The name is the end of the path: it is handed over where it stands, not copied.
      let outcome = path.withCString { whole in
        Result { () throws(BoundedFile.Failure) in
          try BoundedFile.read(
            whole + nameStart, inFolder: descriptor, path: path, limit: files.limits[size],
            setting: size)
        }
      }
      switch outcome {
      case .success(let bytes): return bytes
      case .failure(.isALink): return try files.read(path, size: size)
      case .failure(let failure): throw .unreadable(failure)
      }
    }

    /// Where the name starts in `path` (in UTF-8 bytes), when `path` is this folder's path and
    /// a plain name: not empty, `.` or `..`, and no `/` in it.
    ///
    /// Read on the bytes where they stand: it is asked once for every claim file, and a search
    /// through a `Substring`'s UTF-8 view went a byte at a time through the generic path.
    private func nameStart(in path: String) -> Int? {
      var (path, folder) = (path, self.path)
      return path.withUTF8 { path in folder.withUTF8 { Self.nameStart(in: path, folder: $0) } }
    }

    private static func nameStart(
      in path: UnsafeBufferPointer<UInt8>, folder: UnsafeBufferPointer<UInt8>
    ) -> Int? {
      let slash = UInt8(ascii: "/")
      let dot = UInt8(ascii: ".")
      guard path.count > folder.count,
        folder.isEmpty || memcmp(path.baseAddress!, folder.baseAddress!, folder.count) == 0
      else { return nil }
      var start = folder.count
      if folder.last != slash {
        guard path[start] == slash else { return nil }
        start += 1
      }
      let nameCount = path.count - start
      let isDots = nameCount <= 2 && path[start...].allSatisfy { $0 == dot }
      guard nameCount > 0, !isDots,
        memchr(path.baseAddress! + start, Int32(slash), nameCount) == nil
      else { return nil }
      return start
    }
  }
}
