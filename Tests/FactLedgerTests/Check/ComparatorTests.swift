import Testing

@testable import FactLedger

@Suite("Comparators")
struct ComparatorTests {
  typealias F = CheckFixtures

  // MARK: - Periods

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

  // MARK: - Durations and counts

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

  // MARK: - Sets

  @Test(
    "participants match through demonyms; a participant missing from the evidence's list contradicts"
  )
  func participants() {
    let item = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"participants": ["Russian", "Chinese"]}}"#
    )
    #expect(
      SetComparator.compareParticipants(["Russia", "China"], with: item, gazetteer: F.gazetteer)
        .isSupport)
    #expect(
      SetComparator.compareParticipants(
        ["Russia", "China", "Mongolia"], with: item, gazetteer: F.gazetteer)
        == .contradicted(
          .participantsMismatch, detail: "evidence lists Russian, Chinese, without Mongolia"))
  }

  @Test(
    "a place is supported by a place inside it, through the gazetteer or the item's own 'within'")
  func places() {
    let tsugol = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"location": "Tsugol training range, Trans-Baikal region"}}"#
    )
    #expect(
      SetComparator.compareLocations(["Siberia"], with: tsugol, gazetteer: F.gazetteer).isSupport)
    #expect(
      SetComparator.compareLocations(
        ["Tsugol training ground"], with: tsugol, gazetteer: F.gazetteer
      ).isSupport)
    #expect(
      SetComparator.compareLocations(["Mongolia"], with: tsugol, gazetteer: F.gazetteer)
        == .notCovered)
    let own = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"location": "Chabahar", "within": {"Chabahar": ["Iran"]}}}"#
    )
    #expect(SetComparator.compareLocations(["Iran"], with: own, gazetteer: F.gazetteer).isSupport)
  }

  // MARK: - Quotes

  @Test("quotes match after normalising quotes, dashes, case and spacing; a fragment matches")
  func quoteMatches() {
    #expect(
      QuoteComparator.compare(
        claimed: "“Joint work—underway,” he said", source: "\"joint work - underway,\" he  said")
        == .match)
    #expect(
      QuoteComparator.compare(claimed: "meaningful", source: "have reached a “meaningful” level")
        == .match)
    #expect(
      QuoteComparator.compare(claimed: "we do not plan", source: "we do not have a plan") != .match)
  }

  @Test("an ellipsis matches the words the article left out, in order")
  func ellipsis() {
    let source =
      "peace, friendship and lasting security through cooperation and unity and its result"
    #expect(
      QuoteComparator.compare(claimed: "peace … through cooperation", source: source)
        == .elidedMatch(omittedWords: 4))
    #expect(
      QuoteComparator.compare(claimed: "through cooperation ... peace", source: source)
        != .elidedMatch(omittedWords: 0))
  }

  @Test("a close difference is a misquote that names what changed; a loose one is a paraphrase")
  func misquoteAndParaphrase() {
    let original = "We do not have a military alliance with China and we do not plan to create one."
    #expect(
      QuoteComparator.compare(
        claimed:
          "We do not have a military alliance with China and we do not intend to create one.",
        source: original)
        == .misquote("the article has 'intend' where the source has 'plan'"))
    #expect(
      QuoteComparator.compare(
        claimed: "We have a military alliance with China and we do not plan to create one",
        source: original)
        == .misquote("the article drops 'do not'"))
    let sputnik =
      "China-Russia relations do not target third parties and are not influenced by third parties"
    guard
      case .paraphrase = QuoteComparator.compare(
        claimed: "does not target any third party and will not be affected by any third party",
        source: sputnik)
    else {
      Issue.record("expected a paraphrase")
      return
    }
    #expect(
      QuoteComparator.compare(claimed: "the weather is fine today", source: original) == .unrelated)
  }

  // MARK: - Names and titles

  @Test(
    "a title the evidence makes another post contradicts; a missing qualifier only leaves it open")
  func roles() {
    #expect(
      RoleComparator.compare("President", with: "senior vice president").reason == .roleMismatch
    )
    #expect(
      RoleComparator.compare("President", with: "Chairman of the PIR Center Executive Board")
        .reason == .roleMismatch)
    #expect(RoleComparator.compare("deputy CEO", with: "Tecmash Deputy CEO").isSupport)
    #expect(
      RoleComparator.compare(
        "retired lieutenant-general", with: "lieutenant general (retired 2009)"
      ).isSupport)
    #expect(
      RoleComparator.compare("retired lieutenant-general", with: "Lieutenant General")
        == .notCovered)
  }

  @Test("names match through aliases and as whole words inside longer descriptions")
  func names() {
    #expect(TextComparator.sameName("Sam Bendett", "Samuel Bendett", gazetteer: F.gazetteer))
    #expect(
      TextComparator.sameName(
        "Gholamreza Tahani", "Admiral Gholamreza Tahani, deputy commander", gazetteer: F.gazetteer))
    #expect(
      TextComparator.sameName("ArmHiTec-2018", "ArmHiTec-2018 exhibition", gazetteer: F.gazetteer))
    #expect(!TextComparator.sameName("Vladimir Putin", "Dmitry Rytenkov", gazetteer: F.gazetteer))
    #expect(!TextComparator.sameName("Tahani", "Tahanii", gazetteer: F.gazetteer))
  }
}
