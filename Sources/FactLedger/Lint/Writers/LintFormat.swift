/// The formats of `factledger lint --format`.
public enum LintFormat: String, Sendable, CaseIterable {
  /// `path:line:column: severity: message [rule]`, then the summary.
  case text
  /// GitHub Actions workflow commands: an annotation on the line of each finding.
  case github
  /// SARIF 2.1.0, for code-scanning dashboards.
  case sarif
  /// JUnit XML: a test case per record.
  case junit
  /// One JSON document, per `Schemas/lint-output.schema.json`.
  case json

  /// The writer of this format.
  public var writer: any ReportWriter<LintReport> {
    switch self {
    case .text: LintTextWriter()
    case .github: GitHubAnnotationWriter()
    case .sarif: SARIFWriter()
    case .junit: JUnitWriter()
    case .json: LintJSONWriter()
    }
  }
}
