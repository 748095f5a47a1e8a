import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files of one ledger, as the tool may touch them: every path resolved through its
/// symbolic links and kept inside the ledger's folder, and every file read within the limits.
///
/// A pull request can add a claim file that is a link to a runner's private file, or turn
/// `claims/` into a link to somewhere else; the tool must then neither read nor write outside
/// the ledger. Links that stay inside the ledger are followed; links that leave it are refused
/// unless `followsLinks` (the `--follow-links` option) says otherwise.
public struct LedgerFiles: Sendable {
  /// Why a path of the ledger was not used.
  public enum Failure: Error, Sendable, Equatable {
    /// The path, through a symbolic link, leads outside the ledger.
    case outsideLedger(path: String)
    /// The file could not be read.
    case unreadable(BoundedFile.Failure)

    /// A lowercase message, without the path (diagnostics put it in front).
    public var message: String {
      switch self {
      case .outsideLedger:
        "a symbolic link leads outside the ledger; it is not followed (--follow-links allows it)"
      case .unreadable(let failure): failure.message
      }
    }

    /// The error as a finding at the start of the file at `path`, as every reader reports it
    /// ("path:1:1: error: missing file [ledger-layout]").
    public func finding(in path: String) -> Finding {
      Finding(.error, path: path, message, rule: rule)
    }

    /// The finding's rule: `outside-ledger`, `input-limit` or `ledger-layout`.
    public var rule: RuleID {
      switch self {
      case .outsideLedger: .outsideLedger
      case .unreadable(.tooLarge): .inputLimit
      case .unreadable: .ledgerLayout
      }
    }
  }

  /// The ledger's folder, as named (paths in messages start with it).
  public let root: String
  /// The folder with every link resolved, or `nil` when it does not exist.
  public let resolvedRoot: String?
  /// Whether links may lead outside the ledger.
  public var followsLinks: Bool
  /// The limits every read keeps to.
  public var limits: InputLimits
  /// The real paths of the folders files were read from, each resolved once and shared by the
  /// copies of this value: a ledger of 100,000 claims has thousands of files in a folder.
  private let folders = TextMemo<String, String>()

  /// The files of the ledger at `root`.
  public init(root: String, followsLinks: Bool = false, limits: InputLimits = .default) {
    self.root = root
    self.resolvedRoot = Self.realPath(root)
    self.followsLinks = followsLinks
    self.limits = limits
  }

  /// The real path of `path`, a path inside the ledger as named, with every link resolved.
  ///
  /// - Returns: `nil` when nothing is there (so the caller reports a missing file).
  /// - Throws: `outsideLedger` when the real path is not inside the ledger's real folder.
  public func resolve(_ path: String) throws(Failure) -> String? {
    guard let resolved = realPathThroughFolder(path) else { return nil }
    guard followsLinks || contains(resolved) else { throw .outsideLedger(path: path) }
    return resolved
  }

  /// The bytes of the ledger file at `path`, within the limit `size` names (a ledger file's by
  /// default; an evidence file's for evidence the ledger keeps).
  public func read(_ path: String, size: InputLimit = .fileBytes) throws(Failure) -> [UInt8] {
    // Most names are not links: the file is opened in its folder's real path at once, and the
    // open refuses a link, which is then resolved the long way below.
    if let direct = pathInRealFolder(path), followsLinks || contains(direct) {
      do {
        return try BoundedFile.read(
          direct, limit: limits[size], setting: size, followsLinks: false, readsStreams: false)
      } catch {
        guard case .isALink = error else {
          throw .unreadable(Self.renamed(error, to: path))
        }
      }
    }
    guard let resolved = try resolve(path) else { throw .unreadable(.missing(path: path)) }
    do {
      // The resolved path has no link left; refusing one now closes the gap between the check
      // and the open, should a link be put in its place meanwhile.
      return try BoundedFile.read(
        resolved, limit: limits[size], setting: size, followsLinks: false, readsStreams: false)
    } catch {
      throw .unreadable(Self.renamed(error, to: path))
    }
  }

  /// The names in the folder at `path`, sorted, without hidden ones; `nil` when it is missing.
  public func list(_ path: String) throws(Failure) -> [String]? {
    try listFolder(path)?.names
  }

  /// The names in the folder at the real path `resolved`, sorted, without hidden ones; `nil`
  /// when it cannot be listed.
  static func names(inFolder resolved: String) -> [String]? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: resolved) else {
      return nil
    }
    let shown = names.filter { !$0.hasPrefix(".") }
    // Sorted on their bytes where all are ASCII (the order of `<`): a folder's names are not
    // known to be normalised, so `<` took the slow path for every pair.
    return shown.sorted(byASCIIKeys: { ASCIISortKey($0) }) ?? shown.sorted()
  }

  /// Whether something is at `path` (a link counts when its target exists).
  public func exists(_ path: String) -> Bool {
    Self.realPath(path) != nil
  }

  /// Whether `resolved`, a real path, lies inside the ledger.
  func contains(_ resolved: String) -> Bool {
    guard let resolvedRoot else { return false }
    if resolved == resolvedRoot { return true }
    return resolved.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/")
  }

  /// The real path of `path`: its folder's, resolved once, and its name, when the name is
  /// not itself a link (else `realpath(3)` of the whole path).
  private func realPathThroughFolder(_ path: String) -> String? {
    guard let inRealFolder = pathInRealFolder(path) else { return Self.realPath(path) }
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    guard status.st_mode & S_IFMT != S_IFLNK else { return Self.realPath(path) }
    return inRealFolder
  }

  /// `path`'s name in its folder's real path (resolved once); `nil` when the name is no plain
  /// name (none, `.`, `..`) or the folder does not exist.
  private func pathInRealFolder(_ path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    let name = path[path.index(after: slash)...]
    guard !name.isEmpty, name != ".", name != ".." else { return nil }
    let folder = slash == path.startIndex ? "/" : String(path[..<slash])
    guard let resolvedFolder = folders.value(for: folder, Self.realPath) else { return nil }
    return resolvedFolder == "/" ? "/" + name : resolvedFolder + "/" + name
  }

  /// `realpath(3)`: the absolute path with every link, `.` and `..` resolved.
  package static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The same failure, naming the path as the ledger names it rather than its real path.
  private static func renamed(_ failure: BoundedFile.Failure, to path: String)
    -> BoundedFile.Failure
  {
    switch failure {
    case .missing: .missing(path: path)
    case .isAFolder: .isAFolder(path: path)
    case .isALink: .isALink(path: path)
    case .notAFile: .notAFile(path: path)
    case .tooLarge(_, let bytes, let limit, let setting):
      .tooLarge(path: path, bytes: bytes, limit: limit, setting: setting)
    case .unreadable(_, let reason): .unreadable(path: path, reason: reason)
    }
  }
}
