import Foundation

/// The journal of one all-or-nothing write (`LedgerTransaction`): which temporary file replaces
/// which target, and whether the write has committed.
///
/// It lives beside the lock, is never committed to git, and is read back only by the next
/// writer. Since a journal is a file anyone could plant, every path in it is checked before
/// it is acted on: relative, inside the ledger, and a temporary file of the tool's own naming
/// beside its target.
struct Journal: Equatable {
  /// How far the write got.
  enum State: String {
    /// Temporary files are being written; no target has been replaced.
    case prepared
    /// Every temporary file is written and flushed; the renames may be done by anyone.
    case committed
  }

  var state: State = .prepared
  /// Paths relative to the ledger's real folder.
  var pairs: [(temporary: String, target: String)]

  init(pairs: [(temporary: String, target: String)]) {
    self.pairs = pairs
  }

  static func == (lhs: Journal, rhs: Journal) -> Bool {
    lhs.state == rhs.state && lhs.pairs.map(\.temporary) == rhs.pairs.map(\.temporary)
      && lhs.pairs.map(\.target) == rhs.pairs.map(\.target)
  }

  var json: JSONValue {
    .object([
      "state": .string(state.rawValue),
      "files": .array(
        pairs.map { .object(["temporary": .string($0.temporary), "target": .string($0.target)]) }),
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
    var pairs: [(temporary: String, target: String)] = []
    for entry in entries {
      guard let temporary = entry["temporary"]?.stringValue,
        let target = entry["target"]?.stringValue
      else { throw Problem(message: "an entry lacks its paths") }
      for path in [temporary, target] {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
          throw Problem(message: "'\(path)' is not a path inside the ledger")
        }
      }
      let targetName = target.split(separator: "/").last.map(String.init) ?? ""
      let folder = String(target.dropLast(targetName.count))
      guard temporary.hasPrefix(folder + "." + targetName + "."), temporary.hasSuffix(".tmp"),
        !temporary.dropFirst(folder.count).contains("/")
      else {
        throw Problem(message: "'\(temporary)' is not a temporary file beside '\(target)'")
      }
      let absoluteTarget = joinPath(files.resolvedRoot ?? files.root, target)
      // The target, or for a new file its folder, must resolve inside the ledger.
      let folderOfTarget = (absoluteTarget as NSString).deletingLastPathComponent
      for place in [absoluteTarget, folderOfTarget] {
        if let resolved = LedgerFiles.realPath(place), !files.contains(resolved) {
          throw Problem(message: "'\(target)' leads outside the ledger")
        }
      }
      pairs.append((temporary, target))
    }
    self.pairs = pairs
    self.state = state
  }
}
