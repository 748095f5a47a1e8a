extension EvidenceItem {
  /// The dates the evidence reports, from `start`/`end` or `date`, as written; a day with a
  /// `durationDays` and no other end spans that many days (`start` or `date` 2019-12-30 and 4
  /// days run to 2020-01-02; `end` 2019-12-02 and 4 days start on 2019-11-29).
  var span: (start: EvidenceDate, end: EvidenceDate)? {
    let days = facts.durationDays.flatMap { $0 >= 1 ? $0 : nil }
    guard let first = facts.start ?? facts.date else {
      guard let end = facts.end, end.isDay, let days,
        let start = Self.day(end.first, plus: -(days - 1))
      else { return nil }
      return (EvidenceDate(start), end)
    }
    if let end = facts.end { return (first, end) }
    if first.isDay, let days, let end = Self.day(first.first, plus: days - 1) {
      return (first, EvidenceDate(end))
    }
    return (first, facts.date ?? first)
  }

  /// The day `days` after `day` (before, when negative), or `nil` past the calendar's years
  /// 0000 to 9999.
  private static func day(_ day: CalendarDate, plus days: Int) -> CalendarDate? {
    let (number, overflow) = day.dayNumber.addingReportingOverflow(days)
    guard !overflow, let firstDay = CalendarDate(year: 0, month: 1, day: 1),
      let lastDay = CalendarDate(year: 9999, month: 12, day: 31),
      (firstDay.dayNumber...lastDay.dayNumber).contains(number)
    else { return nil }
    return day.adding(days: days)
  }

  /// The duration in days the evidence states, or its dates imply (inclusive) when both name
  /// a day: a month's first and last day are no duration.
  var impliedDurationDays: Int? {
    if let days = facts.durationDays { return days }
    guard let start = facts.start, let end = facts.end, start.isDay, end.isDay else { return nil }
    return start.first.days(to: end.last) + 1
  }
}
