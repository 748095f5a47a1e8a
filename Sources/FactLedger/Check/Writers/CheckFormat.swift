/// The formats of `factledger check --format`.
public enum CheckFormat: String, Sendable, CaseIterable {
  /// Grouped by status, for people.
  case text
  /// One JSON document, per `Schemas/check-output.schema.json`.
  case json
  /// Markdown, for pull requests and reports.
  case markdown

  /// The writer of this format.
  public var writer: any ReportWriter<CheckReport> {
    switch self {
    case .text: CheckTextWriter()
    case .json: CheckJSONWriter()
    case .markdown: CheckMarkdownWriter()
    }
  }
}

extension CheckReport.AssertionResult.State {
  /// A mark for text output.
  var mark: String {
    switch self {
    case .supported: "ok"
    case .contradicted: "NO"
    case .conflicting: "!!"
    case .circular: "~~"
    case .paraphrased: "~"
    case .uncovered: "??"
    }
  }
}
