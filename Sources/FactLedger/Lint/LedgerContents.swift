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
  /// Each article's text indexed by Unicode scalar, and its SHA-256, by article id: made once,
  /// on all cores, for every rule that reads offsets or the hash (empty while the ledger loads:
  /// the loading rules read neither).
  var texts: [String: IndexedText] = [:]

  /// An article's text as the rules read it.
  struct IndexedText: Sendable {
    var scalars: ArticleText
    var hash: String
  }

  /// The text of `article`, indexed by Unicode scalar.
  func articleText(of article: LoadedArticle) -> ArticleText {
    texts[article.article.id]?.scalars ?? ArticleText(article.text)
  }

  /// The SHA-256 of the text of `article`.
  func textHash(of article: LoadedArticle) -> String {
    texts[article.article.id]?.hash ?? article.textHash
  }

  /// Whether the text of `article` is the one its records were made against.
  func isTextAsRecorded(_ article: LoadedArticle) -> Bool {
    textHash(of: article) == article.article.sha256
  }

  /// Every claim of every article.
  public var claims: [LoadedClaim] { articles.flatMap(\.claims) }
}

extension Ledger {
  /// The ledger as the rules see it.
  var contents: LedgerContents {
    let indexed = articles.parallelMap {
      (
        $0.article.id,
        LedgerContents.IndexedText(
          scalars: ArticleText($0.text), hash: $0.textHash)
      )
    }
    return LedgerContents(
      policy: policy, sources: sources, sourcesPath: joinPath(root, "sources.json"),
      articles: articles, unreadRecords: unreadRecords,
      texts: Dictionary(indexed, uniquingKeysWith: { a, _ in a }))
  }
}
