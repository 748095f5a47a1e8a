/// One finding of `factledger lint`.
public struct LintFinding: Sendable, Equatable {
  public var rule: Policy.Rule
  /// `error` or `warning`, from the policy.
  public var severity: Policy.Severity
  public var path: String
  public var location: SourceLocation
  public var message: String
  /// The record concerned, when there is one.
  public var claimID: String?
  /// The waiver that lets the record off, if any: the finding is listed but does not fail.
  public var waiver: Waiver?
  /// For anchor drift: where the text now stands, which `--fix` writes.
  public var movedAnchor: Anchor?

  /// Whether it fails the run (under `--strict`, warnings too).
  public func fails(strict: Bool) -> Bool {
    waiver == nil && (severity == .error || (strict && severity == .warning))
  }
}

/// The result of `factledger lint`.
public struct LintReport: Sendable, Equatable {
  /// The findings, in file order.
  public var findings: [LintFinding]
  /// Problems that make the ledger unreadable (JSON syntax, missing files): exit 2.
  public var inputErrors: [Diagnostic]
  /// How many records were linted.
  public var recordCount: Int
  /// One hash over every review (`verify --head`), to pin the ledger's state in a log.
  public var headHash: String?
  /// The input limits of the ledger's policy, for a writer that fixes what was found.
  public var limits: InputLimits = .default

  /// Findings that are not waived.
  public var active: [LintFinding] { findings.filter { $0.waiver == nil } }
  /// Findings let off by a waiver.
  public var waived: [LintFinding] { findings.filter { $0.waiver != nil } }

  /// "2 errors, 1 warning, 3 waived in 49 records."
  public var summary: String {
    let errors = active.filter { $0.severity == .error }.count
    let warnings = active.filter { $0.severity == .warning }.count
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    return
      "\(plural(errors, "error")), \(plural(warnings, "warning")), \(waived.count) waived in \(plural(recordCount, "record"))."
  }
}
