/// A filter that names a source or an article the ledger does not have.
public enum ClaimFilterError: Error, Sendable, Equatable {
  /// The outlet is no source of `sources.json`; `known` holds the ids it has, in its order.
  case unknownOutlet(String, known: [String])
  /// The article is not in the ledger.
  case unknownArticle(String)

  /// A lowercase message that quotes the unknown id.
  public var message: String {
    switch self {
    case .unknownOutlet(let id, let known):
      "unknown source '\(id)'; sources.json has \(known.joined(separator: ", "))"
    case .unknownArticle(let id):
      "unknown article '\(id)'"
    }
  }
}

extension ClaimFilter {
  /// Checks that the outlet and the article the filter keeps are in `ledger`, so a misspelt
  /// id is refused rather than listing nothing.
  ///
  /// - Parameter ledger: The loaded ledger the filter will be applied to.
  /// - Throws: `ClaimFilterError` for the first id the ledger does not have, the outlet first.
  public func validate(against ledger: Ledger) throws(ClaimFilterError) {
    if let outlet, ledger.sources.source(withID: outlet) == nil {
      throw .unknownOutlet(outlet, known: ledger.sources.sources.map(\.id))
    }
    if let article, !ledger.articles.contains(where: { $0.article.id == article }) {
      throw .unknownArticle(article)
    }
  }
}
