import Foundation

/// Reads a ledger folder, checking every file and reporting every problem, not just the first.
///
/// The layout is `factledger.json`, `sources.json`, and `articles/<id>/` holding `article.json`,
/// the text, and `claims/<claim-id>.json`. Claim files are parsed on all cores.
public struct LedgerLoader: Sendable {
  /// The parser, with its limits.
  public var parser: JSONParser

  /// Creates a loader.
  public init(parser: JSONParser = JSONParser()) {
    self.parser = parser
  }

  /// Loads the ledger at `root`.
  ///
  /// - Parameter root: The ledger folder; paths in diagnostics start with it.
  /// - Returns: The ledger, with any warnings.
  /// - Throws: `LedgerError.invalid` listing every error found, or `notFound`.
  public func load(at root: String) throws(LedgerError) -> Ledger {
    let (ledger, diagnostics) = try loadLeniently(at: root)
    guard var ledger, !diagnostics.contains(where: { $0.severity == .error }) else {
      throw .invalid(diagnostics)
    }
    ledger.warnings = diagnostics
    return ledger
  }

  /// Loads what is sound of the ledger at `root`, and every problem of the rest.
  ///
  /// For the CI gate, which reports a broken file as a finding and checks everything else:
  /// records that fail their schema are left out, records whose references do not resolve
  /// are kept. The ledger is `nil` only when the policy, sources or gazetteer cannot be read.
  /// - Throws: `LedgerError.notFound` or `notADirectory`, when there is no ledger at all.
  public func loadLeniently(at root: String) throws(LedgerError) -> (
    ledger: Ledger?, diagnostics: [Diagnostic]
  ) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
      throw .notFound(path: root)
    }
    guard isDirectory.boolValue else { throw .notADirectory(path: root) }

    var diagnostics: [Diagnostic] = []
    let policy: Policy? = readRecord(
      at: join(root, "factledger.json"), as: .policy, diagnostics: &diagnostics)
    let sources: SourceRegistry? = readRecord(
      at: join(root, "sources.json"), as: .sources, diagnostics: &diagnostics)
    let gazetteerPath = join(root, "gazetteer.json")
    let gazetteer: Gazetteer? =
      FileManager.default.fileExists(atPath: gazetteerPath)
      ? readRecord(at: gazetteerPath, as: .gazetteer, diagnostics: &diagnostics) : Gazetteer()
    let articles = loadArticles(in: join(root, "articles"), diagnostics: &diagnostics)

    var crossCheck = LedgerCrossCheck(sources: sources ?? SourceRegistry(sources: []))
    if sources != nil { crossCheck.checkSources(at: join(root, "sources.json")) }
    crossCheck.check(articles, checkingSources: sources != nil)
    diagnostics += crossCheck.diagnostics
    diagnostics.sort(by: Diagnostic.inFileOrder)

    guard let policy, let sources, let gazetteer else { return (nil, diagnostics) }
    let ledger = Ledger(
      root: root, policy: policy, sources: sources, gazetteer: gazetteer, articles: articles,
      warnings: [])
    return (ledger, diagnostics)
  }

  // MARK: - Articles

  private func loadArticles(in folder: String, diagnostics: inout [Diagnostic]) -> [LoadedArticle] {
    guard let names = listFolder(folder, diagnostics: &diagnostics) else { return [] }
    return names.compactMap { name in
      let articleFolder = join(folder, name)
      guard Slug.isValid(name) else {
        diagnostics.append(
          Diagnostic(
            .error, path: articleFolder, "article folder '\(name)' is not \(Slug.expectation)",
            rule: "ledger-layout"))
        return nil
      }
      return loadArticle(in: articleFolder, folderName: name, diagnostics: &diagnostics)
    }
  }

  private func loadArticle(
    in folder: String, folderName: String, diagnostics: inout [Diagnostic]
  ) -> LoadedArticle? {
    let metadataPath = join(folder, "article.json")
    guard
      let (article, json): (Article, JSONValue) = readRecordWithJSON(
        at: metadataPath, as: .article, diagnostics: &diagnostics)
    else { return nil }
    if article.id != folderName {
      diagnostics.append(
        Diagnostic(
          .error, path: metadataPath, at: json["id"]?.location ?? .start,
          "article id '\(article.id)' does not match its folder '\(folderName)'",
          rule: "ledger-layout", recordID: article.id))
    }
    let textPath = join(folder, article.textFile)
    guard let bytes = readBytes(at: textPath, diagnostics: &diagnostics) else { return nil }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      diagnostics.append(
        Diagnostic(
          .error, path: textPath, "the article text is not UTF-8", rule: "ledger-layout",
          recordID: article.id))
      return nil
    }
    let claims = loadClaims(in: join(folder, "claims"), diagnostics: &diagnostics)
      .sorted {
        ($0.claim.anchor.start, $0.claim.anchor.end, $0.claim.id) < (
          $1.claim.anchor.start, $1.claim.anchor.end, $1.claim.id
        )
      }
    return LoadedArticle(
      article: article, path: metadataPath, text: text, textPath: textPath, claims: claims)
  }

  private func loadClaims(in folder: String, diagnostics: inout [Diagnostic]) -> [LoadedClaim] {
    guard let names = listFolder(folder, diagnostics: &diagnostics) else { return [] }
    var paths: [String] = []
    for name in names {
      if name.hasSuffix(".json") {
        paths.append(join(folder, name))
      } else {
        diagnostics.append(
          Diagnostic(
            .warning, path: join(folder, name),
            "'\(name)' is not a claim file (*.json); it is ignored", rule: "ledger-layout"))
      }
    }
    let loader = self
    let outcomes = paths.parallelMap { path in
      var found: [Diagnostic] = []
      let record: (Claim, JSONValue)? = loader.readRecordWithJSON(
        at: path, as: .claim, diagnostics: &found)
      return (record.map { LoadedClaim(claim: $0.0, path: path, json: $0.1) }, found)
    }
    var claims: [LoadedClaim] = []
    for (claim, found) in outcomes {
      diagnostics += found
      guard let claim else { continue }
      let expectedName = claim.claim.id + ".json"
      if !claim.path.hasSuffix("/" + expectedName) {
        diagnostics.append(
          Diagnostic(
            .error, path: claim.path, at: claim.positions.id,
            "claim id '\(claim.claim.id)' does not match its file name; name the file '\(expectedName)'",
            rule: "ledger-layout", recordID: claim.claim.id))
      }
      claims.append(claim)
    }
    return claims
  }

  // MARK: - Files

  private func readRecord<Record: JSONDecodableRecord>(
    at path: String, as kind: SchemaKind, diagnostics: inout [Diagnostic]
  ) -> Record? {
    readRecordWithJSON(at: path, as: kind, diagnostics: &diagnostics).map(\.0)
  }

  /// Reads, parses, validates against the schema of `kind`, then decodes one file.
  ///
  /// The schema is the single source of truth: a file that breaks it is reported with every
  /// violation and not decoded; the decoder then only checks what a schema cannot express.
  private func readRecordWithJSON<Record: JSONDecodableRecord>(
    at path: String, as kind: SchemaKind, diagnostics: inout [Diagnostic]
  ) -> (Record, JSONValue)? {
    guard let bytes = readBytes(at: path, diagnostics: &diagnostics) else { return nil }
    let json: JSONValue
    do {
      json = try parser.parse(bytes)
    } catch {
      diagnostics.append(
        Diagnostic(.error, path: path, at: error.location, error.message, rule: "json-syntax"))
      return nil
    }
    let id = json["id"]?.stringValue
    let violations = LedgerSchemas.shared.validate(json, as: kind)
    guard violations.isEmpty else {
      diagnostics += violations.map {
        Diagnostic(
          .error, path: path, at: $0.location, $0.description,
          rule: Policy.Rule.schemaViolation.rawValue, recordID: id)
      }
      return nil
    }
    var problems: [DecodingProblem] = []
    let record = Record(json: json, problems: &problems)
    diagnostics += problems.map {
      Diagnostic(
        .error, path: path, at: $0.location, $0.message, rule: Policy.Rule.schemaViolation.rawValue,
        recordID: id)
    }
    guard let record, problems.isEmpty else { return nil }
    return (record, json)
  }

  private func readBytes(at path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
    guard FileManager.default.fileExists(atPath: path) else {
      diagnostics.append(Diagnostic(.error, path: path, "missing file", rule: "ledger-layout"))
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(
        Diagnostic(.error, path: path, "cannot read the file", rule: "ledger-layout"))
      return nil
    }
    return [UInt8](data)
  }

  private func listFolder(_ folder: String, diagnostics: inout [Diagnostic]) -> [String]? {
    guard FileManager.default.fileExists(atPath: folder) else {
      diagnostics.append(Diagnostic(.error, path: folder, "missing folder", rule: "ledger-layout"))
      return nil
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      diagnostics.append(
        Diagnostic(.error, path: folder, "cannot list the folder", rule: "ledger-layout"))
      return nil
    }
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }
}

/// Joins path components with `/`, as every path in diagnostics is written.
func join(_ folder: String, _ name: String) -> String {
  folder.hasSuffix("/") ? folder + name : folder + "/" + name
}
