/// Why `add` wrote nothing.
public enum ArticleRecordError: Error, Sendable, Equatable {
  /// An article id that is not a slug.
  case invalidID(String)
  /// A value `add` needs for a new article (`--title`, `--published`).
  case missingMetadata(String)
  /// Metadata the article schema refuses (a `--url` that is not a URI), each violation.
  case invalidMetadata([String])
  /// The article's folder already exists.
  case articleExists(id: String, path: String)
  /// `--update` of an article the ledger does not have.
  case unknownArticle(id: String)
  /// Records whose words (anchor or cue) the new text no longer has.
  case wordsGone([Finding])
  /// The lock, a read or a write failed.
  case write(LedgerWriteError)

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .invalidID(let id):
      "article id '\(id)' is not \(Slug.expectation), at most \(Slug.maxLength) characters; nothing was written"
    case .missingMetadata(let option):
      "a new article needs \(option); nothing was written"
    case .invalidMetadata(let violations):
      "the article's metadata breaks Schemas/article.schema.json: \(violations.joined(separator: "; ")); nothing was written"
    case .articleExists(let id, let path):
      "article '\(id)' already exists (\(path)); pass --update to re-capture its text; nothing was written"
    case .unknownArticle(let id):
      "unknown article '\(id)': --update re-captures an article the ledger has; nothing was written"
    case .wordsGone(let findings):
      "\(findings.count) record\(findings.count == 1 ? "" : "s") lost \(findings.count == 1 ? "its" : "their") words in the new text; put the corrected words in each record's 'exact' (or remove the record) and run again; nothing was written"
    case .write(let error):
      error.message
    }
  }
}
