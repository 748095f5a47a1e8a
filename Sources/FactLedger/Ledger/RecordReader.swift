/// Reads one ledger file into a record: read within the ledger and its limits, parse, validate
/// against the schema of its kind, decode; every problem on the way becomes a diagnostic.
///
/// The schema is the single source of truth: a file that breaks it is reported with every
/// violation and not decoded; the decoder then only checks what a schema cannot express.
struct RecordReader: Sendable {
  /// Where files may be read from, and how much of them.
  var files: LedgerFiles

  /// The parser, held to the limits of `files`.
  var parser: JSONParser {
    files.limits.parser()
  }

  /// The record in the file at `path`, or `nil` with its problems added to `diagnostics`.
  func read<Record: JSONDecodableRecord>(
    _ path: String, as kind: SchemaKind, diagnostics: inout [Finding]
  ) -> Record? {
    readWithJSON(path, as: kind, diagnostics: &diagnostics).map(\.0)
  }

  /// The record in the file at `path` and the parsed file it came from.
  func readWithJSON<Record: JSONDecodableRecord>(
    _ path: String, as kind: SchemaKind, diagnostics: inout [Finding]
  ) -> (Record, JSONValue)? {
    guard let bytes = bytes(path, diagnostics: &diagnostics) else { return nil }
    return decode(bytes, from: path, as: kind, diagnostics: &diagnostics)
  }

  /// The record in `bytes`, read from the file at `path`, and the parsed file it came from.
  func decode<Record: JSONDecodableRecord>(
    _ bytes: [UInt8], from path: String, as kind: SchemaKind, diagnostics: inout [Finding]
  ) -> (Record, JSONValue)? {
    let json: JSONValue
    do {
      json = try parser.parse(bytes)
    } catch {
      diagnostics.append(
        error.finding(in: path))
      return nil
    }
    let id = json["id"]?.stringValue
    let violations = LedgerSchemas.shared.validate(json, as: kind)
    guard violations.isEmpty else {
      diagnostics += violations.map {
        Finding(
          .error, path: path, at: $0.location, $0.description,
          rule: .schemaViolation, recordID: id)
      }
      return nil
    }
    var problems: [DecodingProblem] = []
    let record = Record(json: json, problems: &problems)
    diagnostics += problems.map {
      Finding(
        .error, path: path, at: $0.location, $0.message, rule: .schemaViolation,
        recordID: id)
    }
    guard let record, problems.isEmpty else { return nil }
    return (record, json)
  }

  /// The bytes of the file at `path`, or `nil` with the reason added to `diagnostics`.
  func bytes(_ path: String, diagnostics: inout [Finding]) -> [UInt8]? {
    bytes(path, diagnostics: &diagnostics) { () throws(LedgerFiles.Failure) in
      try files.read(path)
    }
  }

  /// The bytes of the file at `path` in `folder`, or `nil` with the reason added to
  /// `diagnostics` (as `bytes(_:diagnostics:)` gives them).
  func bytes(_ path: String, in folder: LedgerFiles.OpenFolder, diagnostics: inout [Finding])
    -> [UInt8]?
  {
    bytes(path, diagnostics: &diagnostics) { () throws(LedgerFiles.Failure) in
      try folder.read(path)
    }
  }

  /// What `read` gives, or `nil` with the reason it failed added to `diagnostics`.
  private func bytes(
    _ path: String, diagnostics: inout [Finding],
    reading read: () throws(LedgerFiles.Failure) -> [UInt8]
  ) -> [UInt8]? {
    do {
      return try read()
    } catch {
      diagnostics.append(error.finding(in: path))
      return nil
    }
  }

  /// The names in the folder at `path`, or `nil` with the reason added to `diagnostics`.
  func list(_ path: String, diagnostics: inout [Finding]) -> [String]? {
    listFolder(path, diagnostics: &diagnostics)?.names
  }

  /// The folder at `path` with its names, or `nil` with the reason added to `diagnostics`.
  func listFolder(_ path: String, diagnostics: inout [Finding]) -> LedgerFiles.ListedFolder? {
    do {
      if let folder = try files.listFolder(path) { return folder }
      diagnostics.append(Finding(.error, path: path, "missing folder", rule: .ledgerLayout))
    } catch {
      diagnostics.append(error.finding(in: path))
    }
    return nil
  }
}

extension JSONSyntaxError {
  /// The finding's rule: `input-limit` for a limit, `json-syntax` for the rest.
  var rule: RuleID {
    if case .limitExceeded = self { return .inputLimit }
    return .jsonSyntax
  }

  /// The error as a finding in the file at `path`.
  func finding(in path: String) -> Finding {
    Finding(.error, path: path, at: location, message, rule: rule)
  }
}
