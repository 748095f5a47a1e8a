import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// `extract` against the hand-written ledger of the seed article (49 records): the floors of
/// issue 11. The figures are printed with each run.
@Suite("Extraction score on the seed article")
struct ExtractionScoreTests {
  static let article = "crespo-2020-05-27"

  /// The hand records and the drafts for the same text, drafted as for a new article.
  private func score() throws -> ExtractionScore {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let hand = ledger.claims.map(\.claim).filter { $0.article == Self.article }
    var bare = ledger
    bare.articles = ledger.articles.map { article in
      var article = article
      article.claims = []
      return article
    }
    let drafts = try ArticleExtractor(ledger: bare).extract(article: Self.article).drafts
    let score = ExtractionScore(hand: hand, drafts: drafts.map(\.claim))
    print("extract on \(Self.article): \(score)")
    return score
  }

  @Test("recall of the hand records by anchor overlap is at least 0.9")
  func recall() throws {
    let score = try score()
    #expect(score.hand == 49)
    #expect(score.recall >= 0.9, "\(score)")
  }

  @Test("kinds agree on at least 0.85 of the found records besides credentials")
  func kinds() throws {
    let score = try score()
    let besides =
      Double(score.kindRightBesidesCredentials)
      / Double(score.found - score.credentials)
    #expect(besides >= 0.85, "\(score)")
  }

  @Test("speaker and outlet accuracy on attributed records are at least 0.85")
  func attribution() throws {
    let score = try score()
    #expect(score.speakerAccuracy >= 0.85, "\(score)")
    #expect(score.outletAccuracy >= 0.85, "\(score)")
  }

  @Test("the matching rule: a draft covering half a record finds it; a far one does not")
  func matchingRule() {
    func claim(_ start: Int, _ end: Int, _ kind: ClaimKind = .event) -> Claim {
      Claim(
        id: "c\(start)-\(end)", article: "a", kind: kind, text: "t",
        anchor: Anchor(exact: "", prefix: "", suffix: "", start: start, end: end),
        attribution: Attribution(kind: .none))
    }
    let hand = [claim(0, 100), claim(200, 210, .credential), claim(300, 400)]
    let drafts = [claim(40, 100), claim(150, 260, .quote), claim(390, 500)]
    let score = ExtractionScore(hand: hand, drafts: drafts)
    #expect(score.found == 2)
    #expect(score.kindRight == 1)
    #expect(score.credentials == 1)
  }
}
