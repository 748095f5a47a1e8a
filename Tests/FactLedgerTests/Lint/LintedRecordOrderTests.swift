import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("The records of a lint report, in file order")
struct LintedRecordOrderTests {
  /// The shipped article's records, moved into the folder of `id` (their paths only).
  private static func article(_ id: String, from shipped: LoadedArticle) -> LoadedArticle {
    var article = shipped
    article.article.id = id
    article.claims = shipped.claims.map { loaded in
      var moved = loaded
      let name = loaded.path.split(separator: "/").last.map(String.init) ?? ""
      moved.path = "Ledger/articles/\(id)/claims/" + name
      return moved
    }
    return article
  }

  private static func sortedTogether(_ articles: [LoadedArticle]) -> [LintedRecord] {
    articles.flatMap(\.claims).map { LintedRecord(id: $0.id, path: $0.path) }
      .sorted { ($0.path, $0.id) < ($1.path, $1.id) }
  }

  @Test(
    "articles sorted apart give what sorting every record together gives, where an article's id sorts before a longer one's and its folder after"
  )
  func articlesApart() throws {
    let shipped = try #require(try LedgerLoader().load(at: RepositoryPaths.ledger).articles.first)
    // "a" sorts before "a-b", but "a/claims/..." after "a-b/claims/...".
    let articles = ["a", "a-b", "b", "empty"].map { Self.article($0, from: shipped) }
    var withEmpty = articles
    withEmpty[3].claims = []
    let records = LintedRecord.inFileOrder(withEmpty)
    #expect(records == Self.sortedTogether(withEmpty))
    #expect(records.count == 3 * shipped.claims.count)
    #expect(records.first?.path.hasPrefix("Ledger/articles/a-b/") == true)
  }

  @Test("a record outside its article's folder is still put in file order among all the others")
  func recordOutsideItsFolder() throws {
    let shipped = try #require(try LedgerLoader().load(at: RepositoryPaths.ledger).articles.first)
    var articles = ["a", "c"].map { Self.article($0, from: shipped) }
    articles[1].claims[0].path = "Ledger/articles/b/claims/zz.json"
    articles[0].claims[1].path = "Ledger/articles/d/claims/aa.json"
    let records = LintedRecord.inFileOrder(articles)
    #expect(records == Self.sortedTogether(articles))
    #expect(records.map(\.path).contains("Ledger/articles/b/claims/zz.json"))
  }

  @Test("a lint of the shipped ledger reports every record in file order, as JUnit's test cases")
  func lintedLedger() throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    var report = try Linter().lint(at: RepositoryPaths.ledger)
    #expect(report.records == Self.sortedTogether(ledger.articles))
    #expect(report.records.count == report.recordCount)
    let junit = JUnitWriter().write(report)
    let cases = junit.components(separatedBy: "<testcase name=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    #expect(cases == report.records.map(\.id))
    // Records given in order are kept as given.
    report.records = Array(report.records.reversed())
    #expect(report.records.first == Self.sortedTogether(ledger.articles).last)
  }
}
