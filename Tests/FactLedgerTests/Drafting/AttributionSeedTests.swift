import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The attribution drafter against the hand-made ledger of the seed article: for every hand
/// record with a speaker or an outlet, the drafted speaker name and outlet on its anchor.
@Suite("Attribution drafter on the seed article")
struct AttributionSeedTests {
  private struct Score {
    var records = 0
    var speakers = 0
    var outlets = 0
    var misses: [String] = []
  }

  private func score() throws -> Score {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let loaded = try #require(ledger.articles.first { $0.article.id == "crespo-2020-05-27" })
    let drafter = AttributionDrafter(
      text: ArticleText(loaded.text), sources: ledger.sources.sources)
    var score = Score()
    for record in ledger.claims.map(\.claim) where record.article == "crespo-2020-05-27" {
      let hand = record.attribution
      guard hand.speaker != nil || hand.outlet != nil else { continue }
      let drafted = drafter.attribution(of: record.anchor.start..<record.anchor.end)
      score.records += 1
      if drafted.speaker?.name == hand.speaker?.name {
        score.speakers += 1
      } else {
        score.misses.append("\(record.id): speaker \(drafted.speaker?.name ?? "none")")
      }
      if drafted.outlet == hand.outlet {
        score.outlets += 1
      } else {
        score.misses.append("\(record.id): outlet \(drafted.outlet ?? "none")")
      }
    }
    return score
  }

  @Test("speaker and outlet accuracy on the attributed hand records hold their floors")
  func accuracy() throws {
    let score = try score()
    let speakers = Double(score.speakers) / Double(max(score.records, 1))
    let outlets = Double(score.outlets) / Double(max(score.records, 1))
    print("seed attribution: \(score.records) records, speaker \(speakers), outlet \(outlets)")
    print(score.misses.joined(separator: "\n"))
    #expect(score.records == 17)
    #expect(speakers >= 0.85, "\(score.misses)")
    #expect(outlets >= 0.85, "\(score.misses)")
  }
}
