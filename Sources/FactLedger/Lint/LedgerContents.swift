/// What the rules check: every file of a ledger that could be read, before or after the
/// ledger is built from them. Sources may be missing when `sources.json` could not be read.
public struct LedgerContents: Sendable {
  /// The policy (the default when `factledger.json` could not be read).
  public var policy: Policy
  /// The source registry, when it could be read.
  public var sources: SourceRegistry?
  /// Where the registry lives.
  public var sourcesPath: String
  /// The articles with their claims.
  public var articles: [LoadedArticle]
  /// The claim files of the articles left unread by a scoped run, by record id.
  public var unreadRecords: [String: String] = [:]
  /// Each article's text indexed by Unicode scalar, by article id, made once for every rule
  /// that reads offsets (empty while the ledger loads: the loading rules read none).
  var texts: [String: ArticleText] = [:]
  /// Whether each article's text is the one recorded, by article id, hashed once with `texts`
  /// for the rules that ask (a loaded article hashes its text at each call).
  var textsAsRecorded: [String: Bool] = [:]

  /// The text of `article`, indexed by Unicode scalar.
  func articleText(of article: LoadedArticle) -> ArticleText {
    texts[article.article.id] ?? ArticleText(article.text)
  }

  /// Whether the text of `article` is the one its records were made against.
  func isTextAsRecorded(_ article: LoadedArticle) -> Bool {
    textsAsRecorded[article.article.id] ?? article.isTextAsRecorded
  }

  /// Every claim of every article.
  public var claims: [LoadedClaim] { articles.flatMap(\.claims) }
}

extension Ledger {
  /// The ledger as the rules see it.
  var contents: LedgerContents {
    let indexed = articles.parallelMap {
      (id: $0.article.id, text: ArticleText($0.text), isAsRecorded: $0.isTextAsRecorded)
    }
    return LedgerContents(
      policy: policy, sources: sources, sourcesPath: joinPath(root, "sources.json"),
      articles: articles, unreadRecords: unreadRecords,
      texts: Dictionary(indexed.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }),
      textsAsRecorded: Dictionary(
        indexed.map { ($0.id, $0.isAsRecorded) }, uniquingKeysWith: { a, _ in a }))
  }
}
