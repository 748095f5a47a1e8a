import TestSupport
import Testing

@testable import FactLedger

@Suite("Calendar dates")
struct CalendarDateTests {
  @Test("29 February exists only in leap years (every 4th, not every 100th, every 400th)")
  func leapYears() {
    #expect(CalendarDate(iso: "2020-02-29") != nil)
    #expect(CalendarDate(iso: "2019-02-29") == nil)
    #expect(CalendarDate(iso: "1900-02-29") == nil)
    #expect(CalendarDate(iso: "2000-02-29") != nil)
  }

  @Test(
    "month ends and impossible dates",
    arguments: ["2019-04-31", "2019-13-01", "2019-00-10", "2019-12-32", "2019-12-00"])
  func impossible(text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test(
    "only YYYY-MM-DD is read, and written back unchanged",
    arguments: [
      "2019-12-1", "19-12-01", "2019/12/01", "2019-12-01T00:00", "２０１９-12-01", "",
      "2019-12-01\n", " 2019-12-01", "2019-12-01-", "2019--12-01", "2019-012-01", "+019-12-01",
      "2019-12-0\u{0661}", "2019-1\u{0301}2-01", "2019-12", "2019", "201a-12-01",
    ])
  func strictFormat(text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test("dates order by day and print as ISO 8601")
  func orderAndPrint() throws {
    let start = try #require(CalendarDate(iso: "2019-12-27"))
    let end = try #require(CalendarDate(iso: "2020-01-03"))
    #expect(start < end)
    #expect(start.description == "2019-12-27")
    #expect(CalendarDate(year: 7, month: 1, day: 2)?.description == "0007-01-02")
  }
}

@Suite("Ids")
struct SlugTests {
  @Test(
    "lowercase slugs are ids",
    arguments: ["tass", "the-national-interest", "crespo-2020-05-27", "0day"])
  func valid(text: String) {
    #expect(Slug.isValid(text))
  }

  @Test(
    "anything that could leave its folder or surprise a file system is refused",
    arguments: [
      "", "../etc", "a/b", "a.json", "-lead", "Upper", "with space", "naïve",
      String(repeating: "a", count: 129),
    ])
  func invalid(text: String) {
    #expect(!Slug.isValid(text))
  }
}
