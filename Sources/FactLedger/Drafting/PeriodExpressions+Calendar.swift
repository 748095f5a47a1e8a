/// The calendar words periods are read from, and the day arithmetic that resolves them.
extension PeriodExpressions {
  /// Month names and their abbreviations, lowercase, to the month's number. An abbreviation
  /// ("Dec.") names a month only beside a day or a year.
  static let monthNames: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]

  static let monthAbbreviations: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  /// Weekday names, lowercase, numbered from Monday = 0.
  static let weekdayNames: [String: Int] = [
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
  ]

  /// Whether `word` names a month or a weekday: such a word is a date, never a name or place.
  static func isCalendarWord(_ word: String) -> Bool {
    let lowercase = word.lowercased()
    return monthNames[lowercase] != nil || weekdayNames[lowercase] != nil
      || monthAbbreviations[lowercase] != nil
  }

  /// The whole of `month` in `year`.
  static func month(_ month: Int, of year: Int) -> Period? {
    guard let start = CalendarDate(year: year, month: month, day: 1),
      let end = CalendarDate(
        year: year, month: month, day: CalendarDate.days(inMonth: month, of: year))
    else { return nil }
    return Period(start: start, end: end)
  }

  /// The whole of `year`.
  static func year(_ year: Int) -> Period? {
    guard let start = CalendarDate(year: year, month: 1, day: 1),
      let end = CalendarDate(year: year, month: 12, day: 31)
    else { return nil }
    return Period(start: start, end: end)
  }

  /// One day.
  static func day(_ date: CalendarDate) -> Period { Period(start: date, end: date) }

  /// The Monday-to-Sunday week that holds `date`.
  static func week(of date: CalendarDate) -> Period {
    let monday = date.adding(days: -date.weekday)
    return Period(start: monday, end: monday.adding(days: 6))
  }
}

extension CalendarDate {
  /// The date `dayNumber` days after 1970-01-01.
  init(dayNumber: Int) {
    // Howard Hinnant's civil_from_days, the inverse of `dayNumber`.
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self = CalendarDate(year: year, month: month, day: day) ?? CalendarDate(iso: "1970-01-01")!
  }

  /// The date `days` days later (earlier when negative).
  func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// The day of the week, Monday = 0 to Sunday = 6 (1970-01-01 was a Thursday).
  var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 }
}
