import Testing

@testable import FactLedger

@Suite("Period comparator")
struct PeriodComparatorTests {
  typealias F = CheckFixtures

  @Test(
    "a period holds evidence dates inside it, and reports the gap in days when they fall outside")
  func period() {
    let december = Period(start: F.date("2019-12-01"), end: F.date("2019-12-31"))
    let inside = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"start": "2019-12-27", "end": "2019-12-30"}}"#
    )
    #expect(PeriodComparator.compare(december, with: inside).isSupport)
    let after = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"date": "2020-01-01"}}"#
    )
    #expect(
      PeriodComparator.compare(december, with: after)
        == .contradicted(
          .dateMismatch,
          detail: "evidence gives 2020-01-01, 1 day outside the claim's 2019-12-01 to 2019-12-31"))
    let straddling = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"start": "2019-12-30", "end": "2020-01-02"}}"#
    )
    #expect(PeriodComparator.compare(december, with: straddling).reason == .dateMismatch)
    let undated = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"speaker": "X"}}"#)
    #expect(PeriodComparator.compare(december, with: undated) == .notCovered)
  }

  @Test(
    "calendar edges: leap days, month ends, ranges across years",
    arguments: [
      ("2020-02-01", "2020-02-29", "2020-02-29", true),
      ("2019-02-01", "2019-02-28", "2019-03-01", false),
      ("2019-12-01", "2020-01-31", "2020-01-01", true),
      ("2018-10-01", "2018-12-31", "2018-09-30", false),
    ])
  func calendarEdges(start: String, end: String, evidence: String, holds: Bool) {
    let period = Period(start: F.date(start), end: F.date(end))
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"date": "\#(evidence)"}}"#
    )
    #expect(PeriodComparator.compare(period, with: item).isSupport == holds)
  }

  @Test("day arithmetic crosses leap years and centuries")
  func dayNumbers() {
    #expect(F.date("1970-01-01").dayNumber == 0)
    #expect(F.date("2020-02-28").days(to: F.date("2020-03-01")) == 2)
    #expect(F.date("2019-02-28").days(to: F.date("2019-03-01")) == 1)
    #expect(F.date("1900-02-28").days(to: F.date("1900-03-01")) == 1)
    #expect(F.date("2000-02-28").days(to: F.date("2000-03-01")) == 2)
    #expect(F.date("2018-09-17").days(to: F.date("2018-10-01")) == 14)
  }
}
