/// Finds the periods a sentence names and resolves them against the publication date.
///
/// The rules (the README lists them): a date without a year, a month without a year and a
/// weekday are the latest such day or month on or before publication ("in December" in an
/// article of 27 May 2020 is December 2019; "on Wednesday" is the publication day itself when it
/// is a Wednesday); "last" takes the one before that, strictly before publication; weeks run
/// Monday to Sunday. "early", "mid" and "late" read a year as its first quarter, its middle
/// two quarters and its last quarter, and a month as days 1 to 10, 11 to 20 and 21 to its end,
/// all marked approximate. A bare year counts only after "in", "during" or "throughout", so
/// "Vostok-2018", "2,030 troops" and "No. 7" are never periods, and words that only bound a
/// period ("since 2018", "by 2030", "before December") draft none.
struct PeriodExpressions: Sendable {
  /// A period the sentence names.
  struct Found: Sendable, Equatable {
    /// The sentence's words for it, with the preposition before them ("in December").
    var text: String
    /// The days.
    var period: Period
    /// The tokens the words take.
    var tokens: Range<Int>
  }

  /// The day relative dates resolve against.
  let published: CalendarDate

  private static let prepositions: Set = ["in", "on", "during", "throughout"]
  private static let bounds: Set = [
    "since", "by", "until", "till", "before", "after", "from", "to", "through", "between",
    "than", "prior", "ahead",
  ]

