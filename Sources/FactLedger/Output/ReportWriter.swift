/// Writes one kind of result (a listing, a check report, a lint report) in one output format.
/// Each format is a small type of its own; the format enums (`ListingFormat`, `CheckFormat`,
/// `LintFormat`) name them for `--format`.
public protocol ReportWriter<Report>: Sendable {
  /// What it writes.
  associatedtype Report
  /// The report as text, ending with a newline.
  func write(_ report: Report) -> String
}
