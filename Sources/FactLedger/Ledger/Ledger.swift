/// A ledger loaded from disk: policy, sources, and every article with its records.
public struct Ledger: Sendable {
  /// The ledger folder, as it was named.
  public var root: String
  /// The policy from `factledger.json`.
  public var policy: Policy
  /// The registry from `sources.json`.
  public var sources: SourceRegistry
  /// The aliases and places from `gazetteer.json`; empty when the ledger has none.
  public var gazetteer: Gazetteer
  /// The articles, in id order.
  public var articles: [LoadedArticle]
  /// Problems that did not stop the load.
  public var warnings: [Finding]
  /// The claim files of the articles a scoped load left unread (`LintScope`), by record id
  /// (a claim file is named by its id): what ids are checked against beyond the loaded ones.
  public var unreadRecords: [String: String] = [:]

  /// Every record of every article, articles in id order, records in text order.
  public var claims: [LoadedClaim] { articles.flatMap(\.claims) }
}

extension [LoadedArticle] {
  /// How many records the articles hold, counted without gathering them (as `claims` does).
  public var claimCount: Int { reduce(0) { $0 + $1.claims.count } }
}

/// An article of a loaded ledger with its text and records.
public struct LoadedArticle: Sendable {
  /// The metadata.
  public var article: Article
  /// The path of `article.json`.
  public var path: String
  /// The text under review.
  public var text: String
  /// The path of the text file.
  public var textPath: String
  /// The records, in the order they stand in the text.
  public var claims: [LoadedClaim]

  /// An article.
  public init(
    article: Article, path: String, text: String, textPath: String, claims: [LoadedClaim]
  ) {
    self.article = article
    self.path = path
    self.text = text
    self.textPath = textPath
    self.claims = claims
  }

  /// The SHA-256 of `text`, taken at each call: only lint's rules and a record with an offset
  /// past the text's end ask, so listing and checking hash no text (7% of `list`'s work).
  /// The text was read as UTF-8 and kept unchanged, so its UTF-8 is the file's bytes.
  public var textHash: String { SHA256.hexDigest(of: text.utf8) }

  /// Whether the text is the one its records were made against (`article.json`'s SHA-256),
  /// hashed at each call as `textHash` is.
  public var isTextAsRecorded: Bool { textHash == article.sha256 }
}

/// A record of a loaded ledger with the file it came from.
public struct LoadedClaim: Sendable {
  /// The record, its path and its positions, shared by the copies of this value until one of
  /// them changes something: a ledger's records are copied into every listing, check and rule,
  /// and a copy of a record is dozens of reference counts, of a box one.
  private var box: ClaimBox

  /// The record.
  public var claim: Claim {
    _read { yield box.claim }
    _modify {
      var value = box.claim
      defer { box = box.with(claim: value) }
      yield &value
    }
  }

  /// Whether its file's name is its id and `.json`, known without joining its path.
  var isNamedByID: Bool { box.fileName == nil }

  /// The record's id (read from the record in place, not through a copy of it).
  public var id: String { box.claim.id }

  /// The result of `body` given the record in place.
  ///
  /// `claim` handed to a function as an argument is a copy of the whole record (its access
  /// ends before the call), a reference count for each of its strings; here the record is
  /// lent to `body` as it stands.
  public func withClaim<Result>(_ body: (Claim) throws -> Result) rethrows -> Result {
    try body(box.claim)
  }

  /// The path of its file.
  public var path: String {
    get { box.path }
    set {
      let (folder, name) = ClaimBox.split(newValue)
      box = ClaimBox(claim: box.claim, folder: folder, fileName: name, positions: box.positions)
    }
  }

  /// Where its fields stand in the file, for findings.
  public var positions: ClaimPositions {
    _read { yield box.positions }
    _modify {
      var value = box.positions
      defer {
        box = ClaimBox(
          claim: box.claim, folder: box.folder, fileName: box.fileName, positions: value)
      }
      yield &value
    }
  }

  /// Creates a loaded record, taking the positions from its parsed file.
  public init(claim: Claim, path: String, json: JSONValue) {
    let (folder, name) = ClaimBox.split(path)
    self.init(claim: claim, folder: folder, fileName: name, json: json)
  }

  /// Creates a loaded record of the file `fileName` in `folder` (a path that ends in `/`),
  /// which the records of one article share; a name that is the record's id and `.json` is
  /// not kept (see `ClaimBox`).
  init(claim: Claim, folder: String, fileName: String, json: JSONValue) {
    assert(folder.isEmpty || folder.utf8.last == UInt8(ascii: "/"), "'\(folder)' ends in no '/'")
    let idLength = claim.id.utf8.count
    let isNamedByID =
      fileName.utf8.count == idLength + 5 && fileName.utf8.starts(with: claim.id.utf8)
      && fileName.utf8.dropFirst(idLength).elementsEqual(".json".utf8)
    box = ClaimBox(
      claim: claim, folder: folder, fileName: isNamedByID ? nil : fileName,
      positions: ClaimPositions(json))
  }
}

/// A loaded record on the heap (`LoadedClaim`). Its fields are constants: a record is read far
/// more often than changed, and a constant is read in place, where a variable of a class is
/// copied out (or its access checked) on every read. A change makes a new box.
///
/// Its path is kept as its folder, one string for all the records of an article, and its
/// file's name only when that is not the record's id and `.json`: a path of its own for every
/// record was 1.2 MB at 10,000 claims (a twentieth of what `check` held), and a claim file is
/// named by its id. The path is joined when asked for, for findings and reports.
private final class ClaimBox: Sendable {
  let claim: Claim
  /// The folder of its file, through its last `/` (empty for a bare name).
  let folder: String
  /// Its file's name, or `nil` for the record's id and `.json`.
  let fileName: String?
  let positions: ClaimPositions

