/// Two checks on each claim the loader reads, on the record in place: its place in the article,
/// and its file's name.
extension LedgerLoader {
  /// Whether `first` comes before `second` in the article: by anchor start, then end, then id
  /// (read in place, and only for anchors on the same words).
  static func inTextOrder(_ first: LoadedClaim, _ second: LoadedClaim) -> Bool {
    first.withClaim { first in
      second.withClaim { second in
        (first.anchor.start, first.anchor.end) != (second.anchor.start, second.anchor.end)
          ? (first.anchor.start, first.anchor.end) < (second.anchor.start, second.anchor.end)
          : first.id < second.id
      }
    }
  }

  /// Whether `path` is the file of the record `id`: whether it ends with `/<id>.json`, read on
  /// the bytes, with no path made for each record. A claim file's path ends in
  /// `claims/<name>`, so its last `/` is a character of its own, as `String.hasSuffix` (which
  /// compares characters) reads it too.
  static func isFile(_ path: String, of id: String) -> Bool {
    var (path, id) = (path, id)
    return path.withUTF8 { path in
      id.withUTF8 { id in
        let tail = path.count - id.count - ".json".utf8.count
        guard tail > 0, path[tail - 1] == UInt8(ascii: "/") else { return false }
        return path[tail..<tail + id.count].elementsEqual(id)
          && path[(tail + id.count)...].elementsEqual(".json".utf8)
      }
    }
  }
}
