/// Writes findings as `path:line:column: severity: message [rule]`, the form editors and CI
/// logs understand; waived findings as notes that name the waiver; the summary last. Paths,
/// messages and waivers go through `Escape.terminal`, so each finding is one line.
public struct LintTextWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    var output = ""
    for finding in report.findings {
      if let waiver = finding.waiver {
        output +=
          "\(finding.place): note: waived by \(Escape.terminal(waiver.by)) (\(Escape.terminal(waiver.reason))): \(Escape.terminal(finding.message)) [\(finding.rule)]\n"
      } else {
        output += finding.description + "\n"
      }
    }
    return output + report.summary + "\n"
  }
}
