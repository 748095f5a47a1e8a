extension EvidenceItem {
  /// The dates the evidence reports, from `start`/`end` or `date`, as written.
  var span: (start: EvidenceDate, end: EvidenceDate)? {
    guard let first = facts.start ?? facts.date else { return nil }
    return (first, facts.end ?? facts.date ?? first)
  }

  /// The duration in days the evidence states, or its dates imply (inclusive) when both name
  /// a day: a month's first and last day are no duration.
  var impliedDurationDays: Int? {
    if let days = facts.durationDays { return days }
    guard let start = facts.start, let end = facts.end, start.isDay, end.isDay else { return nil }
    return start.first.days(to: end.last) + 1
  }
}
