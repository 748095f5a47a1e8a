import Foundation

extension EvidenceLoader {
  /// How many items are parsed, validated and read together: enough to keep every core busy,
  /// few enough that the parsed trees of one batch are a small part of a large file.
  static let batchSize = 4_096

  /// The item documents of an evidence file, each made when asked for.
  ///
  /// A JSON file is parsed whole, as one document must be. A JSON Lines file's lines are
  /// parsed, and a CSV file's rows made items, a batch at a time: memory holds the file and
  /// the items read so far, and the parsed trees of one batch only.
  enum Documents: Sendable {
    case parsed([JSONValue])
    case lines([UInt8], [JSONLines.Line], JSONParser)
    case rows(EvidenceCSV.Rows)

    /// How many there are.
    var count: Int {
      switch self {
      case .parsed(let values): values.count
      case .lines(_, let lines, _): lines.count
      case .rows(let rows): rows.count
      }
    }

    /// Document `index`, or why its line does not parse.
    func document(at index: Int) -> Result<JSONValue, JSONSyntaxError> {
      switch self {
      case .parsed(let values): .success(values[index])
      case .lines(let bytes, let lines, let parser):
        JSONLines.document(on: lines[index], of: bytes, parser: parser)
      case .rows(let rows): .success(rows.item(at: index))
      }
    }
  }

  /// The item documents of the file at `path`, by its format; the problems of a JSON file
  /// outside its items are added to `diagnostics`.
  func itemDocuments(in bytes: [UInt8], path: String, diagnostics: inout [Finding])
    throws(EvidenceError) -> Documents
  {
    switch fileExtension(of: path).lowercased() {
    case "json":
      do {
        let document = try limits.parser(for: .evidenceBytes).parse(bytes)
        diagnostics += Self.findingsOutsideItems(of: document, path: path)
        return .parsed(document["items"]?.arrayValue ?? [])
      } catch {
        throw .invalid([error.finding(in: path)])
      }
    case "jsonl":
      return .lines(bytes, JSONLines.lines(in: bytes), limits.parser(for: .evidenceBytes))
    case "csv":
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .invalid([UTF8Position.notUTF8(bytes, path: path, rule: .csvSyntax)])
      }
      do {
        return .rows(try EvidenceCSV.rows(in: text, maxCellBytes: limits.maxStringBytes))
      } catch {
        throw .invalid([
          Finding(.error, path: path, at: error.location, error.message, rule: error.rule)
        ])
      }
    default:
      throw .unknownFormat(path: path)
    }
  }

  /// The problems of the item `value`, the `position`th document of the file at `path`: its
  /// schema violations or what the schema cannot say (`decoded`, the problems its decoding
  /// found), a repeated id (`seen` holds the ids so far), claims the ledger lacks.
  func problems(
    of value: JSONValue, at position: Int, violations: [SchemaViolation],
    decoded: [DecodingProblem], path: String, claimIDs: Set<String>,
    seen: inout [String: SourceLocation]
  ) -> [Finding] {
    // In a JSON file, items stand under /items; in JSON Lines and CSV each is a document.
    var found = EvidenceItem.findings(
      of: value, violations: violations, decoded: decoded,
      under: path.lowercased().hasSuffix(".json") ? ["items", String(position)] : [], path: path,
      seen: &seen)
    let id = value["id"]?.stringValue
    guard violations.isEmpty, let id else { return found }
    for claim in value["claims"]?.arrayValue ?? []
    where !claimIDs.contains(claim.stringValue ?? "") {
      found.append(
        Finding(
          .error, path: path, at: claim.location,
          "unknown claim '\(claim.stringValue ?? "")' (item '\(id)'): no record of the ledger has this id",
          rule: .unknownClaim, recordID: id))
    }
    return found
  }

  /// The schema violations of a JSON evidence file's `document` outside its items, which are
  /// validated one by one: the file is validated with an array of items as an empty array
  /// (anything else in their place stays to be refused).
  static func findingsOutsideItems(of document: JSONValue, path: String) -> [Finding] {
    LedgerSchemas.shared.validate(withoutItems(document), as: .evidence)
      .filter { $0.instancePath.tokens.count < 2 || $0.instancePath.tokens[0] != "items" }
      .map {
        Finding(.error, path: path, at: $0.location, $0.description, rule: .schemaViolation)
      }
  }

  /// `document` with its `items`, when they are an array, as an empty array.
  private static func withoutItems(_ document: JSONValue) -> JSONValue {
    guard case .object(var members) = document.kind else { return document }
    for index in members.indices where members[index].key == "items" {
      if case .array = members[index].value.kind { members[index].value.kind = .array([]) }
    }
    return JSONValue(.object(members), at: document.location)
  }
}
