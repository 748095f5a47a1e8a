/// Writes findings as `path:line:column: severity: message [rule]`, the form editors and CI
/// logs understand; waived findings as notes that name the waiver; the summary last. Paths,
/// messages and waivers go through `Escape.terminal`, so each finding is one line.
///
/// The lines are made a part at a time on all cores (`ParallelPieces`) and handed on in order.
public struct LintTextWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    streamedText(report)
  }

  public func write(_ report: LintReport, into emit: ([UInt8]) -> Void) {
    let findings = report.findings
    ParallelPieces.write(count: findings.count, into: emit) { position, output in
      output.append(contentsOf: Self.line(of: findings[position]).utf8)
    }
    emit(Array((report.summary + "\n").utf8))
  }

  /// A finding's line, with its newline.
  private static func line(of finding: Finding) -> String {
    guard let waiver = finding.waiver else { return finding.description + "\n" }
    return
      "\(finding.place): note: waived by \(Escape.terminal(waiver.by)) (\(Escape.terminal(waiver.reason))): \(Escape.terminal(finding.message)) [\(finding.rule)]\n"
  }
}
