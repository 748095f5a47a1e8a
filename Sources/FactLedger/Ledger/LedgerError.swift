/// Why a ledger could not be loaded.
public enum LedgerError: Error, Sendable, Equatable {
  /// Nothing exists at the path.
  case notFound(path: String)
  /// The path is a file, not a folder.
  case notADirectory(path: String)
  /// The ledger has problems; every one is listed, in file order.
  case invalid([Finding])

  /// A lowercase message for people.
  public var message: String {
    switch self {
    case .notFound(let path):
      "no ledger at '\(path)': pass --ledger DIR, set FACTLEDGER_LEDGER, or run where ./Ledger exists"
    case .notADirectory(let path):
      "'\(path)' is a file; a ledger is a folder holding factledger.json, sources.json and articles/"
    case .invalid(let diagnostics):
      "the ledger has \(diagnostics.filter { $0.severity == .error }.count) error(s)"
    }
  }
}
