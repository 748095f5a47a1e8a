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
    streamedText(report)
  }

  public func write(_ report: LintReport, into emit: ([UInt8]) -> Void) {
    // A file that cannot be read at all gets its annotation too, so a failed job says why.
    let unread = report.inputErrors.map { annotation("error", $0, title: $0.rule.rawValue) }
    emit(Array(unread.joined().utf8))
    // The findings' annotations are made a part at a time on all cores, in order.
    let findings = report.findings
    ParallelPieces.write(count: findings.count, into: emit) { position, output in
      output.append(contentsOf: annotation(of: findings[position]).utf8)
    }
    emit(Array((report.summary + "\n").utf8))
  }

  /// The annotation of a finding: a notice when it is waived, naming the waiver.
  private func annotation(of finding: Finding) -> String {
    let command =
      finding.waiver != nil ? "notice" : (finding.severity == .error ? "error" : "warning")
    var waived = finding
    if let waiver = finding.waiver {
      waived.message += " (waived by \(waiver.by): \(waiver.reason))"
    }
    return annotation(
      command, waived, title: finding.rule.rawValue + (finding.waiver != nil ? " (waived)" : ""))
  }

  /// `::command file=…,line=…,col=…,title=…::message`, every value escaped.
  private func annotation(_ command: String, _ finding: Finding, title: String) -> String {
    "::\(command) file=\(Escape.workflowCommandProperty(finding.path)),line=\(finding.location.line),col=\(finding.location.column),title=\(Escape.workflowCommandProperty(title))::\(Escape.workflowCommandData(finding.message))\n"
  }
}
