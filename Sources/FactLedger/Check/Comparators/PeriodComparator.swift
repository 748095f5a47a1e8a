/// Compares a claim's period with the dates an evidence item reports.
///
/// Day-precise evidence (`start` to `end`, or `date`, as `YYYY-MM-DD`) must lie inside the
/// claim's period. A month or a year (`YYYY-MM`, `YYYY`) stands for all its days: it supports a
/// period it overlaps, because the event may have fallen on any of them, and contradicts only a
/// period it does not touch. When they do not meet, the gap in days to the nearest edge is
/// reported. Evidence dates are shown as written; an approximate claim period says that its
/// reading of the article's words was used.
enum PeriodComparator {
  static func compare(_ period: Period, words: String? = nil, with item: EvidenceItem)
    -> AssertionVerdict
  {
    guard let span = item.span else { return .notCovered }
    let shown = span.start == span.end ? "\(span.start)" : "\(span.start) to \(span.end)"
    let first = span.start.first
    let last = span.end.last
    let within = "\(period.start) to \(period.end)\(reading(of: period, words: words))"
    let claimed = "the claim's \(within)"
    let isPrecise = span.start.isDay && span.end.isDay
    if period.start <= first, last <= period.end {
      return .supported(detail: "\(shown) lies within \(within)")
    }
    if !isPrecise, first <= period.end, period.start <= last {
      return .supported(
        detail: "\(shown) overlaps \(claimed); a \(precision(of: span)) date is any of its days")
    }
    let gap: Int
    if last < period.start {
      gap = last.days(to: period.start)
    } else if first > period.end {
      gap = period.end.days(to: first)
    } else {
      gap = 0
    }
    let how = gap > 0 ? "\(gap) day\(gap == 1 ? "" : "s") outside" : "partly outside"
    return .contradicted(.dateMismatch, detail: "evidence gives \(shown), \(how) \(claimed)")
  }

  /// Which reading of the article's words an approximate period is.
  private static func reading(of period: Period, words: String?) -> String {
    guard period.isApproximate else { return "" }
    return words.map { " (the approximate reading of '\($0)')" } ?? " (an approximate reading)"
  }

  private static func precision(of span: (start: EvidenceDate, end: EvidenceDate)) -> String {
    [span.start.precision, span.end.precision].contains(.year)
      ? "year-precision" : "month-precision"
  }
}