  init(claim: Claim, folder: String, fileName: String?, positions: ClaimPositions) {
    self.claim = claim
    self.folder = folder
    self.fileName = fileName
    self.positions = positions
  }

  /// The path of its file, byte for byte as it was given.
  var path: String {
    let name = fileName ?? claim.id + ".json"
    // Put together byte for byte: `joinPath` would add a `/` after one that ends a character
    // with a mark before it ("a\u{600}/"), which is not the path given.
    return folder + name
  }

  /// The box with `claim` in place of its record, in the same file: a name that was the old
  /// id's is kept when the id changes.
  func with(claim changed: Claim) -> ClaimBox {
    let name = fileName ?? (changed.id == claim.id ? nil : claim.id + ".json")
    return ClaimBox(claim: changed, folder: folder, fileName: name, positions: positions)
  }

  /// `path` as its folder (through the last `/`) and name, whose bytes put together are its
  /// bytes.
  static func split(_ path: String) -> (folder: String, name: String) {
    let bytes = Array(path.utf8)
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
    return (
      String(decoding: bytes[...slash], as: UTF8.self),
      String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    )
  }
}

/// The line and column of the fields of a claim file that findings point at. Kept instead of
/// the whole parsed file, which would hold a large ledger in memory twice.
public struct ClaimPositions: Sendable, Equatable {
  /// The start of the record.
  public var record: SourceLocation
  public var id: SourceLocation
  public var article: SourceLocation
  /// The `draft` field, or the record's start when there is none.
  public var draft: SourceLocation
  public var anchor: SourceLocation
  public var anchorStart: SourceLocation
  public var anchorEnd: SourceLocation
  public var anchorExact: SourceLocation
  public var attribution: SourceLocation
  public var vague: SourceLocation
  public var outlet: SourceLocation
  public var via: [SourceLocation]
  public var cue: SourceLocation
  public var cueStart: SourceLocation
  public var cueEnd: SourceLocation
  public var cueExact: SourceLocation
  public var carriedBy: SourceLocation
  public var assertions: SourceLocation
  /// Each review's start, oldest first.
  public var reviews: [SourceLocation]

  /// The positions in `json`; a field that is absent takes its parent's position.
  public init(_ json: JSONValue) {
    self = withUnsafePointer(to: json) { Self(in: $0) }
  }

  /// The positions in the record at `json`, its fields read in place: a field looked up by
  /// `JSONValue`'s subscript copies the object's members and compares every key whole, and a
  /// record has twenty positions.
  private init(in json: UnsafePointer<JSONValue>) {
    let record = json.pointee.location
    let at = { (value: UnsafePointer<JSONValue>?, fallback: SourceLocation) in
      value?.pointee.location ?? fallback
    }
    let anchor = Self.member("anchor", of: json)
    let attribution = Self.member("attribution", of: json)
    let cue = Self.member("cue", of: attribution)
    self.record = record
    id = at(Self.member("id", of: json), record)
    article = at(Self.member("article", of: json), record)
    draft = at(Self.member("draft", of: json), record)
    self.anchor = at(anchor, record)
    anchorStart = at(Self.member("start", of: anchor), self.anchor)
    anchorEnd = at(Self.member("end", of: anchor), self.anchor)
    anchorExact = at(Self.member("exact", of: anchor), self.anchor)
    self.attribution = at(attribution, record)
    vague = at(Self.member("vague", of: attribution), self.attribution)
    outlet = at(Self.member("outlet", of: attribution), self.attribution)
    via = Self.member("via", of: attribution)?.pointee.elementsInPlace?.map(\.location) ?? []
    self.cue = at(cue, self.attribution)
    cueStart = at(Self.member("start", of: cue), self.cue)
    cueEnd = at(Self.member("end", of: cue), self.cue)
    cueExact = at(Self.member("exact", of: cue), self.cue)
    carriedBy = at(Self.member("carriedBy", of: attribution), self.attribution)
    assertions = at(Self.member("assertions", of: json), record)
    reviews = Self.member("reviews", of: json)?.pointee.elementsInPlace?.map(\.location) ?? []
  }

  /// The value of the first member named `key` of the object at `value`, in place, as
  /// `JSONValue`'s subscript finds it: lengths are compared first, and text where they agree.
  /// (`key` is ASCII with no `K`, `;` or `` ` ``, so no text of another length equals it; see
  /// `FieldKeys`.)
  private static func member(_ key: String, of value: UnsafePointer<JSONValue>?)
    -> UnsafePointer<JSONValue>?
  {
    assert(!FieldKeys.hasOtherSpellings(key), "'\(key)' can be spelt with other lengths")
    guard let members = value?.pointee.membersInPlace, let base = members.baseAddress else {
      return nil
    }
    let length = key.utf8.count
    for index in members.indices
    where members[index].key.utf8.count == length && members[index].key == key {
      return (base + index).value
    }
    return nil
  }

  /// The start of review `entry`, or of the record when there is no such review.
  public func review(_ entry: Int) -> SourceLocation {
    reviews.indices.contains(entry) ? reviews[entry] : record
  }
}
