import FactLedger
import Foundation

/// `factledger export`: the annotated HTML page of an article, or ClaimReview JSON-LD.
enum ExportCommand: Subcommand {
  static let summary = "Write an annotated HTML page of each article, or ClaimReview JSON-LD."

  static let format = CommandSpec.Option(
    "--format", value: "FORMAT", help: "What to write (default: html).",
    allowed: ["html", "claimreview"])
  static let article = CommandSpec.Option(
    "--article", value: "ID", help: "Export this article only (default: every article).")
  static let evidence = CommandSpec.Option(
    "--evidence", value: "FILE",
    help:
      "html: an evidence file to check the claims against, as 'check' does; repeat for more (default: the files under 'evidence' in factledger.json)."
  )
  static let output = CommandSpec.Option(
    "--output", short: "-o", value: "PATH",
    help:
      "Write to PATH instead of standard output. html: a folder (an existing one, or a path ending in '/') gets index.html and one ARTICLE-ID.html per article; any other path is one article's page. claimreview: a file. Never one of the ledger's records (articles/, evidence/, factledger.json, sources.json, gazetteer.json)."
  )

  static let spec = CommandSpec(
    name: "factledger export",
    overview:
      "Export what the ledger knows for people and for other systems. --format html writes one self-contained page per article (no network fetch): the text with every record highlighted by its status (label and colour), cue and speaker marked, uncovered text outlined, and beside it the claim list with reasons, attribution chain and evidence. --format claimreview writes schema.org ClaimReview JSON-LD for every record whose latest review is verified or disputed.",
    options: [.ledger, .followLinks, format, article, evidence, output],
    discussion: """
      A record's status on the page: 'not a claim' for headlines, bylines and the like, 'draft' for a draft; else the latest review's verdict; else what check computes from the evidence; else 'unreviewed'.
      ClaimReview: 'publisher' in factledger.json is each review's author and 'reviewURLTemplate' (with {id} and {article}) its url; without a template the url is ARTICLE-ID.html#claim-ID, the claim in the page 'export -o DIR' writes.
      Files are written all or nothing, each atomically. Exit codes: 0 written, 2 usage error, unknown article, bad evidence or a path that cannot be written (nothing is written).

      EXAMPLES:
        factledger export > page.html
        factledger export --article crespo-2020-05-27 --evidence more.csv -o page.html
        factledger export -o site/
        factledger export --format claimreview -o claimreview.jsonld
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    let isHTML = (arguments.value(format) ?? "html") == "html"
    if !isHTML, !arguments.values(evidence).isEmpty {
      throw UsageError.invalid("'--evidence' is for '--format html'; ClaimReview exports reviews")
    }
    let ledger = try loadLedger(arguments, console: console)
    var articles = ledger.articles
    if let id = arguments.value(article) {
      articles = articles.filter { $0.article.id == id }
      guard !articles.isEmpty else {
        let known = ledger.articles.map(\.article.id).joined(separator: ", ")
        throw UsageError.invalid("unknown article '\(id)'; the ledger has: \(known)")
      }
    }
    let target = arguments.value(output)
    var files: [(path: String, text: String)]
    var folder: String? = nil
    if isHTML {
      guard let pages = try pages(of: articles, in: ledger, arguments, console: console) else {
        return .usageOrInputError
      }
      (files, folder) = try htmlFiles(pages, to: target)
    } else {
      let exporter = ClaimReviewExport(ledger: ledger)
      let chosen = Set(articles.map(\.article.id))
      let export = exporter.document(articles: chosen)
      let leftOut = exporter.leftOut(articles: chosen)
      if !leftOut.isEmpty {
        let shown = leftOut.prefix(5).joined(separator: ", ") + (leftOut.count > 5 ? ", ..." : "")
        console.note(
          "\(leftOut.count) record\(leftOut.count == 1 ? " has" : "s have") a final review but no ClaimReview: page text that is no claim (headline, byline, ...) or a draft (\(shown))"
        )
      }
      if export.count == 0 {
        console.note("no claim has a final review (verified or disputed): the @graph is empty")
      }
      if ledger.policy.reviewURLTemplate == nil {
        console.note(
          "factledger.json has no 'reviewURLTemplate': each url is ARTICLE-ID.html#claim-ID, relative to the page 'export -o DIR' writes"
        )
      }
      if ledger.policy.publisher == nil {
        console.note("factledger.json has no 'publisher': the reviews have no author")
      }
      files = [(target ?? "-", ClaimReviewExport.text(of: export.json))]
    }
    return write(files, into: folder, root: ledger.root, console: console)
  }

  // MARK: - HTML

  /// The pages, checked against the evidence; `nil` when an evidence file is bad (reported).
  private static func pages(
    of articles: [LoadedArticle], in ledger: Ledger, _ arguments: ParsedArguments,
    console: Console
  ) throws -> [ArticlePage]? {
    let evidence = EvidenceSet(
      given: arguments.values(Self.evidence), ledger: ledger,
      followsLinks: arguments.has(.followLinks), console: console)
    if !evidence.refused.isEmpty { return nil }
    let items = evidence.items
    let report =
      evidence.files.isEmpty
      ? nil : ClaimChecker(ledger: ledger).check(items, evidenceFiles: evidence.files)
    let now = checkedAt(console.environment)
    return articles.map {
      ArticlePage($0, in: ledger, report: report, evidence: items, checkedAt: now)
    }
  }

  /// Now, in UTC; `SOURCE_DATE_EPOCH` (reproducible builds) sets it when given.
  private static func checkedAt(_ environment: [String: String]) -> String {
    let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
    let date = seconds.map(Date.init(timeIntervalSince1970:)) ?? Date()
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  /// The files to write: one page to a file or stdout, or a folder with an index.
  private static func htmlFiles(_ pages: [ArticlePage], to target: String?) throws -> (
    files: [(path: String, text: String)], folder: String?
  ) {
    let renderer = ArticlePageHTML()
    guard let target, target.hasSuffix("/") || FileSystem.isDirectory(target) else {
      guard pages.count == 1 else {
        throw UsageError.invalid(
          "the ledger has \(pages.count) articles: pass --article ID for one page, or -o DIR/ for a page each and an index"
        )
      }
      return ([(target ?? "-", renderer.render(pages[0]))], nil)
    }
    let folder = target.hasSuffix("/") && target.count > 1 ? String(target.dropLast()) : target
    var files = pages.map {
      (joinPath(folder, ArticleIndexHTML.fileName(of: $0.article.id)), renderer.render($0))
    }
    files.append((joinPath(folder, "index.html"), ArticleIndexHTML().render(pages)))
    return (files, folder)
  }

  // MARK: - Writing

  /// Writes `files` ("-" is standard output) all or nothing, into `folder` (made when
  /// missing) when they go to one.
  private static func write(
    _ files: [(path: String, text: String)], into folder: String?, root: String,
    console: Console
  ) -> ExitCode {
    if files.count == 1, files[0].path == "-" {
      console.out(files[0].text)
      return .success
    }
    let ledger = LedgerFiles(root: root)
    if let (path, name) = files.lazy.compactMap({ file in
      ledger.recordName(ofOutput: file.path).map { (file.path, $0) }
    }).first {
      console.error(
        "'\(path)' would replace or add the ledger's file '\(name)': export outside the ledger's records; nothing was written"
      )
      return .usageOrInputError
    }
    // A folder named with a final '/' is made; it is removed again when the write fails.
    var made: String? = nil
    if let folder, !FileSystem.isDirectory(folder) {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        made = folder
      } catch {
        console.error("cannot make the folder '\(folder)'; nothing was written")
        return .usageOrInputError
      }
    }
    do {
      try ExportFiles.write(files, madeFolder: made)
    } catch {
      if let made { try? FileManager.default.removeItem(atPath: made) }
      console.error("cannot write '\(error.path)': \(error.reason); nothing was written")
      return .usageOrInputError
    }
    for file in files { console.note("wrote \(file.path)") }
    return .success
  }
}
