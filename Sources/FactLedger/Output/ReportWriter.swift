/// Writes one kind of result (a listing, a check report, a lint report) in one output format.
/// Each format is a small type of its own; the format enums (`ListingFormat`, `CheckFormat`,
/// `LintFormat`) name them for `--format`.
public protocol ReportWriter<Report>: Sendable {
  /// What it writes.
  associatedtype Report
  /// The report as text, ending with a newline.
  func write(_ report: Report) -> String
  /// Hands the report to `emit` as UTF-8 in pieces, in order, together the text `write(_:)`
  /// returns. A writer of large reports makes and hands on a part at a time, so the whole
  /// report never stands in memory; by default the whole text is one piece.
  func write(_ report: Report, into emit: ([UInt8]) -> Void)
}

extension ReportWriter {
  public func write(_ report: Report, into emit: ([UInt8]) -> Void) {
    emit(Array(write(report).utf8))
  }

  /// The pieces `write(_:into:)` hands on, as one text: `write(_:)` for a writer that streams.
  public func streamedText(_ report: Report) -> String {
    var bytes: [UInt8] = []
    write(report) { bytes.append(contentsOf: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
