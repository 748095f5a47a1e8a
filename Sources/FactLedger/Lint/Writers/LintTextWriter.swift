/// Writes findings as `path:line:column: severity: message [rule]`, the form editors and CI
/// logs understand; waived findings as notes that name the waiver; the summary last.
public struct LintTextWriter: LintReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    var output = ""
    for finding in report.findings {
      let place = "\(finding.path):\(finding.location.line):\(finding.location.column)"
      if let waiver = finding.waiver {
        output +=
          "\(place): note: waived by \(waiver.by) (\(waiver.reason)): \(finding.message) [\(finding.rule.rawValue)]\n"
      } else {
        output +=
          "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.rule.rawValue)]\n"
      }
    }
    return output + report.summary + "\n"
  }
}
