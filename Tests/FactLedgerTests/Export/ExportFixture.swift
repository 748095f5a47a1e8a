import Foundation

@testable import FactLedger

/// An in-memory ledger of one article for the export tests: a text, records over it, and
/// evidence, with nothing on disk.
struct ExportFixture {
  static let text = """
    Russian President Vladimir Putin said the drills were routine. A spokesman added more.

    Geng Shuang spoke later.
    """

  var article = Article(
    id: "a1", title: "Drills", author: "Paul Crespo", publisher: nil,
    published: CalendarDate(iso: "2020-05-27")!, url: nil, language: "en",
    textFile: "article.txt", sha256: String(repeating: "0", count: 64))
  var claims: [Claim] = []
  var policy = Policy.default
  var text = ExportFixture.text

  /// A record over the first occurrence of `words`, attributed to `speaker` when given.
  static func claim(
    _ id: String, over words: String, kind: ClaimKind = .statement, text: String? = nil,
    speaker: String? = nil, outlet: String? = nil, reviews: [Review] = [],
    in article: String = Self.text
  ) -> Claim {
    let scalars = Array(article.unicodeScalars)
    let needle = Array(words.unicodeScalars)
    let start = (0...(scalars.count - needle.count)).first {
      Array(scalars[$0..<($0 + needle.count)]) == needle
    }!
    let attribution =
      speaker == nil && outlet == nil
      ? Attribution(kind: .none)
      : Attribution(
        kind: .explicit, speaker: speaker.map { Speaker(name: $0, role: "President") },
        outlet: outlet)
    return Claim(
      id: id, article: "a1", kind: kind, text: text ?? words,
      anchor: Anchor(exact: words, prefix: "", suffix: "", start: start, end: start + needle.count),
      attribution: attribution, reviews: reviews)
  }

  /// A review with `status` and `reason`, given on 2026-11-29.
  static func review(_ status: Review.Status, reason: ReasonCode? = nil) -> Review {
    Review(
      status: status, time: "2026-11-29T06:00:00Z", reviewer: "Standards desk",
      reason: reason?.rawValue, previousHash: nil, hash: String(repeating: "a", count: 64))
  }

  /// An evidence item bearing on `claim`.
  static func evidence(
    _ id: String, on claim: String, url: String?, excerpt: String?, title: String? = nil
  ) -> EvidenceItem {
    EvidenceItem(
      id: id, claims: [claim], stance: .supports,
      source: .init(publisher: "TASS", url: url, published: "2020-05-27", title: title),
      excerpt: excerpt, facts: .init(), note: nil, path: "evidence.json",
      location: SourceLocation(line: 1, column: 1))
  }

  /// The ledger holding the article and its records.
  var ledger: Ledger {
    let loaded = LoadedArticle(
      article: article, path: "articles/a1/article.json", text: text,
      textPath: "articles/a1/article.txt",
      claims: claims.map { LoadedClaim(claim: $0, path: "claims/\($0.id).json", json: $0.json) })
    return Ledger(
      root: "Ledger", policy: policy,
      sources: SourceRegistry(sources: [Source(id: "tass", name: "TASS", kind: .newsAgency)]),
      gazetteer: Gazetteer(), articles: [loaded], warnings: [])
  }

  /// The page of the article, checked against `evidence` when given.
  func page(evidence: [EvidenceItem]? = nil) -> ArticlePage {
    let ledger = self.ledger
    let report = evidence.map { ClaimChecker(ledger: ledger).check($0, evidenceFiles: ["e.json"]) }
    return ArticlePage(
      ledger.articles[0], in: ledger, report: report, evidence: evidence ?? [],
      checkedAt: "2026-11-29T12:00:00Z")
  }

  /// The page rendered.
  func html(evidence: [EvidenceItem]? = nil) -> String {
    ArticlePageHTML().render(page(evidence: evidence))
  }
}