  /// The periods `tokens` name, in order, each period once.
  func find(in tokens: ExpressionTokens) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < tokens.count {
      guard let (period, core) = match(at: index, in: tokens) else {
        index += 1
        continue
      }
      index = core.upperBound
      if tokens.isWord(core.lowerBound - 1, in: Self.bounds) { continue }
      let start =
        tokens.isWord(core.lowerBound - 1, in: Self.prepositions)
        ? core.lowerBound - 1 : core.lowerBound
      guard !found.contains(where: { $0.period == period }) else { continue }
      found.append(
        Found(text: tokens.words(start..<core.upperBound), period: period, tokens: start..<index))
    }
    return found
  }

  /// The period whose words start at `index`, and the tokens they take.
  private func match(at index: Int, in tokens: ExpressionTokens) -> (Period, Range<Int>)? {
    if let weekday = weekday(at: index, in: tokens) {
      let dateStart = tokens.isMark(index + 1, ",") ? index + 2 : index + 1
      if let (date, end) = explicitDate(at: dateStart, in: tokens) {
        return (Self.day(date), index..<end)
      }
      return (Self.day(latest(weekday: weekday)), index..<index + 1)
    }
    if let (date, end) = explicitDate(at: index, in: tokens) {
      return (Self.day(date), index..<end)
    }
    if let (month, year, end) = monthAndYear(at: index, in: tokens),
      let period = Self.month(month, of: year)
    {
      return (period, index..<end)
    }
    if let found = part(at: index, in: tokens) { return found }
    if let found = relative(at: index, in: tokens) { return found }
    let trigger = tokens.isWord(index - 1, in: ["in", "during", "throughout"])
    if trigger, let (month, end) = month(at: index, in: tokens, abbreviated: false),
      let period = Self.month(month, of: latestYear(of: month))
    {
      return (period, index..<end)
    }
    if trigger, let year = year(at: index, in: tokens), let period = Self.year(year) {
      return (period, index..<index + 1)
    }
    return nil
  }

  // MARK: - Explicit dates

  /// "2020-05-27", "May 27, 2020", "27 May 2020", "Dec. 3", "3 December": a day (the latest
  /// such day on or before publication when the year is left out).
  private func explicitDate(at index: Int, in tokens: ExpressionTokens)
    -> (CalendarDate, Int)?
  {
    if let found = isoDate(at: index, in: tokens) { return found }
    if let (month, afterMonth) = month(at: index, in: tokens, abbreviated: true),
      let (day, afterDay) = day(at: afterMonth, in: tokens)
    {
      let yearIndex = tokens.isMark(afterDay, ",") ? afterDay + 1 : afterDay
      if let year = year(at: yearIndex, in: tokens) {
        return CalendarDate(year: year, month: month, day: day).map { ($0, yearIndex + 1) }
      }
      return latest(month: month, day: day).map { ($0, afterDay) }
    }
    if let (day, afterDay) = day(at: index, in: tokens),
      let (month, afterMonth) = month(at: afterDay, in: tokens, abbreviated: true)
    {
      let yearIndex = tokens.isMark(afterMonth, ",") ? afterMonth + 1 : afterMonth
      if let year = year(at: yearIndex, in: tokens) {
        return CalendarDate(year: year, month: month, day: day).map { ($0, yearIndex + 1) }
      }
      return latest(month: month, day: day).map { ($0, afterMonth) }
    }
    return nil
  }

  /// `YYYY-MM-DD` written without spaces.
  private func isoDate(at index: Int, in tokens: ExpressionTokens) -> (CalendarDate, Int)? {
    guard let year = tokens[index], year.kind == .number, year.text.count == 4,
      tokens.isJoiningHyphen(index + 1), let month = tokens[index + 2], month.text.count == 2,
      tokens.isJoiningHyphen(index + 3), let day = tokens[index + 4], day.text.count == 2,
      let date = CalendarDate(iso: "\(year.text)-\(month.text)-\(day.text)")
    else { return nil }
    return (date, index + 5)
  }

  /// "December 2019", "Dec. 2019", "December of 2019": a month and its year.
  private func monthAndYear(at index: Int, in tokens: ExpressionTokens) -> (Int, Int, Int)? {
    guard let (month, afterMonth) = month(at: index, in: tokens, abbreviated: true) else {
      return nil
    }
    let yearIndex =
      tokens.isMark(afterMonth, ",") || tokens.isWord(afterMonth, in: ["of"])
      ? afterMonth + 1 : afterMonth
    return year(at: yearIndex, in: tokens).map { (month, $0, yearIndex + 1) }
  }

  // MARK: - Parts, relative words

  /// "early 2019", "mid-2018", "late December", "late December 2019": part of a year or a
  /// month, approximate.
  private func part(at index: Int, in tokens: ExpressionTokens) -> (Period, Range<Int>)? {
    let parts = ["early": 0, "mid": 1, "late": 2]
    guard let token = tokens[index], token.kind == .word, let part = parts[token.lowercased]
    else { return nil }
    let next = tokens.isJoiningHyphen(index + 1) ? index + 2 : index + 1
    if let (month, year, end) = monthAndYear(at: next, in: tokens) {
      return Self.part(part, ofMonth: month, year: year).map { ($0, index..<end) }
    }
    if let year = year(at: next, in: tokens, isJoined: next == index + 2) {
      let months = [(1, 3), (4, 9), (10, 12)][part]
      guard let first = Self.month(months.0, of: year), let last = Self.month(months.1, of: year)
      else { return nil }
      return (Period(start: first.start, end: last.end, isApproximate: true), index..<next + 1)
    }
    if let (month, end) = self.month(at: next, in: tokens, abbreviated: false) {
      return Self.part(part, ofMonth: month, year: latestYear(of: month)).map { ($0, index..<end) }
    }
    return nil
  }

  private static func part(_ part: Int, ofMonth month: Int, year: Int) -> Period? {
    guard let whole = Self.month(month, of: year),
      let start = CalendarDate(year: year, month: month, day: [1, 11, 21][part]),
      let end = part == 2 ? whole.end : CalendarDate(year: year, month: month, day: part * 10 + 10)
    else { return nil }
    return Period(start: start, end: end, isApproximate: true)
  }

  /// "yesterday", "today", "tomorrow", "three days ago", and "last", "this" or "next" with a
  /// week, month, year, weekday or month name.
  private func relative(at index: Int, in tokens: ExpressionTokens) -> (Period, Range<Int>)? {
    guard let token = tokens[index], token.kind == .word || token.kind == .number else {
      return nil
    }
    let offsets = ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1]
    if let offset = offsets[token.lowercased], !token.isCapitalized || index == 0 {
      return (Self.day(published.adding(days: offset)), index..<index + 1)
    }
    if let number = NumberExpressions.read(at: index, in: tokens),
      let days = number.value.number.intValue, (1...3660).contains(days),
      tokens.isWord(number.tokens.upperBound, in: ["day", "days"]),
      tokens.isWord(number.tokens.upperBound + 1, in: ["ago"])
    {
      return (
        Self.day(published.adding(days: -days)), index..<number.tokens.upperBound + 2
      )
    }
    let directions = ["last": -1, "this": 0, "next": 1]
    guard let direction = directions[token.lowercased] else { return nil }
    let range = index..<index + 2
    if let weekday = weekday(at: index + 1, in: tokens) {
      let latest = latest(weekday: weekday)
      let date =
        switch direction {
        case -1: latest == published ? latest.adding(days: -7) : latest
        case 1: latest.adding(days: 7)
        default: latest
        }
      return (Self.day(date), range)
    }
    if let (month, end) = month(at: index + 1, in: tokens, abbreviated: false) {
      let year =
        switch direction {
        case -1: month < published.month ? published.year : published.year - 1
        case 1: month > published.month ? published.year : published.year + 1
        default: published.year
        }
      return Self.month(month, of: year).map { ($0, index..<end) }
    }
    guard let unit = tokens[index + 1]?.lowercased else { return nil }
    switch unit {
    case "week":
      return (Self.week(of: published.adding(days: 7 * direction)), range)
    case "month":
      let monthIndex = published.year * 12 + published.month - 1 + direction
      return Self.month(monthIndex % 12 + 1, of: monthIndex / 12).map { ($0, range) }
    case "year":
      return Self.year(published.year + direction).map { ($0, range) }
    default:
      return nil
    }
  }

  // MARK: - Words

  /// A month's name at `index` (capitalised; an abbreviation only when `abbreviated`, with its
  /// point), and the index after it.
  private func month(at index: Int, in tokens: ExpressionTokens, abbreviated: Bool) -> (Int, Int)? {
    guard let token = tokens[index], token.isCapitalized else { return nil }
    if let month = Self.monthNames[token.lowercased] { return (month, index + 1) }
    guard abbreviated, let month = Self.monthAbbreviations[token.lowercased] else { return nil }
    return (month, tokens.isMark(index + 1, ".") ? index + 2 : index + 1)
  }

  /// A day of the month, 1 to 31, with an ordinal ending if any ("3rd").
  private func day(at index: Int, in tokens: ExpressionTokens) -> (Int, Int)? {
    guard let token = tokens[index], token.kind == .number, token.text.count <= 2,
      let day = Int(token.text), (1...31).contains(day), !tokens.isJoiningHyphen(index + 1)
    else { return nil }
    if let suffix = tokens[index + 1], !suffix.isSpaced,
      ["st", "nd", "rd", "th"].contains(suffix.lowercased)
    {
      return (day, index + 2)
    }
    return (day, index + 1)
  }

  /// A year, 1800 to 2199, written as four digits that no hyphen or slash joins to other
  /// words ("Vostok-2018", "2018-19" are not years); `isJoined` lets "mid-" stand before it.
  private func year(at index: Int, in tokens: ExpressionTokens, isJoined: Bool = false) -> Int? {
    guard let token = tokens[index], token.kind == .number, token.text.count == 4,
      let year = Int(token.text), (1800...2199).contains(year),
      isJoined || !tokens.isJoiningHyphen(index - 1), !tokens.isJoiningHyphen(index + 1),
      !(tokens.isMark(index + 1, "/") && tokens[index + 1]?.isSpaced == false)
    else { return nil }
    return year
  }

  /// A capitalised weekday's name.
  private func weekday(at index: Int, in tokens: ExpressionTokens) -> Int? {
    guard let token = tokens[index], token.isCapitalized else { return nil }
    return Self.weekdayNames[token.lowercased]
  }

  // MARK: - Resolving

  /// The latest `weekday` on or before publication.
  private func latest(weekday: Int) -> CalendarDate {
    published.adding(days: -((published.weekday - weekday + 7) % 7))
  }

  /// The year of the latest `month` that began on or before publication.
  private func latestYear(of month: Int) -> Int {
    month <= published.month ? published.year : published.year - 1
  }

  /// The latest day `month`/`day` on or before publication (29 February: the latest leap
  /// year's).
  private func latest(month: Int, day: Int) -> CalendarDate? {
    var year =
      (month, day) <= (published.month, published.day) ? published.year : published.year - 1
    for _ in 0..<8 {
      if let date = CalendarDate(year: year, month: month, day: day) { return date }
      year -= 1
    }
    return nil
  }
}
