/// A date as evidence gives it, as precisely as its source: a day (`2018-09-11`), a month
/// (`2018-09`) or a year (`2018`).
///
/// A month or a year stands for all its days, from `first` to `last`; it is shown as written
/// and never implies a duration.
public struct EvidenceDate: Sendable, Hashable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: String, Sendable {
    case year, month, day
  }

  /// The first day the date can mean.
  public var first: CalendarDate
  /// The last day the date can mean.
  public var last: CalendarDate
  /// How much of the date is known.
  public var precision: Precision

  /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `nil` for any other text or a day or month that
  /// does not exist.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0])
    else { return nil }
    switch parts.count {
    case 3:
      guard let day = CalendarDate(iso: text) else { return nil }
      (first, last, precision) = (day, day, .day)
    case 2:
      guard let month = Int(parts[1]), let start = CalendarDate(year: year, month: month, day: 1),
        let end = CalendarDate(
          year: year, month: month, day: CalendarDate.days(inMonth: month, of: year))
      else { return nil }
      (first, last, precision) = (start, end, .month)
    default:
      guard let start = CalendarDate(year: year, month: 1, day: 1),
        let end = CalendarDate(year: year, month: 12, day: 31)
      else { return nil }
      (first, last, precision) = (start, end, .year)
    }
  }

  /// A day-precision date.
  public init(_ day: CalendarDate) {
    (first, last, precision) = (day, day, .day)
  }

  /// Whether the date names one day.
  public var isDay: Bool { precision == .day }

  /// The date as written: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  public var description: String {
    switch precision {
    case .day: first.description
    case .month: String(first.description.prefix(7))
    case .year: String(first.description.prefix(4))
    }
  }
}
