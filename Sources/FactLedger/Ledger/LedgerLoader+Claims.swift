#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the loader does with each claim it reads: its article's id shared, its place in the
/// article and its file's name checked, on the record in place; and the claim files of the
/// articles it leaves unread, listed.
extension LedgerLoader {
  /// `claim` naming its article by `id`'s own string when it names that article: every record
  /// of an article names it, and they share one string instead of a copy each.
  static func sharingArticle(_ claim: Claim, id: String) -> Claim {
    guard claim.article.utf8.elementsEqual(id.utf8) else { return claim }
    var claim = claim
    claim.article = id
    return claim
  }

  /// `claims` in the order they stand in the article: by anchor start, then end, then id, and
  /// records alike in all three in the order given.
  ///
  /// The anchors' offsets are sorted as numbers beside each record's index, and the records
  /// moved once: sorting the records themselves counted a reference on both records' storage
  /// at every comparison (about 30 a record), from every core at once.
  static func inTextOrder(_ claims: [LoadedClaim]) -> [LoadedClaim] {
    var keys = claims.indices.map { index in
      claims[index].withClaim { claim in
        TextOrderKey(start: claim.anchor.start, end: claim.anchor.end, index: index)
      }
    }
    keys.sort { first, second in
      if (first.start, first.end) != (second.start, second.end) {
        return (first.start, first.end) < (second.start, second.end)
      }
      let (firstID, secondID) = (claims[first.index].id, claims[second.index].id)
      return firstID != secondID ? firstID < secondID : first.index < second.index
    }
    return keys.map { claims[$0.index] }
  }

  /// A record's place in its article, and in the list it was read in.
  private struct TextOrderKey {
    var start: Int
    var end: Int
    var index: Int
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
        return (id.isEmpty || memcmp(path.baseAddress! + tail, id.baseAddress!, id.count) == 0)
          && path[(tail + id.count)...].elementsEqual(".json".utf8)
      }
    }
  }

  /// The claim files of an article left unread, by the id their names give; nothing when the
  /// folder cannot be listed (its own run reports that).
  static func listClaimFiles(
    in folder: String, reader: RecordReader, into records: inout [String: String]
  ) {
    var ignored: [Finding] = []
    for name in reader.list(folder, diagnostics: &ignored) ?? [] where name.hasSuffix(".json") {
      let id = String(name.dropLast(".json".count))
      if records[id] == nil { records[id] = joinPath(folder, name) }
    }
  }
}
