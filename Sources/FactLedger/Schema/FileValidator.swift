import Foundation

/// Validates files against factledger's schemas: any ledger file, a JSON evidence file, or a
/// JSON Lines evidence file (each line an evidence item).
public struct FileValidator: Sendable {
  /// Why a file could not be validated at all.
  public enum Failure: Error, Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(path: String)
    /// The file was refused before or while it was read (too large, a folder).
    case refused(path: String, reason: String)
    /// Neither its place nor its `$schema` tells which schema applies.
    case unknownKind(path: String)
    /// `-`, which names standard input for other tools.
    case standardInput

    /// A lowercase message for people.
    public var message: String {
      switch self {
      case .unreadable(let path): "cannot read '\(path)'"
      case .refused(let path, let reason): "\(path): \(reason)"
      case .standardInput:
        "files are not validated from standard input ('-'): save it to a file and name that"
      case .unknownKind(let path):
        "cannot tell which schema '\(path)' follows: pass --as KIND (one of \(SchemaKind.allCases.map(\.rawValue).joined(separator: ", ")))"
      }
    }
  }

  /// How large a file, and how long a string, array or number, is accepted.
  public var limits: InputLimits
  /// The ledger whose files are validated, when they are: each must then lie inside it.
  public var ledger: LedgerFiles?

  /// Creates a validator over the bundled schemas.
  public init(limits: InputLimits = .default, ledger: LedgerFiles? = nil) {
    self.limits = limits
    self.ledger = ledger
  }

  /// Every syntax error and schema violation of the file at `path`, in file order.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - kind: The schema to use; inferred from the path or the file's `$schema` when `nil`.
  /// - Throws: `Failure` when the file cannot be read or its kind cannot be told.
  public func validate(fileAt path: String, as kind: SchemaKind? = nil) throws(Failure)
    -> [Finding]
  {
    guard path != "-" else { throw .standardInput }
    // The policy is read before the limits it sets apply, as the loader reads it.
    let isPolicy = ledger.map { path == joinPath($0.root, "factledger.json") } ?? false
    let limits = isPolicy ? InputLimits.default : self.limits
    let bytes: [UInt8]
    if var ledger {
      // A file of the ledger is read as the loader reads it: inside the ledger, link by link,
      // within the limit of its kind (evidence files have their own).
      ledger.limits = limits
      let isEvidence = parentFolder(of: path).hasSuffix("evidence")
      do {
        bytes = try ledger.read(path, size: isEvidence ? .evidenceBytes : .fileBytes)
      } catch {
        // At its place, with its rule, as the loader reports it.
        return [error.finding(in: path)]
      }
    } else {
      do {
        bytes = try BoundedFile.read(
          path, limit: limits.maxEvidenceBytes, setting: .evidenceBytes)
      } catch {
        if case .missing = error { throw .unreadable(path: path) }
        throw .refused(path: path, reason: error.message)
      }
    }
    if kind == .evidenceItem || (kind == nil && path.hasSuffix(".jsonl")) {
      return validateLines(bytes, path: path)
    }
    if path.lowercased().hasSuffix(".csv"), kind == nil || kind == .evidence {
      return validateCSV(bytes, path: path)
    }
    let json: JSONValue
    do {
      json = try limits.parser(for: .evidenceBytes).parse(bytes)
    } catch {
      return [error.finding(in: path)]
    }
    guard let resolved = kind ?? Self.inferKind(path: path, json: json) else {
      throw .unknownKind(path: path)
    }
    var seen: [String: SourceLocation] = [:]
    var found = diagnostics(for: json, as: resolved, path: path, seen: &seen)
    // The ledger's policy also names its evidence files, which must be there.
    if isPolicy, found.isEmpty, let root = self.ledger?.root {
      var ignored: [DecodingProblem] = []
      found +=
        Policy(json: json, problems: &ignored)?.evidenceNotThere(
          inLedgerAt: root, severity: .error) ?? []
    }
    return found
  }

  /// The limits the ledger at `root` sets in its `factledger.json` (the defaults when it sets
  /// none, or the file cannot be read: its own problems are then reported when it is
  /// validated). Every other command reads the ledger within them, so `validate` does too.
  public static func limits(ofLedgerAt root: String) -> InputLimits {
    var ignored: [Finding] = []
    let policy: Policy? = RecordReader(files: LedgerFiles(root: root)).read(
      joinPath(root, "factledger.json"), as: .policy, diagnostics: &ignored)
    return policy?.limits ?? .default
  }

  /// The files of the ledger at `root` that have a schema, in a stable order.
  public static func ledgerFiles(in root: String) -> [String] {
    var files = ["factledger.json", "sources.json"].map { joinPath(root, $0) }
    if FileManager.default.fileExists(atPath: joinPath(root, "gazetteer.json")) {
      files.append(joinPath(root, "gazetteer.json"))
    }
    let manager = FileManager.default
    let list = { (folder: String) in
      ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        .sorted()
    }
    for article in list(joinPath(root, "articles")) {
      let folder = joinPath(joinPath(root, "articles"), article)
      files.append(joinPath(folder, "article.json"))
      files += list(joinPath(folder, "claims")).filter { $0.hasSuffix(".json") }.map {
        joinPath(joinPath(folder, "claims"), $0)
      }
    }
    files += list(joinPath(root, "evidence"))
      .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") || $0.hasSuffix(".csv") }
      .map { joinPath(joinPath(root, "evidence"), $0) }
    return files
  }

  /// The kind a file's place in a ledger or its `$schema` member names, if any.
  public static func inferKind(path: String, json: JSONValue?) -> SchemaKind? {
    let components = path.split(separator: "/").map(String.init)
    let name = components.last ?? ""
    let folder = components.dropLast().last
    switch (name, folder) {
    case ("factledger.json", _): return .policy
    case ("sources.json", _): return .sources
    case ("gazetteer.json", _): return .gazetteer
    case ("article.json", _): return .article
    case (_, "claims") where name.hasSuffix(".json"): return .claim
    case (_, "evidence") where name.hasSuffix(".json") || name.hasSuffix(".csv"): return .evidence
    default: break
    }
    if let declared = json?["$schema"]?.stringValue {
      return SchemaKind.allCases.first {
        declared.hasSuffix("/" + $0.fileName) || declared == $0.fileName
      }
    }
    return nil
  }

  /// A CSV evidence file: each row an evidence item, at its cells' positions.
  private func validateCSV(_ bytes: [UInt8], path: String) -> [Finding] {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return [UTF8Position.notUTF8(bytes, path: path, rule: .csvSyntax)]
    }
    do {
      var seen: [String: SourceLocation] = [:]
      return try EvidenceCSV.items(in: text, maxCellBytes: limits.maxStringBytes).flatMap {
        diagnostics(for: $0, as: .evidenceItem, path: path, seen: &seen)
      }
    } catch {
      return [Finding(.error, path: path, at: error.location, error.message, rule: error.rule)]
    }
  }

  private func validateLines(_ bytes: [UInt8], path: String) -> [Finding] {
    var seen: [String: SourceLocation] = [:]
    return JSONLines.documents(
      in: bytes, parser: limits.parser(for: .evidenceBytes)
    ).flatMap { document in
      switch document {
      case .success(let json): diagnostics(for: json, as: .evidenceItem, path: path, seen: &seen)
      case .failure(let error):
        [error.finding(in: path)]
      }
    }
  }

  /// The findings of the document `json` of the file at `path`, a file of `kind`: its schema
  /// violations or, when it has none, what the schema cannot say and the loader refuses (a
  /// claim's period that ends before it starts, an evidence item's duration past counting).
  /// `validate` passes what `lint` and `check` read, and nothing they refuse.
  ///
  /// `seen` holds the ids of the evidence items read so far in the file: a repeated one is
  /// refused, as `check` refuses it.
  private func diagnostics(
    for json: JSONValue, as kind: SchemaKind, path: String, seen: inout [String: SourceLocation]
  ) -> [Finding] {
    switch kind {
    case .evidenceItem:
      return Self.itemFindings(json, under: [], path: path, seen: &seen)
    case .evidence:
      // Item by item, as `check` reads them: each finding names its item.
      var found = EvidenceLoader.findingsOutsideItems(of: json, path: path)
      for (position, item) in (json["items"]?.arrayValue ?? []).enumerated() {
        found += Self.itemFindings(
          item, under: ["items", String(position)], path: path, seen: &seen)
      }
      return found.sorted(by: Finding.inFileOrder)
    default:
      let id = json["id"]?.stringValue
      let violations = LedgerSchemas.shared.validate(json, as: kind)
      guard violations.isEmpty else {
        return violations.map { violation in
          Finding(
            .error, path: path, at: violation.location, violation.description,
            rule: .schemaViolation, recordID: id)
        }
      }
      return Self.decodingProblems(of: json, as: kind).map {
        Finding(
          .error, path: path, at: $0.location, $0.message, rule: .schemaViolation, recordID: id)
      }
    }
  }

  /// The findings of an evidence item's document, as `check` finds them (`EvidenceItem.findings`).
  private static func itemFindings(
    _ json: JSONValue, under prefix: [String], path: String, seen: inout [String: SourceLocation]
  ) -> [Finding] {
    let violations = LedgerSchemas.shared.validate(json, as: .evidenceItem)
    var decoded: [DecodingProblem] = []
    if violations.isEmpty { _ = EvidenceItem(json: json, path: path, problems: &decoded) }
    return EvidenceItem.findings(
      of: json, violations: violations, decoded: decoded, under: prefix, path: path, seen: &seen)
  }

  /// The problems the loader's decoder finds in a document that passes the schema of `kind`;
  /// none for the kinds factledger writes and never reads back.
  private static func decodingProblems(of json: JSONValue, as kind: SchemaKind)
    -> [DecodingProblem]
  {
    var problems: [DecodingProblem] = []
    switch kind {
    case .claim: _ = Claim(json: json, problems: &problems)
    case .article: _ = Article(json: json, problems: &problems)
    case .sources: _ = SourceRegistry(json: json, problems: &problems)
    case .policy: _ = Policy(json: json, problems: &problems)
    case .gazetteer: _ = Gazetteer(json: json, problems: &problems)
    case .evidence, .evidenceItem, .listOutput, .checkOutput, .lintOutput, .lintBaseline,
      .claimreviewOutput:
      break
    }
    return problems
  }
}
