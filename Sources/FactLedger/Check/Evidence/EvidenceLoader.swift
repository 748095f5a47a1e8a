import Foundation

/// Why an evidence file was refused.
public enum EvidenceError: Error, Sendable, Equatable {
  /// The file cannot be read.
  case unreadable(path: String)
  /// The file was refused before or while it was read (too large, a folder).
  case refused(path: String, reason: String)
  /// Its ending names no evidence format.
  case unknownFormat(path: String)
  /// It has problems; every one is listed, and no item of it is used.
  case invalid([Finding])

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .unreadable(let path): "cannot read the evidence file '\(path)'"
    case .refused(let path, let reason): "\(path): \(reason)"
    case .unknownFormat(let path):
      "'\(path)' is not an evidence file: use .json (an object with 'items'), .jsonl or .csv"
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
  public func load(files: [String], claimIDs: Set<String>) -> [Result<
    [EvidenceItem], EvidenceError
  >] {
    files.parallelMap { file in
      Result { () throws(EvidenceError) in try load(at: file, claimIDs: claimIDs) }
    }
  }

  /// The items of the evidence file at `path`.
  ///
  /// - Parameters:
  ///   - path: A `.json`, `.jsonl` or `.csv` file.
  ///   - claimIDs: The ids of the ledger's records; an item naming any other id is an error.
  /// - Throws: `EvidenceError`, with every problem found.
  public func load(at path: String, claimIDs: Set<String>) throws(EvidenceError) -> [EvidenceItem] {
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
    let values = try itemValues(in: data, path: path, diagnostics: &diagnostics)
    // Items are validated and read on all cores; what they add up to is found in file order.
    let checked = values.parallelMap { value in
      let violations = LedgerSchemas.shared.validate(value, as: .evidenceItem)
      return (violations, violations.isEmpty ? EvidenceItem(json: value, path: path) : nil)
    }
    var items: [EvidenceItem] = []
    var seen: [String: SourceLocation] = [:]
    for (position, value) in values.enumerated() {
      let (violations, item) = checked[position]
      let id = value["id"]?.stringValue
      let named = id.map { " (item '\($0)')" } ?? ""
      // In a JSON file, items stand under /items; in JSON Lines and CSV each is a document.
      let prefix = path.lowercased().hasSuffix(".json") ? ["items", String(position)] : []
      diagnostics += violations.map { violation in
        var placed = violation
        placed.instancePath = JSONPointer(tokens: prefix + violation.instancePath.tokens)
        return Finding(
          .error, path: path, at: placed.location, placed.description + named,
          rule: .schemaViolation, recordID: id)
      }
      guard violations.isEmpty, let id else { continue }
      if let first = seen.updateValue(value.location, forKey: id) {
        diagnostics.append(
          Finding(
            .error, path: path, at: value["id"]?.location ?? value.location,
            "duplicate evidence id '\(id)' (first at \(first))", rule: .duplicateID, recordID: id)
        )
      }
      for claim in value["claims"]?.arrayValue ?? []
      where !claimIDs.contains(claim.stringValue ?? "") {
        diagnostics.append(
          Finding(
            .error, path: path, at: claim.location,
            "unknown claim '\(claim.stringValue ?? "")' (item '\(id)'): no record of the ledger has this id",
            rule: .unknownClaim, recordID: id))
      }
      if let item { items.append(item) }
    }
    guard diagnostics.isEmpty else {
      throw .invalid(diagnostics.sorted(by: Finding.inFileOrder))
    }
    return items
  }

  private func itemValues(in bytes: [UInt8], path: String, diagnostics: inout [Finding])
    throws(EvidenceError) -> [JSONValue]
  {
    switch (path as NSString).pathExtension.lowercased() {
    case "json":
      do {
        let document = try limits.parser(for: .evidenceBytes).parse(bytes)
        // The items are validated one by one by the caller, so the file is validated without
        // them: an array of items stays an array, and anything else stays to be refused.
        let violations = LedgerSchemas.shared.validate(withoutItems(document), as: .evidence)
          .filter { $0.instancePath.tokens.count < 2 || $0.instancePath.tokens[0] != "items" }
        diagnostics += violations.map {
          Finding(.error, path: path, at: $0.location, $0.description, rule: .schemaViolation)
        }
        return document["items"]?.arrayValue ?? []
      } catch {
        throw .invalid([error.finding(in: path)])
      }
    case "jsonl":
      var values: [JSONValue] = []
      for document in JSONLines.documents(in: bytes, parser: limits.parser(for: .evidenceBytes)) {
        switch document {
        case .success(let value): values.append(value)
        case .failure(let error): diagnostics.append(error.finding(in: path))
        }
      }
      return values
    case "csv":
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .invalid([Finding(.error, path: path, "the file is not UTF-8", rule: .csvSyntax)]
        )
      }
      do {
        return try EvidenceCSV.items(in: text, maxCellBytes: limits.maxStringBytes)
      } catch {
        throw .invalid([
          Finding(.error, path: path, at: error.location, error.message, rule: .csvSyntax)
        ])
      }
    default:
      throw .unknownFormat(path: path)
    }
  }

  /// `document` with its `items`, when they are an array, as an empty array.
  private func withoutItems(_ document: JSONValue) -> JSONValue {
    guard case .object(var members) = document.kind else { return document }
    for index in members.indices where members[index].key == "items" {
      if case .array = members[index].value.kind { members[index].value.kind = .array([]) }
    }
    return JSONValue(.object(members), at: document.location)
  }
}
