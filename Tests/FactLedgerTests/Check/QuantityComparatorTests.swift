import Testing

@testable import FactLedger

@Suite("Quantity comparator")
struct QuantityComparatorTests {
  typealias F = CheckFixtures

  @Test("a duration is derived from the evidence's dates, both ends counted")
  func duration() {
    let fourDays = Quantity(amount: 4, unit: "day")
    let item = { (start: String, end: String) in
      F.item(
        #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"start": "\#(start)", "end": "\#(end)"}}"#
      )
    }
    #expect(
      QuantityComparator.compareDuration(fourDays, with: item("2019-12-27", "2019-12-30"))
        == .supported(detail: "4 days (from its dates)"))
    #expect(
      QuantityComparator.compareDuration(fourDays, with: item("2019-12-30", "2020-01-02")).isSupport
    )
    #expect(
      QuantityComparator.compareDuration(fourDays, with: item("2019-12-27", "2019-12-31"))
        == .contradicted(
          .durationMismatch, detail: "evidence gives 5 days (from its dates), the claim 4"))
    #expect(
      QuantityComparator.compareDuration(
        Quantity(amount: 3, unit: "day"), with: item("2020-02-28", "2020-03-01")
      ).isSupport)
  }

  @Test(
    "a claimed duration too large for a machine integer is contradicted and written, not a trap",
    arguments: [
      ("1e19", "day", "1e+19"), ("9223372036854775807", "day", "9.223372036854776e+18"),
      ("-1e19", "day", "-1e+19"), ("2e18", "week", "1.4e+19"), ("1e300", "days", "1e+300"),
    ])
  func hugeDuration(amount: String, unit: String, written: String) throws {
    let claimed = Quantity(amount: try #require(JSONNumber(literal: amount)), unit: unit)
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"durationDays": 4}}"#
    )
    #expect(
      QuantityComparator.compareDuration(claimed, with: item)
        == .contradicted(.durationMismatch, detail: "evidence gives 4 days, the claim \(written)"))
  }

  @Test("whole numbers are written as digits up to 10^15, past it as Swift writes a Double")
  func formatted() {
    #expect(QuantityComparator.format(4) == "4")
    #expect(QuantityComparator.format(-28) == "-28")
    #expect(QuantityComparator.format(999_999_999_999_999) == "999999999999999")
    #expect(QuantityComparator.format(1e15) == "1000000000000000.0")
    #expect(QuantityComparator.format(3.5) == "3.5")
  }

  @Test("counts compare in the same unit; another unit says nothing")
  func counts() {
    let claimed = Quantity(amount: 3, unit: "ship")
    #expect(
      QuantityComparator.compareCount(claimed, with: Quantity(amount: 3, unit: "ship")).isSupport)
    #expect(
      QuantityComparator.compareCount(claimed, with: Quantity(amount: 4, unit: "ship")).reason
        == .countMismatch)
    #expect(
      QuantityComparator.compareCount(claimed, with: Quantity(amount: 4, unit: "troop"))
        == .notCovered)
  }

  @Test("a stated tolerance lets a close figure agree, and no further")
  func tolerance() {
    let about = Quantity(amount: 3000, unit: "troop", tolerance: 200)
    #expect(
      QuantityComparator.compareCount(about, with: Quantity(amount: 3200, unit: "troop")).isSupport)
    #expect(
      QuantityComparator.compareCount(about, with: Quantity(amount: 3500, unit: "troop")).reason
        == .countMismatch)
    let aboutAWeek = Quantity(amount: 7, unit: "day", tolerance: 1)
    let sixDays = CheckFixtures.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"start": "2018-09-11", "end": "2018-09-16"}}"#
    )
    #expect(QuantityComparator.compareDuration(aboutAWeek, with: sixDays).isSupport)
    #expect(
      QuantityComparator.compareDuration(Quantity(amount: 7, unit: "day"), with: sixDays).reason
        == .durationMismatch)
  }
}
