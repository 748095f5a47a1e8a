import Testing

@testable import FactLedger

/// Periods read from a sentence and resolved against the publication date (here Wednesday
/// 27 May 2020, the seed article's).
@Suite("Period expressions")
struct PeriodExpressionsTests {
  private static let published = CalendarDate(year: 2020, month: 5, day: 27)!

  private func periods(_ sentence: String, published: CalendarDate = Self.published)
    -> [PeriodExpressions.Found]
  {
    PeriodExpressions(published: published).find(in: ExpressionTokens(sentence))
  }

  private func span(_ start: String, _ end: String, approximate: Bool = false) -> Period {
    Period(
      start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!, isApproximate: approximate)
  }

  @Test(
    "named periods resolve to their days, with the article's words",
    arguments: [
      ("Putin also stated in December: more.", "in December", "2019-12-01", "2019-12-31"),
      ("As reported in December 2019 in Newsweek:", "in December 2019", "2019-12-01", "2019-12-31"),
      ("The drills of Dec. 2019 ended.", "Dec. 2019", "2019-12-01", "2019-12-31"),
      ("It was signed in May.", "in May", "2020-05-01", "2020-05-31"),
      ("In 2018, the forces met.", "In 2018", "2018-01-01", "2018-12-31"),
      ("Drills continued throughout 2019.", "throughout 2019", "2019-01-01", "2019-12-31"),
      ("Wednesday, May 27, 2020", "Wednesday, May 27, 2020", "2020-05-27", "2020-05-27"),
      ("The talks on 27 May 2020 ended.", "on 27 May 2020", "2020-05-27", "2020-05-27"),
      ("The file is dated 2020-05-27.", "2020-05-27", "2020-05-27", "2020-05-27"),
      ("The exercise began on December 27.", "on December 27", "2019-12-27", "2019-12-27"),
      ("The exercise began on May 3rd.", "on May 3rd", "2020-05-03", "2020-05-03"),
      ("Geng Shuang spoke on Thursday.", "on Thursday", "2020-05-21", "2020-05-21"),
      ("A spokesman spoke on Wednesday.", "on Wednesday", "2020-05-27", "2020-05-27"),
      ("A spokesman spoke last Wednesday.", "last Wednesday", "2020-05-20", "2020-05-20"),
      ("A spokesman will speak next Monday.", "next Monday", "2020-06-01", "2020-06-01"),
      ("A spokesman said so yesterday.", "yesterday", "2020-05-26", "2020-05-26"),
      ("Today the ministry said so.", "Today", "2020-05-27", "2020-05-27"),
      ("The ships left three days ago.", "three days ago", "2020-05-24", "2020-05-24"),
      ("The ships left last week.", "last week", "2020-05-18", "2020-05-24"),
      ("The ships leave this week.", "this week", "2020-05-25", "2020-05-31"),
      ("The ships left last month.", "last month", "2020-04-01", "2020-04-30"),
      ("The ships left last year.", "last year", "2019-01-01", "2019-12-31"),
      ("The ships left last December.", "last December", "2019-12-01", "2019-12-31"),
    ])
  func found(sentence: String, words: String, start: String, end: String) throws {
    let found = try #require(periods(sentence).first)
    #expect(found.text == words)
    #expect(found.period == span(start, end))
  }

  @Test("early, mid and late read quarters of a year and thirds of a month, approximate")
  func parts() throws {
    let cases: [(String, Period)] = [
      ("In late 2018, forces met.", span("2018-10-01", "2018-12-31", approximate: true)),
      ("In early 2019, forces met.", span("2019-01-01", "2019-03-31", approximate: true)),
      (
        "By mid-2019 talk began; in mid-2018 too.",
        span("2018-04-01", "2018-09-30", approximate: true)
      ),
      ("It was in late December.", span("2019-12-21", "2019-12-31", approximate: true)),
      ("It was in early February 2020.", span("2020-02-01", "2020-02-10", approximate: true)),
      ("It was mid-March.", span("2020-03-11", "2020-03-20", approximate: true)),
    ]
    for (sentence, period) in cases {
      #expect(periods(sentence).map(\.period) == [period], "\(sentence)")
    }
    #expect(periods("In late 2018, forces met.").first?.text == "In late 2018")
  }

  @Test("a month before publication's month is last year's; a weekday wraps across a month")
  func resolution() {
    let first = CalendarDate(year: 2021, month: 3, day: 1)!  // a Monday
    #expect(
      periods("It ended on Friday.", published: first).map(\.period) == [
        span("2021-02-26", "2021-02-26")
      ])
    #expect(
      periods("It ended in April.", published: first).map(\.period) == [
        span("2020-04-01", "2020-04-30")
      ])
    #expect(
      periods("It ended last month.", published: first).map(\.period) == [
        span("2021-02-01", "2021-02-28")
      ])
    let january = CalendarDate(year: 2021, month: 1, day: 5)!
    #expect(
      periods("It ended last month.", published: january).map(\.period) == [
        span("2020-12-01", "2020-12-31")
      ])
    #expect(
      periods("It ends next year.", published: january).map(\.period) == [
        span("2022-01-01", "2022-12-31")
      ])
    // 29 February without a year: the latest one on or before publication.
    #expect(
      periods("It was on February 29.", published: first).map(\.period) == [
        span("2020-02-29", "2020-02-29")
      ])
  }

  @Test(
    "numbers and words that are not dates, and words that only bound a period, draft none",
    arguments: [
      "The force had 2,030 troops.",
      "They fired No. 7 and No. 12.",
      "during the Vostok-2018 (East-2018) exercise",
      "said at the ArmHiTec-2018 exhibition",
      "China Rushing to Double Its Nuclear Forces by 2030",
      "No sale since December 2019, none by late 2018, none until May 3.",
      "The 2018 exercise was large.",
      "Officials may say more; they may not.",
      "Russia Today reported it.",
      "It was in 2018-19 that talks began.",
      "There were 2019 ships.",
      "He was born 27 years ago.",
      "Other analysts see the relationship in a different light.",
    ])
  func notFound(sentence: String) {
    #expect(periods(sentence).isEmpty, "\(sentence)")
  }

  @Test("every period of a sentence, each once, with the tokens its words take")
  func several() {
    let found = periods("In December 2019 and again in late 2018, and in December 2019 once more.")
    #expect(found.map(\.text) == ["In December 2019", "in late 2018"])
    #expect(found.map(\.tokens) == [0..<3, 5..<8])
  }

  @Test("day arithmetic: weekdays and day numbers round-trip across years and leap days")
  func calendar() {
    #expect(CalendarDate(year: 2020, month: 5, day: 27)!.weekday == 2)
    #expect(CalendarDate(year: 1970, month: 1, day: 1)!.weekday == 3)
    for day in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CalendarDate(dayNumber: day).dayNumber == day)
    }
    #expect(
      CalendarDate(year: 2020, month: 2, day: 28)!.adding(days: 1).description == "2020-02-29")
    #expect(
      CalendarDate(year: 2019, month: 12, day: 31)!.adding(days: 1).description == "2020-01-01")
  }
}
