/// Whether a line is only a date, as a page prints its dateline: "Wednesday, May 27, 2020",
/// "27 May 2020", "2020-05-27", "Published May 27, 2020 10:30 a.m. ET", "Updated: Jan. 5, 2021".
enum DateLine {
  private static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
  private static let others: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "published", "updated", "posted",
    "last", "on", "at", "am", "pm", "a", "m", "p", "gmt", "utc", "et", "est", "edt", "pt", "pst",
    "pdt", "bst", "cet", "msk", "st", "nd", "rd", "th",
  ]

  /// Whether every word of `line` belongs to a date or time, and it names a month or is an
  /// ISO date.
  static func isDate(_ line: String) -> Bool {
    var names = false
    var words = 0
    for word in line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      words += 1
      let text = String(word)
      if months.contains(text) {
        names = true
      } else if text.allSatisfy(\.isNumber) {
        guard text.count <= 4 else { return false }
      } else if let number = text.firstIndex(where: { !$0.isNumber }), number != text.startIndex,
        ["st", "nd", "rd", "th"].contains(String(text[number...]))
      {
        continue
      } else if !others.contains(text) {
        return false
      }
    }
    let isISO =
      line.split(separator: "-").count == 3 && line.count >= 8
      && line.allSatisfy { $0.isNumber || $0 == "-" || $0.isWhitespace }
    return words > 0 && words <= 12 && (names || isISO)
  }
}
