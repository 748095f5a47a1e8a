/// The result of `factledger lint`.
public struct LintReport: Sendable, Equatable {
  /// The findings, in file order, each at the severity the policy gives its rule.
  public var findings: [Finding]
  /// Problems that make the ledger unreadable (JSON syntax, missing files): exit 2.
  public var inputErrors: [Finding]
  /// How many records were linted.
  public var recordCount: Int
  /// One hash over every review (`verify --head`), to pin the ledger's state in a log.
  public var headHash: String?
  /// The input limits of the ledger's policy, for a writer that fixes what was found.
  public var limits: InputLimits = .default

  /// Findings that are not waived.
  public var active: [Finding] { findings.filter { $0.waiver == nil } }
  /// Findings let off by a waiver.
  public var waived: [Finding] { findings.filter { $0.waiver != nil } }

  /// "2 errors, 1 warning, 3 waived in 49 records."
  public var summary: String {
    let errors = active.filter { $0.severity == .error }.count
    let warnings = active.filter { $0.severity == .warning }.count
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    return
      "\(plural(errors, "error")), \(plural(warnings, "warning")), \(waived.count) waived in \(plural(recordCount, "record"))."
  }
}
