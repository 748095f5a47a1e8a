/// A ledger loaded from disk: policy, sources, and every article with its records.
public struct Ledger: Sendable {
  /// The ledger folder, as it was named.
  public var root: String
  /// The policy from `factledger.json`.
  public var policy: Policy
  /// The registry from `sources.json`.
  public var sources: SourceRegistry
  /// The aliases and places from `gazetteer.json`; empty when the ledger has none.
  public var gazetteer: Gazetteer
  /// The articles, in id order.
  public var articles: [LoadedArticle]
  /// Problems that did not stop the load.
  public var warnings: [Diagnostic]

  /// Every record of every article, articles in id order, records in text order.
  public var claims: [LoadedClaim] { articles.flatMap(\.claims) }
}

/// An article of a loaded ledger with its text and records.
public struct LoadedArticle: Sendable {
  /// The metadata.
  public var article: Article
  /// The path of `article.json`.
  public var path: String
  /// The text under review.
  public var text: String
  /// The path of the text file.
  public var textPath: String
  /// The records, in the order they stand in the text.
  public var claims: [LoadedClaim]
}

/// A record of a loaded ledger with the file it came from.
public struct LoadedClaim: Sendable {
  /// The record.
  public var claim: Claim
  /// The path of its file.
  public var path: String
  /// The file as parsed, for the position of any field.
  public var json: JSONValue
}
