import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Evidence dates as precise as their source: a month or a year stands for all its days,
/// supports a period it overlaps, implies no duration, and is shown as written.
@Suite("Evidence dates with a precision: YYYY, YYYY-MM, YYYY-MM-DD")
struct EvidenceDatePrecisionTests {
  typealias F = CheckFixtures

  private let lateIn2018 = Assertion(
    field: .period, text: "In late 2018",
    value: .period(
      Period(start: F.date("2018-10-01"), end: F.date("2018-12-31"), isApproximate: true)))

  private func verdict(_ period: Assertion, _ facts: String) -> AssertionVerdict {
    let item = F.item(
      #"{"id": "ev", "claims": ["c"], "source": {"publisher": "Reuters"}, "facts": \#(facts)}"#)
    guard case .period(let value) = period.value else { return .notCovered }
    return PeriodComparator.compare(value, words: period.text, with: item)
  }

  @Test("a month or year is parsed with its first and last day, and shown as written")
  func parsing() throws {
    let february = try #require(EvidenceDate(iso: "2020-02"))
    #expect(february.first == F.date("2020-02-01") && february.last == F.date("2020-02-29"))
    #expect(february.description == "2020-02")
    let year = try #require(EvidenceDate(iso: "2018"))
    #expect(year.first == F.date("2018-01-01") && year.last == F.date("2018-12-31"))
    #expect(EvidenceDate(iso: "2018-09-11")?.isDay == true)
    for bad in [
      "2018-13", "2018-9", "18", "2019-02-29", "2018-09-", "", "20189", "2018-", "2018-00",
      "2018-09-1", "2018-09-11-", " 2018", "2018\n", "\u{0662}\u{0660}\u{0661}\u{0668}",
      "2018-0\u{0301}9", "2018/09", "+2018", "2018-09-11T00:00",
    ] {
      #expect(EvidenceDate(iso: bad) == nil, "\(bad)")
    }
  }

  @Test("a month inside or overlapping the claim's period supports it, shown as written")
  func monthSupports() {
    #expect(
      verdict(F.december2019, #"{"date": "2019-12"}"#)
        == .supported(detail: "2019-12 lies within 2019-12-01 to 2019-12-31"))
    let overlapping = verdict(lateIn2018, #"{"start": "2018-09", "end": "2018-10"}"#)
    #expect(
      overlapping
        == .supported(
          detail:
            "2018-09 to 2018-10 overlaps the claim's 2018-10-01 to 2018-12-31 (the approximate reading of 'In late 2018'); a month-precision date is any of its days"
        ))
    #expect(verdict(lateIn2018, #"{"date": "2018"}"#).isSupport)
  }

  @Test("a month that does not touch the period contradicts it, with the gap in days")
  func monthContradicts() {
    #expect(
      verdict(F.december2019, #"{"date": "2019-10"}"#)
        == .contradicted(
          .dateMismatch,
          detail: "evidence gives 2019-10, 31 days outside the claim's 2019-12-01 to 2019-12-31"))
    // A day of that month is judged as a day: inside the month but outside the period.
    #expect(
      verdict(lateIn2018, #"{"start": "2018-09-11", "end": "2018-10-02"}"#).reason == .dateMismatch)
  }

  @Test("an approximate claim period says which reading was used, supported or not")
  func approximateReading() {
    let inside = verdict(lateIn2018, #"{"date": "2018-11-04"}"#)
    #expect(
      inside
        == .supported(
          detail:
            "2018-11-04 lies within 2018-10-01 to 2018-12-31 (the approximate reading of 'In late 2018')"
        ))
    let precise = verdict(F.december2019, #"{"date": "2019-12-04"}"#)
    #expect(precise == .supported(detail: "2019-12-04 lies within 2019-12-01 to 2019-12-31"))
  }

  @Test("a month's first and last day imply no duration; days still do")
  func noDurationFromAMonth() {
    let fourDays = F.claim(
      "c",
      [
        Assertion(
          field: .duration, text: "four-day", value: .quantity(Quantity(amount: 4, unit: "day")))
      ])
    let item = { (facts: String) in
      F.item(
        #"{"id": "ev", "claims": ["c"], "source": {"publisher": "Reuters"}, "facts": \#(facts)}"#)
    }
    let month = F.check(fourDays, [item(#"{"start": "2019-12", "end": "2019-12"}"#)])
    #expect(!month.reasons.contains(.durationMismatch))
    #expect(month.assertions[0].state == .uncovered)
    let days = F.check(fourDays, [item(#"{"start": "2019-12-01", "end": "2019-12-31"}"#)])
    #expect(days.reasons.contains(.durationMismatch))
    #expect(
      F.check(fourDays, [item(#"{"start": "2019-12-27", "end": "2019-12-30"}"#)]).content
        == .verified)
  }

  @Test("the evidence schema takes YYYY and YYYY-MM and refuses a month or day that does not exist")
  func schema() throws {
    let folder = try TemporaryFolder()
    let line = { (date: String) in
      #"{"id": "ev", "claims": ["c"], "source": {"publisher": "Reuters"}, "facts": {"date": "\#(date)"}}"#
    }
    for good in ["2019", "2019-12", "2019-12-27"] {
      try folder.write(line(good), to: "good.jsonl")
      let items = try EvidenceLoader().load(at: folder.path + "/good.jsonl", claimIDs: ["c"])
      #expect(items.first?.facts.date?.description == good)
    }
    for bad in ["2019-13", "2019-02-30", "19-12"] {
      try folder.write(line(bad), to: "bad.jsonl")
      #expect(throws: EvidenceError.self) {
        try EvidenceLoader().load(at: folder.path + "/bad.jsonl", claimIDs: ["c"])
      }
    }
  }
}
