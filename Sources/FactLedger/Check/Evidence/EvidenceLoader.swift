import Foundation

/// Why an evidence file was refused.
public enum EvidenceError: Error, Sendable, Equatable {
  /// The file is not there: missing, or behind a link that leads to nothing.
  case unreadable(path: String)
  /// The file was refused before or while it was read (too large, a folder).
  case refused(path: String, reason: String)
  /// Its ending names no evidence format.
  case unknownFormat(path: String)
  /// `-`, which names standard input for other tools: evidence is told by its file's ending.
  case standardInput
  /// It has problems; every one is listed, and no item of it is used.
  case invalid([Finding])

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .unreadable(let path):
      "cannot read the evidence file '\(path)': it is missing, or a symbolic link on its way leads nowhere (to a missing file, or round in a loop)"
    case .refused(let path, let reason): "\(path): \(reason)"
    case .unknownFormat(let path):
      "'\(path)' is not an evidence file: use .json (an object with 'items'), .jsonl or .csv"
    case .standardInput:
      "evidence is not read from standard input ('-'): its format is told by the file's ending, so save it as a .json, .jsonl or .csv file and name that"
    case .invalid(let diagnostics):
      "the evidence file has \(diagnostics.count) error(s); nothing of it was used"
    }
  }
}

/// Reads evidence in JSON, JSON Lines or CSV, validates it, and refuses it whole when any item
/// is bad: a schema violation, a repeated item id, or a claim id the ledger does not have.
public struct EvidenceLoader: Sendable {
  /// How large a file, and how long a string, array or number, is accepted.
  public var limits: InputLimits
  /// The ledger the file must lie inside, for evidence the ledger's policy names; `nil` for a
  /// file the user names, which may be anywhere.
  public var ledger: LedgerFiles?

  /// Creates a loader.
  public init(limits: InputLimits = .default, within ledger: LedgerFiles? = nil) {
    self.limits = limits
    self.ledger = ledger
  }

  /// The items of each file, or why it was refused, in the order given; the files are read,
  /// parsed and validated on all cores.
  ///
  /// An evidence id is one item across the files, as within one: a file that repeats an id
  /// of a file before it is refused, each repeat a `duplicate-id` finding (the same id under
  /// two stances read as conflicting evidence from one item).
  public func load(files: [String], claimIDs: Set<String>) -> [Result<
    [EvidenceItem], EvidenceError
  >] {
    // A page cited in two files is kept once (at 10,000 claims in 205 files, 4 MB less).
    let pool = StringPool()
    var results = files.parallelMap { file in
      Result { () throws(EvidenceError) in try load(at: file, claimIDs: claimIDs, pool: pool) }
    }
    // One file's ids were checked as it was read: only a second file needs them.
    guard files.count > 1 else { return results }
    // The ids of the files taken so far, and where each was first only once one repeats:
    // a table of every id's place was 2 MB of the peak at 10,000 claims.
    let total = results.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) }
    var seen = Set<String>(minimumCapacity: total)
    var firstItems: [String: EvidenceItem]?
    for index in results.indices {
      guard case .success(let items) = results[index] else { continue }
      var repeats: [Finding] = []
      for item in items where seen.contains(item.id) {
        if firstItems == nil { firstItems = Self.itemsByID(in: results[..<index]) }
        guard let first = firstItems?[item.id] else { continue }
        repeats.append(
          Finding(
            .error, path: item.path, at: item.location,
            "duplicate evidence id '\(item.id)' (first in \(first.path) at \(first.location))",
            rule: .duplicateID, recordID: item.id))
      }
      guard repeats.isEmpty else {
        results[index] = .failure(.invalid(repeats))
        continue
      }
      for item in items {
        seen.insert(item.id)
        firstItems?[item.id] = item
      }
    }
    return results
  }

  /// The items of the files taken of `results`, by id (an id is one item across them).
  private static func itemsByID(
    in results: ArraySlice<Result<[EvidenceItem], EvidenceError>>
  ) -> [String: EvidenceItem] {
    var items: [String: EvidenceItem] = [:]
    for case .success(let taken) in results {
      for item in taken where items[item.id] == nil { items[item.id] = item }
    }
    return items
  }

  /// The items of the evidence file at `path`.
  ///
  /// - Parameters:
  ///   - path: A `.json`, `.jsonl` or `.csv` file.
  ///   - claimIDs: The ids of the ledger's records; an item naming any other id is an error.
  /// - Throws: `EvidenceError`, with every problem found.
  public func load(at path: String, claimIDs: Set<String>) throws(EvidenceError) -> [EvidenceItem] {
    try load(at: path, claimIDs: claimIDs, pool: StringPool())
  }

  /// The items of the evidence file at `path`, their repeated texts kept in `pool`.
  func load(at path: String, claimIDs: Set<String>, pool: StringPool) throws(EvidenceError)
    -> [EvidenceItem]
  {
    guard path != "-" else { throw .standardInput }
    let data: [UInt8]
    if var ledger {
      // Evidence the ledger keeps is read as its other files are: inside it, link by link.
      ledger.limits = limits
      do {
        data = try ledger.read(path, size: .evidenceBytes)
      } catch {
        if case .unreadable(.missing) = error { throw .unreadable(path: path) }
        throw .refused(path: path, reason: error.message)
      }
    } else {
      do {
        data = try BoundedFile.read(
          path, limit: limits.maxEvidenceBytes, setting: .evidenceBytes)
      } catch {
        if case .missing = error { throw .unreadable(path: path) }
        throw .refused(path: path, reason: error.message)
      }
    }
    var diagnostics: [Finding] = []
    let documents = try itemDocuments(in: data, path: path, diagnostics: &diagnostics)
    var items: [EvidenceItem] = []
    var seen: [String: SourceLocation] = [:]
    var position = 0
    for batch in stride(from: 0, to: documents.count, by: Self.batchSize) {
      // A batch of items is parsed, validated and read on all cores; what they add up to is
      // found in file order; their parsed trees are let go before the next batch.
      let checked = Array(batch..<min(batch + Self.batchSize, documents.count)).parallelMap {
        index in
        documents.document(at: index).map { value in
          let violations = LedgerSchemas.shared.validate(value, as: .evidenceItem)
          var decoded: [DecodingProblem] = []
          let item =
            violations.isEmpty
            ? EvidenceItem(
              json: value, path: path, claimIDs: claimIDs, problems: &decoded, pool: pool)
            : nil
          return (value, violations, item, decoded)
        }
      }
      for outcome in checked {
        switch outcome {
        case .failure(let error):
          diagnostics.append(error.finding(in: path))
        case .success(let (value, violations, item, decoded)):
          diagnostics += problems(
            of: value, at: position, violations: violations, decoded: decoded, path: path,
            claimIDs: claimIDs, seen: &seen)
          if violations.isEmpty, let item { items.append(item) }
          position += 1
        }
      }
    }
    guard diagnostics.isEmpty else {
      throw .invalid(diagnostics.sorted(by: Finding.inFileOrder))
    }
    return items
  }
}
