/// Writes GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`),
/// so each finding shows as an annotation on its line of the pull request.
///
/// Values are escaped as GitHub requires (`Escape.workflowCommandData` and
/// `Escape.workflowCommandProperty`): `%`, CR and LF in messages, and also `:` and `,` in
/// properties, so no claim text can end a command early or start another.
public struct GitHubAnnotationWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    var output = ""
    for finding in report.findings {
      let command =
        finding.waiver != nil ? "notice" : (finding.severity == .error ? "error" : "warning")
      let title = "\(finding.rule.rawValue)" + (finding.waiver != nil ? " (waived)" : "")
      var message = finding.message
      if let waiver = finding.waiver { message += " (waived by \(waiver.by): \(waiver.reason))" }
      output +=
        "::\(command) file=\(Escape.workflowCommandProperty(finding.path)),line=\(finding.location.line),col=\(finding.location.column),title=\(Escape.workflowCommandProperty(title))::\(Escape.workflowCommandData(message))\n"
    }
    return output + report.summary + "\n"
  }
}
