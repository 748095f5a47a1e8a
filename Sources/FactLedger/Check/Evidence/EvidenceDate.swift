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
    guard let fields = ISODateFields(text) else { return nil }
    switch (fields.month, fields.day) {
    case (let month?, let day?):
      guard let date = CalendarDate(year: fields.year, month: month, day: day) else { return nil }
      (first, last, precision) = (date, date, .day)
    case (let month?, nil):
      guard let start = CalendarDate(year: fields.year, month: month, day: 1),
        let end = CalendarDate(
          year: fields.year, month: month, day: CalendarDate.days(inMonth: month, of: fields.year))
      else { return nil }
      (first, last, precision) = (start, end, .month)
    default:
      guard let start = CalendarDate(year: fields.year, month: 1, day: 1),
        let end = CalendarDate(year: fields.year, month: 12, day: 31)
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
