/// Which articles a lint run reads: all of them, or only those whose files changed (`lint
/// --changed-since REF`, `lint --staged`), so that a pull request on a large archive is
/// linted in the time of the articles it touches.
///
/// The rules that span the ledger still see all of it: an id is checked against the claim
/// files of every article (their names are their ids, which the loader enforces), and a change
/// to the policy, the sources or the gazetteer, which any record may depend on, makes the run
/// lint every article.
public enum LintScope: Sendable, Equatable {
  /// Every article.
  case everything
  /// The articles with these ids (folder names); an id with no folder (a deleted article) is
  /// left out.
  case articles(Set<String>)

  /// Whether `path`, relative to the ledger's folder, is read for every article (the policy,
  /// sources or gazetteer, `LedgerFiles.sharedFileNames`): a change to it lints everything.
  public static func isLedgerWide(_ path: String) -> Bool {
    LedgerFiles.sharedFileNames.contains(path.split(separator: "/").joined(separator: "/"))
  }

  /// The scope of `paths`, files relative to the ledger's folder that changed: the articles
  /// they lie in, or everything when one is read for every article (`isLedgerWide`). Other
  /// files (evidence, the baseline, the writers' lock) are not linted and change nothing.
  public static func changing(_ paths: [String]) -> LintScope {
    var ids: Set<String> = []
    for path in paths {
      if isLedgerWide(path) { return .everything }
      let parts = path.split(separator: "/", omittingEmptySubsequences: true)
      guard parts.first == "articles" else { continue }
      // A file straight in `articles/` belongs to no article; a loader warning covers it.
      if parts.count >= 3 { ids.insert(String(parts[1])) }
    }
    return .articles(ids)
  }

  /// Whether lint reads the file at `path`, relative to the ledger's folder: an article's
  /// `article.json`, its text (the file `textFile(article)` names, relative to the article's
  /// folder: what its `article.json` says) or claim file (`claims/*.json`, not hidden) in an
  /// article read, or a file read for every article. Other files in an article's folder
  /// (notes, an editor's backup) are not read.
  public func reads(
    _ path: String, textFile: (_ article: String) -> String = { _ in "article.txt" }
  ) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    guard parts.first == "articles", parts.count >= 3 else { return Self.isLedgerWide(path) }
    let article = String(parts[1])
    guard includes(article) else { return false }
    let inArticle = parts.dropFirst(2).joined(separator: "/")
    if inArticle == "article.json" { return true }
    let text = textFile(article).split(separator: "/", omittingEmptySubsequences: true)
    if inArticle == text.joined(separator: "/") { return true }
    return LedgerFiles.isClaimFile(path)
  }

  /// Whether the article in folder `name` is read.
  func includes(_ name: String) -> Bool {
    switch self {
    case .everything: true
    case .articles(let ids): ids.contains(name)
    }
  }

  /// Whether the file at `path` (as findings name it) is linted: a file of an article read,
  /// or a file outside every article.
  func includes(file path: String) -> Bool {
    let parts = path.split(separator: "/")
    guard let articles = parts.dropLast(2).lastIndex(of: "articles") else { return true }
    return includes(String(parts[articles + 1]))
  }
}
