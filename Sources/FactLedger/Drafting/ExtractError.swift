/// Why `extract` drafted or wrote nothing.
public enum ExtractError: Error, Sendable, Equatable {
  /// The ledger has no article with this id.
  case unknownArticle(String)
  /// The article already has records (this many, in this folder) and `--merge` was not given.
  case hasRecords(article: String, count: Int, folder: String)
  /// A drafted record breaks the claim schema (a bug of the drafter): its id and violations.
  case invalidRecord(id: String, violations: [String])
  /// The lock, a read or a write failed.
  case write(LedgerWriteError)

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .unknownArticle(let id):
      "unknown article '\(id)'; 'factledger add' puts an article in the ledger; nothing was written"
    case .hasRecords(let article, let count, let folder):
      "article '\(article)' already has \(count) record\(count == 1 ? "" : "s") (\(folder)); pass --merge to draft only the text no record covers; nothing was written"
    case .invalidRecord(let id, let violations):
      "the drafted record '\(id)' breaks Schemas/claim.schema.json (a bug of factledger; please report it): \(violations.joined(separator: "; ")); nothing was written"
    case .write(let error):
      error.message
    }
  }
}
