/// Compares a claim's period with the days an evidence item reports.
///
/// The evidence's days (`start` to `end`, or `date`) must lie inside the claim's period; when
/// they do not, the gap in days to the nearest edge is reported.
enum PeriodComparator {
  static func compare(_ period: Period, with item: EvidenceItem) -> AssertionVerdict {
    guard let span = item.span else { return .notCovered }
    let shown = span.start == span.end ? "\(span.start)" : "\(span.start) to \(span.end)"
    if period.start <= span.start, span.end <= period.end {
      return .supported(detail: "\(shown) lies within \(period.start) to \(period.end)")
    }
    let gap: Int
    if span.end < period.start {
      gap = span.end.days(to: period.start)
    } else if span.start > period.end {
      gap = period.end.days(to: span.start)
    } else {
      gap = 0
    }
    let how = gap > 0 ? "\(gap) day\(gap == 1 ? "" : "s") outside" : "partly outside"
    return .contradicted(
      .dateMismatch,
      detail:
        "evidence gives \(shown), \(how) the claim's \(period.start) to \(period.end)\(period.isApproximate ? " (an approximate reading)" : "")"
    )
  }
}
