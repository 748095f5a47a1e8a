import Foundation

/// Reads a ledger folder, checking every file and reporting every problem, not just the first.
///
/// The layout is `factledger.json`, `sources.json`, and `articles/<id>/` holding `article.json`,
/// the text, and `claims/<claim-id>.json`. Claim files are parsed on all cores. Every file is
/// read through `LedgerFiles`: inside the ledger, and within the policy's `limits` (the policy
/// itself within the defaults).
public struct LedgerLoader: Sendable {
  /// Whether symbolic links may lead outside the ledger (`--follow-links`).
  public var followsLinks: Bool

  /// Creates a loader.
  public init(followsLinks: Bool = false) {
    self.followsLinks = followsLinks
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
  /// - Parameter scope: The articles to read; the claim files of the others are only listed,
  ///   so ids stay unique across the whole ledger.
  /// - Throws: `LedgerError.notFound` or `notADirectory`, when there is no ledger at all.
  public func loadLeniently(at root: String, scope: LintScope = .everything) throws(LedgerError)
    -> (ledger: Ledger?, diagnostics: [Finding])
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
      throw .notFound(path: root)
    }
    guard isDirectory.boolValue else { throw .notADirectory(path: root) }

    var diagnostics: [Finding] = []
    if InterruptedWrite.isPending(at: root) {
      diagnostics.append(InterruptedWrite.pendingFinding(at: root, severity: .warning))
    }
    var reader = RecordReader(files: LedgerFiles(root: root, followsLinks: followsLinks))
    let policy: Policy? = reader.read(
      joinPath(root, "factledger.json"), as: .policy, diagnostics: &diagnostics)
    if let policy {
      reader.files.limits = policy.limits
      diagnostics += policy.evidenceNotThere(inLedgerAt: root, severity: .warning)
    }
    let sources: SourceRegistry? = reader.read(
      joinPath(root, "sources.json"), as: .sources, diagnostics: &diagnostics)
    let gazetteerPath = joinPath(root, "gazetteer.json")
    let gazetteer: Gazetteer? =
      reader.files.exists(gazetteerPath)
      ? reader.read(gazetteerPath, as: .gazetteer, diagnostics: &diagnostics) : Gazetteer()
    var unreadRecords: [String: String] = [:]
    let articles = loadArticles(
      in: joinPath(root, "articles"), scope: scope, reader: reader, unread: &unreadRecords,
      diagnostics: &diagnostics)

    // The rules that span files (unique ids, references that resolve) run on what was read.
    let contents = LedgerContents(
      policy: policy ?? .default, sources: sources, sourcesPath: joinPath(root, "sources.json"),
      articles: articles, unreadRecords: unreadRecords)
    diagnostics += Self.softenedForDrafts(LintRules.findings(at: .loading, in: contents), articles)
    diagnostics.sort(by: Finding.inFileOrder)

