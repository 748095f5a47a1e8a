import Foundation

/// Where a finding is, as SARIF readers read it: a URI relative to `%SRCROOT%` (the folder
/// factledger ran in) when the file lies inside it, else an absolute `file://` URI with no
/// base; and a column counted in UTF-16 code units (`columnKind: utf16CodeUnits`, what GitHub
/// code scanning reads), converted from factledger's Unicode-scalar columns with the line's
/// text.
struct SARIFLocation: Sendable {
  /// The folder `%SRCROOT%` stands for: an absolute path.
  let root: String
  /// The text of a line of a file (1-based), or `nil` when it cannot be read.
  let lineText: @Sendable (_ path: String, _ line: Int) -> Substring?

  /// The artifact location: `uri` and, when relative, `uriBaseId`.
  func artifact(of path: String) -> JSONValue {
    let absolute = Self.standardized(path.hasPrefix("/") ? path : root + "/" + path)
    let base = Self.standardized(root)
    let prefix = base.hasSuffix("/") ? base : base + "/"
    if absolute.hasPrefix(prefix) {
      return .object([
        "uri": .string(Self.percentEncoded(String(absolute.dropFirst(prefix.count)))),
        "uriBaseId": .string("%SRCROOT%"),
      ])
    }
    return .object(["uri": .string("file://" + Self.percentEncoded(absolute))])
  }

  /// The UTF-16 column of a scalar column on `line` of `path`: each scalar beyond the Basic
  /// Multilingual Plane before it counts twice. Unchanged when the line cannot be read.
  func utf16Column(path: String, line: Int, column: Int) -> Int {
    guard column > 1, let text = lineText(path, line) else { return column }
    let before = text.unicodeScalars.prefix(column - 1)
    return column + before.filter { $0.value > 0xFFFF }.count
  }

  /// `path` without `.` and `..` components.
  static func standardized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// A path as a URI reference: every byte but unreserved characters and `/` percent-encoded.
  static func percentEncoded(_ path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      if unreserved[Int(byte)] {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return encoded
  }

  /// For each byte, whether a URI path keeps it as it is (an unreserved character, or `/`).
  private static let unreserved: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8 {
      table[Int(byte)] = true
    }
    return table
  }()
}

extension SARIFLocation {
  /// Locations relative to the current folder, reading lines from the files themselves (each
  /// file once, within `limit` bytes).
  static func reading(limit: Int) -> SARIFLocation {
    let cache = LineCache(limit: limit)
    return SARIFLocation(
      root: FileManager.default.currentDirectoryPath,
      lineText: { path, line in cache.line(line, of: path) })
  }
}

/// The lines of the files findings are in, each file read once, by any thread.
private final class LineCache: @unchecked Sendable {
  private let limit: Int
  private let lock = NSLock()
  /// Guarded by `lock`.
  private var files: [String: [Substring]] = [:]

  init(limit: Int) { self.limit = limit }

  func line(_ number: Int, of path: String) -> Substring? {
    let lines = lock.withLock { files[path] } ?? read(path)
    guard lines.indices.contains(number - 1) else { return nil }
    return lines[number - 1]
  }

  /// The lines of `path`, read (outside the lock: two threads may both read a file, and keep
  /// the same lines) and kept.
  private func read(_ path: String) -> [Substring] {
    let bytes = (try? BoundedFile.read(path, limit: limit)) ?? []
    let lines = SARIFLocation.lines(of: String(decoding: bytes, as: UTF8.self))
    lock.withLock { files[path] = lines }
    return lines
  }
}

extension SARIFLocation {
  /// The lines of `text`, split at every line feed, as the parser counts lines: a line of a
  /// file with CRLF line ends keeps its carriage return at its end, after every column. (Split
  /// by `Character`, `"\r\n"` is one character that splits nothing, and such a file's later
  /// lines were not found: their columns were left in scalars.)
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let next = utf8.index(after: index)
      if utf8[index] == UInt8(ascii: "\n") {
        lines.append(text[start..<index])
        start = next
      }
      index = next
    }
    lines.append(text[start...])
    return lines
  }
}
