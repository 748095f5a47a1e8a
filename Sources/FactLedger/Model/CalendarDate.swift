/// A day of the proleptic Gregorian calendar, written `YYYY-MM-DD` (ISO 8601).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public let year: Int
  // The month and day in a byte each: a date stands in every period and in up to three facts
  // of every piece of evidence (16 bytes a date, where three `Int`s took 24).
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The month, 1 to 12.
  public var month: Int { Int(storedMonth) }
  /// The day of the month, 1 to 31.
  public var day: Int { Int(storedDay) }

  /// Creates a date, or `nil` when the day does not exist (2019-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...CalendarDate.days(inMonth: month, of: year)).contains(day)
    else { return nil }
    self.year = year
    storedMonth = UInt8(month)
    storedDay = UInt8(day)
  }

  /// Parses `YYYY-MM-DD`; `nil` for any other text or a day that does not exist.
  public init?(iso text: String) {
    guard let fields = ISODateFields(text), let month = fields.month, let day = fields.day
    else { return nil }
    self.init(year: fields.year, month: month, day: day)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    func padded(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  /// Whether `year` has a 29 February.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  public static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

extension CalendarDate {
  /// Days since 1970-01-01 (negative before), for day arithmetic.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The number of days from `self` to `other` (positive when `other` is later).
  public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }
}

/// The numbers of an ISO 8601 date as far as it is written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
/// ASCII digits only. Read from the text's bytes: dates are read for every record and every
/// piece of evidence.
struct ISODateFields {
  var year: Int
  var month: Int?
  var day: Int?

  /// The fields of `text`, or `nil` when it is not one of the three shapes (whether the month
  /// and day exist is the caller's to judge).
  init?(_ text: String) {
    let inPlace = text.utf8.withContiguousStorageIfAvailable(ISODateFields.init(bytes:))
    guard
      let fields = inPlace ?? Array(text.utf8).withUnsafeBufferPointer(ISODateFields.init(bytes:))
    else { return nil }
    self = fields
  }

  private init?(bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
    func number(_ start: Int, _ width: Int) -> Int? {
      var value = 0
      for byte in bytes[start..<start + width] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0, 4) else { return nil }
    self.year = year
    if bytes.count >= 7 {
      guard bytes[4] == UInt8(ascii: "-"), let month = number(5, 2) else { return nil }
      self.month = month
    }
    if bytes.count == 10 {
      guard bytes[7] == UInt8(ascii: "-"), let day = number(8, 2) else { return nil }
      self.day = day
    }
  }
}
