import TestSupport
import Testing

@testable import FactLedger

@Suite("A filter naming a source or article the ledger lacks is refused")
struct ClaimFilterValidationTests {
  private let ledger = CheckFixtures.ledger([CheckFixtures.claim("c1", [])])

  @Test("a known outlet and article, or none, pass")
  func known() throws {
    var filter = ClaimFilter()
    try filter.validate(against: ledger)
    filter.outlet = "newsweek"
    filter.article = "a1"
    try filter.validate(against: ledger)
  }

  @Test("an unknown outlet is refused with the ids sources.json has, in its order")
  func unknownOutlet() {
    var filter = ClaimFilter()
    filter.outlet = "bbc"
    filter.article = "no-such-article"
    #expect(throws: ClaimFilterError.unknownOutlet("bbc", known: ["tass", "newsweek"])) {
      try filter.validate(against: ledger)
    }
    #expect(
      ClaimFilterError.unknownOutlet("bbc", known: ["tass", "newsweek"]).message
        == "unknown source 'bbc'; sources.json has tass, newsweek")
  }

  @Test("an unknown article is refused, naming it")
  func unknownArticle() {
    var filter = ClaimFilter()
    filter.article = "a2"
    #expect(throws: ClaimFilterError.unknownArticle("a2")) { try filter.validate(against: ledger) }
    #expect(ClaimFilterError.unknownArticle("a2").message == "unknown article 'a2'")
  }
}
