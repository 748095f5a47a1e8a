/// Why `claim new` drafted or wrote nothing.
public enum ClaimDraftError: Error, Sendable, Equatable {
  /// The ledger has no article with this id.
  case unknownArticle(String)
  /// The words to find are empty, or only white space.
  case emptyQuote
  /// A record id that is not a slug.
  case invalidID(String)
  /// A record id the ledger already has, at this path.
  case claimExists(id: String, path: String)
  /// The words are not in the article, folded or not; the nearest passage, when one shares a
  /// word with them.
  case notFound(nearest: NearestPassage?)
  /// The words stand in several places; `--occurrence` picks one.
  case ambiguous([Range<Int>])
  /// `--occurrence` names a place the words do not have.
  case occurrenceOutOfRange(Int, count: Int)
  /// The drafted record breaks the claim schema (a bug of the drafter), each violation.
  case invalidRecord([String])
  /// The lock, a read or a write failed.
  case write(LedgerWriteError)

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .unknownArticle(let id):
      "unknown article '\(id)'; 'factledger add' puts an article in the ledger; nothing was written"
    case .emptyQuote:
      "--quote is empty: give the article's words the record is about; nothing was written"
    case .invalidID(let id):
      "claim id '\(id)' is not \(Slug.expectation), at most \(Slug.maxLength) characters; nothing was written"
    case .claimExists(let id, let path):
      "claim '\(id)' already exists (\(path)); choose another --id; nothing was written"
    case .notFound:
      "the words are not in the article; nothing was written"
    case .ambiguous(let places):
      "the words stand in \(places.count) places in the article; pass --occurrence N (1 to \(places.count)) to choose one; nothing was written"
    case .occurrenceOutOfRange(let occurrence, let count):
      "--occurrence \(occurrence) is out of range: the words stand in \(count) place\(count == 1 ? "" : "s") (1 to \(count)); nothing was written"
    case .invalidRecord(let violations):
      "the drafted record breaks Schemas/claim.schema.json (a bug of factledger; please report it): \(violations.joined(separator: "; ")); nothing was written"
    case .write(let error):
      error.message
    }
  }
}