    guard let policy, let sources, let gazetteer else { return (nil, diagnostics) }
    let ledger = Ledger(
      root: root, policy: policy, sources: sources, gazetteer: gazetteer, articles: articles,
      warnings: [], unreadRecords: unreadRecords)
    return (ledger, diagnostics)
  }

  // MARK: - Articles

  private func loadArticles(
    in folder: String, scope: LintScope, reader: RecordReader,
    unread: inout [String: String], diagnostics: inout [Finding]
  ) -> [LoadedArticle] {
    guard let names = reader.list(folder, diagnostics: &diagnostics) else { return [] }
    var folders: [(path: String, name: String)] = []
    for name in names {
      let articleFolder = joinPath(folder, name)
      if !scope.includes(name) {
        Self.listClaimFiles(in: joinPath(articleFolder, "claims"), reader: reader, into: &unread)
      } else if !Slug.isValid(name) {
        diagnostics.append(
          Finding(
            .error, path: articleFolder, "article folder '\(name)' is not \(Slug.expectation)",
            rule: .ledgerLayout))
      } else {
        folders.append((articleFolder, name))
      }
    }
    // Each article's own files on all cores, then the claim files of every article together,
    // so that no core waits at the end of an article for the others to finish theirs.
    let started = folders.parallelMap { folder in
      var found: [Finding] = []
      let article = startArticle(
        in: folder.path, folderName: folder.name, reader: reader, diagnostics: &found)
      return (article, found)
    }
    // The claim files in tasks of a few files of one article each: a task opens its folder
    // once and reads its files by name in it; an article of many files is still read on all
    // cores, and no more folders are open at once than tasks run.
    var tasks: [ClaimTask] = []
    var tasksOfArticle: [Range<Int>] = []
    for (index, (article, _)) in started.enumerated() {
      let first = tasks.count
      let count = article?.claimNames.count ?? 0
      for start in stride(from: 0, to: count, by: Self.filesPerTask) {
        tasks.append(
          ClaimTask(article: index, files: start..<min(count, start + Self.filesPerTask)))
      }
      tasksOfArticle.append(first..<tasks.count)
    }
    let outcomes = tasks.parallelMap { task in
      loadClaims(task.files, of: started[task.article].0, reader: reader)
    }
    // Each article's claims are then fitted to its text and put in order, on all cores too.
    let finished = Array(zip(started, tasksOfArticle)).parallelMap { entry in
      let ((article, startFindings), articleTasks) = entry
      var found = startFindings
      let loaded = article.map {
        finish($0, claims: outcomes[articleTasks], diagnostics: &found)
      }
      return (loaded, found)
    }
    var articles: [LoadedArticle] = []
    for (loaded, found) in finished {
      diagnostics += found
      if let loaded { articles.append(loaded) }
    }
    return articles
  }

  /// How many claim files one task reads: enough that opening their folder is a small part
  /// of the task, few enough that the shipped ledger's one article is read on every core.
  static let filesPerTask = 16

  /// Some claim files of one article, read together in their open folder.
  private struct ClaimTask: Sendable {
    /// The article, by its position among those started.
    var article: Int
    /// The files, by their positions among the article's claim files.
    var files: Range<Int>
  }

  /// An article read but for its claims.
  private struct StartedArticle: Sendable {
    var loaded: LoadedArticle
    /// Its `claims/` folder, when it could be listed, and the folder's path with a `/` at
    /// its end, which its records share.
    var claimsFolder: LedgerFiles.Folder?
    var claimsPath: String
    /// Its claim files' names, in name order.
    var claimNames: [String]
  }

  /// Reads an article's metadata and text, and lists its claim files.
  private func startArticle(
    in folder: String, folderName: String, reader: RecordReader, diagnostics: inout [Finding]
  ) -> StartedArticle? {
    let metadataPath = joinPath(folder, "article.json")
    guard
      let (article, json): (Article, JSONValue) = reader.readWithJSON(
        metadataPath, as: .article, diagnostics: &diagnostics)
    else { return nil }
    if article.id != folderName {
      diagnostics.append(
        Finding(
          .error, path: metadataPath, at: json["id"]?.location ?? .start,
          "article id '\(article.id)' does not match its folder '\(folderName)'",
          rule: .ledgerLayout, recordID: article.id))
    }
    let textPath = joinPath(folder, article.textFile)
    guard let bytes = reader.bytes(textPath, diagnostics: &diagnostics) else { return nil }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      diagnostics.append(
        Finding(
          .error, path: textPath, "the article text is not UTF-8", rule: .ledgerLayout,
          recordID: article.id))
      return nil
    }
    // A C0 control (NUL, an escape sequence) was never text `add` wrote: the file is refused.
    // DEL, a C1 control or a noncharacter, which `add` once took, is a warning, so a ledger
    // that holds one still loads.
    if let (location, scalar) =
      TextScalars.firstRefused(inUTF8: bytes, of: text, controlsOnly: true)
      ?? TextScalars.firstRefused(inUTF8: bytes, of: text)
    {
      let isC0 = scalar.value < 0x20
      diagnostics.append(
        Finding(
          isC0 ? .error : .warning, path: textPath, at: location,
          "the article text holds the \(TextScalars.kind(of: scalar.value)) U+\(TextScalars.hex(scalar.value)), which is no text (add refuses it); take it out and run 'factledger add --update'",
          rule: .articleText, recordID: article.id))
      if isC0 { return nil }
    }
    let loaded = LoadedArticle(
      article: article, path: metadataPath, text: text, textPath: textPath, claims: [])
    let claimsFolder = joinPath(folder, "claims")
    guard let listed = reader.listFolder(claimsFolder, diagnostics: &diagnostics) else {
      return StartedArticle(
        loaded: loaded, claimsFolder: nil, claimsPath: claimsFolder + "/", claimNames: [])
    }
    var names: [String] = []
    for name in listed.names {
      if name.hasSuffix(".json") {
        names.append(name)
      } else {
        diagnostics.append(
          Finding(
            .warning, path: joinPath(claimsFolder, name),
            "'\(name)' is not a claim file (*.json); it is ignored", rule: .ledgerLayout))
      }
    }
    return StartedArticle(
      loaded: loaded, claimsFolder: listed.folder, claimsPath: claimsFolder + "/",
      claimNames: names)
  }

  /// The claim files at positions `files` of `article`, read in its open folder, with problems.
  private func loadClaims(
    _ files: Range<Int>, of article: StartedArticle?, reader: RecordReader
  ) -> [(LoadedClaim?, [Finding])] {
    guard let article, !files.isEmpty else { return [] }
    guard let folder = article.claimsFolder else {
      preconditionFailure("an article with claim files has its claims folder")
    }
    return reader.files.withOpenFolder(folder) { open in
      files.map { index in
        let name = article.claimNames[index]
        let path = article.claimsPath + name
        var found: [Finding] = []
        guard let bytes = reader.bytes(path, in: open, diagnostics: &found)
        else { return (nil, found) }
        let record: (Claim, JSONValue)? = reader.decode(
          bytes, from: path, as: .claim, diagnostics: &found)
        guard let (claim, json) = record else { return (nil, found) }
        let shared = Self.sharingArticle(claim, id: article.loaded.article.id)
        return (
          LoadedClaim(claim: shared, folder: article.claimsPath, fileName: name, json: json),
          found
        )
      }
    }
  }

  /// The article with its claims: those whose file is named by their id and whose offsets fit
  /// its text, in the order they stand in it.
  private func finish(
    _ started: StartedArticle, claims tasks: ArraySlice<[(LoadedClaim?, [Finding])]>,
    diagnostics: inout [Finding]
  ) -> LoadedArticle {
    var loaded = started.loaded
    let textLength = loaded.text.scalarCount
    // Hashed only for a record with an offset past the text's end, once an article at most.
    var isTextAsRecorded: Bool?
    var claims: [LoadedClaim] = []
    claims.reserveCapacity(started.claimNames.count)
    for (claim, found) in tasks.joined() {
      diagnostics += found
      guard let claim else { continue }
      if !claim.isNamedByID, !Self.isFile(claim.path, of: claim.id) {
        let expectedName = claim.id + ".json"
        diagnostics.append(
          Finding(
            .error, path: claim.path, at: claim.positions.id,
            "claim id '\(claim.id)' does not match its file name; name the file '\(expectedName)'",
            rule: .ledgerLayout, recordID: claim.id))
      }
      claims.append(claim)
    }
    loaded.claims = Self.inTextOrder(
      claims.filter {
        Self.offsetsFit($0, textLength: textLength, into: &diagnostics) {
          let answer = isTextAsRecorded ?? started.loaded.isTextAsRecorded
          isTextAsRecorded = answer
          return answer
        }
      })
    return loaded
  }
}
