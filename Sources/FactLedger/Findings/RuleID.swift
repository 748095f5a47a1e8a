/// The id of the rule or check behind a finding: `json-syntax`, `unsourced-claim`.
///
/// The lint rules declare theirs beside their checks (`Lint/Rules/`); the checks that make
/// input unreadable, which no policy can turn off, are named here.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  public var description: String { rawValue }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: - Input checks: a file that fails one cannot be read

extension RuleID {
  /// A file that is not the JSON RFC 8259 allows.
  public static let jsonSyntax: RuleID = "json-syntax"
  /// A CSV file that breaks RFC 4180.
  public static let csvSyntax: RuleID = "csv-syntax"
  /// A file or folder missing, misnamed or unreadable in the ledger's layout.
  public static let ledgerLayout: RuleID = "ledger-layout"
  /// Input past one of the limits of `InputLimits`.
  public static let inputLimit: RuleID = "input-limit"
  /// A symbolic link that leads out of the ledger.
  public static let outsideLedger: RuleID = "outside-ledger"
  /// Evidence naming a claim the ledger does not have.
  public static let unknownClaim: RuleID = "unknown-claim"
}
