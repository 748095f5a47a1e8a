import Foundation

/// The journal of one all-or-nothing write (`LedgerTransaction`): the folders it creates, which
/// temporary file replaces which target, the SHA-256 of each target before and of its new
/// content, and whether the write has committed.
///
/// It lives beside the lock, is never committed to git, and is read back only by the next
/// writer. Since a journal is a file anyone could plant, every path in it is checked before it
/// is acted on (relative, inside the ledger, a temporary file of the tool's own naming beside
/// its target), and a committed one is rolled forward only when every file is still exactly as
/// the journal says: each temporary file holds the new content, each target the old.
struct Journal: Equatable {
  /// How far the write got.
  enum State: String {
    /// Folders and temporary files are being made; no target has been replaced.
    case prepared
    /// Every temporary file is written and flushed; the renames may be done by anyone.
    case committed
  }

  /// One file the write replaces or creates.
  struct Entry: Equatable {
    /// The temporary file, relative to the ledger's real folder.
    var temporary: String
    /// The file it replaces, relative to the ledger's real folder.
    var target: String
    /// The target's SHA-256 before the write; `nil` for a new file.
    var before: String?
    /// The SHA-256 of the new content.
    var after: String
  }

  var state: State = .prepared
  /// Folders the write creates, parents first, relative to the ledger's real folder.
  var folders: [String] = []
  var entries: [Entry] = []

  init(folders: [String] = [], entries: [Entry] = []) {
    self.folders = folders
    self.entries = entries
  }

  var json: JSONValue {
    .object([
      "state": .string(state.rawValue),
      "folders": .array(folders.map(JSONValue.string)),
      "files": .array(
        entries.map {
          .object([
            "temporary": .string($0.temporary), "target": .string($0.target),
            "before": $0.before.map(JSONValue.string) ?? .null, "after": .string($0.after),
          ])
        }),
    ])
  }

  /// Why a journal cannot be used.
  struct Problem: Error {
    var message: String
  }

  /// Reads a journal, refusing it unless every path in it is safe to act on in `files`.
  init(bytes: [UInt8], within files: LedgerFiles) throws(Problem) {
    guard let json = try? JSONParser().parse(bytes),
      let state = json["state"]?.stringValue.flatMap(State.init(rawValue:)),
      let entries = json["files"]?.arrayValue
    else { throw Problem(message: "it is not a journal of this tool") }
    let root = files.resolvedRoot ?? files.root
    var folders: [String] = []
    for folder in json["folders"]?.arrayValue ?? [] {
      guard let folder = folder.stringValue else {
        throw Problem(message: "a folder is not a path")
      }
      try Self.checkRelative(folder)
      try Self.checkInside(joinPath(root, folder), named: folder, in: files)
      folders.append(folder)
    }
    for entry in entries {
      guard let temporary = entry["temporary"]?.stringValue,
        let target = entry["target"]?.stringValue, let after = entry["after"]?.stringValue
      else { throw Problem(message: "an entry lacks its paths or its hash") }
      try Self.checkRelative(temporary)
      try Self.checkRelative(target)
      let targetName = target.split(separator: "/").last.map(String.init) ?? ""
      let folder = String(target.dropLast(targetName.count))
      guard temporary.hasPrefix(folder + "." + targetName + "."), temporary.hasSuffix(".tmp"),
        !temporary.dropFirst(folder.count).contains("/")
      else {
        throw Problem(message: "'\(temporary)' is not a temporary file beside '\(target)'")
      }
      // The target, or for a new file its folder, must resolve inside the ledger.
      let absoluteTarget = joinPath(root, target)
      try Self.checkInside(absoluteTarget, named: target, in: files)
      try Self.checkInside(
        parentFolder(of: absoluteTarget), named: target, in: files)
      self.entries.append(
        Entry(
          temporary: temporary, target: target, before: entry["before"]?.stringValue,
          after: after))
    }
    self.folders = folders
    self.state = state
  }

  private static func checkRelative(_ path: String) throws(Problem) {
    guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
      throw Problem(message: "'\(path)' is not a path inside the ledger")
    }
  }

  private static func checkInside(_ path: String, named name: String, in files: LedgerFiles)
    throws(Problem)
  {
    if let resolved = LedgerFiles.realPath(path), !files.contains(resolved) {
      throw Problem(message: "'\(name)' leads outside the ledger")
    }
  }
}
