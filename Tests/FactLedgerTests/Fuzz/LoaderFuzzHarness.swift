import Foundation

#if !FACTLEDGER_FUZZ
  @testable import FactLedger
#endif

/// The whole loader, and the linter over it, on a ledger whose claim files are the input.
///
/// The input is split at NUL bytes (which JSON never holds) into up to four claim files, each
/// named after its `id` when it has a valid one, beside a valid policy, source list and
/// article. Every diagnostic and finding must stand at a 1-based line and column, in the file
/// it names; a ledger that loads must also check and lint without a crash.
enum LoaderFuzzHarness {
  static let articleText = "Officials said the drill began. TASS reported it. Is it true?"

  static func run(_ bytes: [UInt8], scratch: String) throws(FuzzFailure) {
    let root = scratch + "/Ledger"
    let claims = root + "/articles/a1/claims"
    let manager = FileManager.default
    if !manager.fileExists(atPath: root + "/factledger.json") { writeFixture(at: root) }
    try? manager.removeItem(atPath: claims)
    try? manager.createDirectory(atPath: claims, withIntermediateDirectories: true)
    var names: Set<String> = []
    var shapes: [String: TextShape] = [:]
    let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
    for (index, part) in parts.enumerated() {
      var name = "claim-\(index).json"
      if let id = (try? JSONParser().parse(Array(part)))?["id"]?.stringValue, Slug.isValid(id),
        !names.contains(id + ".json")
      {
        name = id + ".json"
      }
      names.insert(name)
      _ = manager.createFile(atPath: claims + "/" + name, contents: Data(part))
      shapes[claims + "/" + name] = TextShape(bytes: Array(part))
    }

    func check(_ location: SourceLocation, in path: String, _ what: String) throws(FuzzFailure) {
      try fuzzRequire(
        location.line >= 1 && location.column >= 1, "\(what) at \(location) in \(path)")
      try fuzzRequire(path.hasPrefix(root), "\(what) names '\(path)', outside the ledger")
      try shapes[path]?.check(location, "\(what) in \(path)")
    }

    let loaded: (ledger: Ledger?, diagnostics: [Finding])
    let report: LintReport
    do {
      loaded = try LedgerLoader().loadLeniently(at: root)
      report = try Linter().lint(at: root)
    } catch {
      throw FuzzFailure("the ledger at '\(root)' cannot be found: \(error.message)")
    }
    for diagnostic in loaded.diagnostics {
      try check(diagnostic.location, in: diagnostic.path, "the diagnostic '\(diagnostic)'")
    }
    if let ledger = loaded.ledger {
      _ = ClaimChecker(ledger: ledger).check([])
    }
    for finding in report.findings {
      try check(finding.location, in: finding.path, "the finding '\(finding.message)'")
    }
    for error in report.inputErrors {
      try check(error.location, in: error.path, "the input error '\(error)'")
    }
  }

  /// A valid policy, one source (`tass`) and one article `a1`, as `LedgerFixture` writes them.
  private static func writeFixture(at root: String) {
    let hash = SHA256.hexDigest(of: articleText.utf8)
    let files = [
      "factledger.json":
        #"{"version": 1, "sourcedKinds": ["event", "quote"], "rules": {"vague-attribution": "warning"}}"#,
      "sources.json": #"{"sources": [{"id": "tass", "name": "TASS", "type": "news-agency"}]}"#,
      "articles/a1/article.txt": articleText,
      "articles/a1/article.json": """
      {"id": "a1", "title": "A drill", "published": "2020-05-27", "language": "en",
       "textFile": "article.txt", "sha256": "\(hash)"}
      """,
    ]
    for (name, text) in files {
      let path = root + "/" + name
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
  }
}
