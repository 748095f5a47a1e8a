/// The findings a ledger already had when its gate was turned on (`lint --write-baseline`),
/// so that `lint --baseline` fails only on new ones: a newsroom can adopt the gate on an
/// archive with hundreds of old findings and drop them one by one.
///
/// A finding is matched by its `Finding.fingerprint` (the rule, the record and the message
/// with its digits folded; the same identity SARIF's `partialFingerprints` carry), so a
/// baselined finding stays baselined when lines move. Two identical findings need two entries.
public struct LintBaseline: Sendable, Equatable {
  /// One baselined finding.
  public struct Entry: Sendable, Equatable {
    /// The rule that found it.
    public var rule: RuleID
    /// The record concerned, if any.
    public var record: String?
    /// The file it was in when the baseline was written.
    public var file: String
    /// Its fingerprint, what matching uses.
    public var fingerprint: String
    /// Its message when the baseline was written, for a person reading the file.
    public var message: String

    /// The entry of `finding`.
    public init(_ finding: Finding) {
      self.rule = finding.rule
      self.record = finding.recordID
      self.file = finding.path
      self.fingerprint = finding.fingerprint
      self.message = finding.message
    }

    init(rule: RuleID, record: String?, file: String, fingerprint: String, message: String) {
      self.rule = rule
      self.record = record
      self.file = file
      self.fingerprint = fingerprint
      self.message = message
    }

    var json: JSONValue {
      .object([
        "rule": .string(rule.rawValue), "record": record.map(JSONValue.string) ?? .null,
        "file": .string(file), "fingerprint": .string(fingerprint), "message": .string(message),
      ])
    }
  }

  /// The baselined findings, in the report's order.
  public var entries: [Entry]

  /// A baseline of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The baseline of everything `report` fails or warns on: its unwaived findings (a waived
  /// finding is already let off, with its reason, in the ledger).
  public init(of report: LintReport) {
    self.entries = report.active.map(Entry.init)
  }

  /// The file `lint --write-baseline` writes, per `Schemas/lint-baseline.schema.json`.
  public var json: JSONValue {
    .object(["version": .integer(1), "findings": .array(entries.map(\.json))])
  }

  /// `report` with the findings this baseline holds moved to `baselined`, and the entries
  /// no finding matched in `staleBaseline`: only those of files `scope` linted (an entry of an
  /// article `--changed-since` left out was not looked for, so it is not stale).
  public func apply(to report: LintReport, scope: LintScope = .everything) -> LintReport {
    var remaining: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      remaining[entry.fingerprint, default: []].append(index)
    }
    var report = report
    var kept: [Finding] = []
    for finding in report.findings {
      if finding.waiver == nil, var indices = remaining[finding.fingerprint], !indices.isEmpty {
        indices.removeFirst()
        remaining[finding.fingerprint] = indices
        report.baselined.append(finding)
      } else {
        kept.append(finding)
      }
    }
    report.findings = kept
    let unmatched = Set(remaining.values.joined())
    report.staleBaseline = entries.indices.filter(unmatched.contains).map { entries[$0] }
      .filter { scope.includes(file: $0.file) }
    report.usesBaseline = true
    return report
  }
}
