#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LedgerFiles {
  /// A folder of the ledger, listed: its path as named, its real path, and its names.
  public struct ListedFolder: Sendable, Equatable {
    /// The folder as the ledger names it.
    public var path: String
    /// The folder with every link resolved (inside the ledger, or allowed by `followsLinks`).
    public var realPath: String
    /// The names in it, sorted, without hidden ones.
    public var names: [String]
  }

  /// The folder at `path` with its names; `nil` when it is missing.
  ///
  /// - Throws: `outsideLedger` when it leads outside the ledger, `unreadable` when it cannot
  ///   be listed.
  public func listFolder(_ path: String) throws(Failure) -> ListedFolder? {
    guard let resolved = try resolve(path) else { return nil }
    guard let names = Self.names(inFolder: resolved) else {
      throw .unreadable(.unreadable(path: path, reason: "cannot list the folder"))
    }
    return ListedFolder(path: path, realPath: resolved, names: names)
  }

  /// Runs `body` with `folder` open, so that its files are read by name, and closes it after.
  ///
  /// One folder is open at a time for each caller, whatever the ledger's size. A folder that
  /// can no longer be opened (removed, or replaced by a link since it was listed) is read
  /// path by path, which gives each file's failure as `read(_:size:)` does.
  public func withOpenFolder<Result>(
    _ folder: ListedFolder, _ body: (OpenFolder) throws -> Result
  ) rethrows -> Result {
    var descriptor: Int32 = -1
    if followsLinks || contains(folder.realPath) {
      descriptor = open(folder.realPath, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }
    defer { if descriptor >= 0 { close(descriptor) } }
    return try body(OpenFolder(files: self, path: folder.path, descriptor: descriptor))
  }

  /// A folder held open by `withOpenFolder`: its files are opened by name in it.
  public struct OpenFolder {
    /// The ledger's files.
    let files: LedgerFiles
    /// The folder as the ledger names it.
    public let path: String
    /// The open folder, or -1 when it could not be opened.
    let descriptor: Int32

    /// The bytes of the file `name` in the folder, as `LedgerFiles.read` gives those of
    /// `path`, the file's path as named: the same bytes, the same failures.
    ///
    /// A name that is a symbolic link is resolved and checked as any path is.
    public func read(_ name: String, path: String, size: InputLimit = .fileBytes)
      throws(Failure) -> [UInt8]
    {
      guard descriptor >= 0, Self.isPlain(name) else { return try files.read(path, size: size) }
      do {
        return try BoundedFile.read(
          name, inFolder: descriptor, path: path, limit: files.limits[size], setting: size)
      } catch {
        guard case .isALink = error else { throw .unreadable(error) }
      }
      return try files.read(path, size: size)
    }

    /// Whether `name` names a file in the folder itself: not empty, `.`, `..`, nor a path.
    private static func isPlain(_ name: String) -> Bool {
      !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/"))
    }
  }
}
