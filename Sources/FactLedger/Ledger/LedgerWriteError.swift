/// Why a write to the ledger (a review, a moved anchor) wrote nothing to the file it names.
public enum LedgerWriteError: Error, Sendable, Equatable {
  /// Ids that name no record of the ledger.
  case unknownClaims([String])
  /// A final verdict changes without `--reason`.
  case reasonRequired(claimID: String, from: Review.Status, to: Review.Status)
  /// One claim named twice in one command, which would give it two reviews at once.
  case repeatedClaim(String)
  /// A reason that is not one of the reason codes (`ReasonCode`).
  case invalidReason(String)
  /// The ledger's writer lock cannot be had.
  case lockUnavailable(path: String, detail: String)
  /// A file cannot be read again or written.
  case cannotWrite(path: String, reason: String)
  /// A claim file read under the lock breaks its schema.
  case invalidClaimFile([Finding])

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .unknownClaims(let ids):
      "unknown claim\(ids.count == 1 ? "" : "s") \(ids.map { "'\($0)'" }.joined(separator: ", ")); nothing was written"
    case .reasonRequired(let id, let from, let to):
      "changing the verdict of '\(id)' from \(from.rawValue) to \(to.rawValue) needs --reason; nothing was written"
    case .repeatedClaim(let id):
      "claim '\(id)' is named more than once; name each claim once; nothing was written"
    case .invalidReason(let reason):
      "reason '\(reason)' is not a reason code; use one of: \(ReasonCode.allCases.map(\.rawValue).joined(separator: ", ")); nothing was written"
    case .lockUnavailable(let path, let detail):
      "cannot lock the ledger (\(path)): \(detail); nothing was written"
    case .cannotWrite(let path, let reason):
      "cannot write '\(path)': \(reason)"
    case .invalidClaimFile:
      "a claim file is not valid; nothing was written"
    }
  }
}
