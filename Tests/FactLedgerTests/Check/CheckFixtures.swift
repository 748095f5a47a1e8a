import TestSupport

@testable import FactLedger

/// Claims, evidence items and ledgers built in code, for checker tests.
enum CheckFixtures {
  static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  /// An evidence item from the JSON of one item (as in a JSON Lines file).
  static func item(_ json: String) -> EvidenceItem {
    EvidenceItem(json: try! JSONParser().parse(json), path: "evidence.jsonl")
  }

  static let gazetteer = Gazetteer(entries: [
    .init(name: "Russia", aliases: ["Russian"]),
    .init(name: "China", aliases: ["Chinese"]),
    .init(
      name: "Tsugol training ground", aliases: ["Tsugol training range"],
      within: ["Zabaykalsky Krai"]),
    .init(name: "Zabaykalsky Krai", aliases: ["Trans-Baikal region"], within: ["Siberia"]),
    .init(name: "Sam Bendett", aliases: ["Samuel Bendett"]),
  ])

  static func claim(
    _ id: String, kind: ClaimKind = .event, attribution: Attribution = Attribution(kind: .none),
    _ assertions: [Assertion], reviews: [Review] = [], exact: String = "x"
  ) -> Claim {
    Claim(
      id: id, article: "a1", kind: kind, text: "A claim.",
      anchor: Anchor(
        exact: exact, prefix: "", suffix: "", start: 0, end: exact.unicodeScalars.count),
      attribution: attribution, assertions: assertions, reviews: reviews)
  }

  /// A ledger of one article holding `claims`, with the sources `tass` and `newsweek`.
  static func ledger(_ claims: [Claim]) -> Ledger {
    let article = Article(
      id: "a1", title: "An article", author: nil, publisher: nil, published: date("2020-05-27"),
      url: "https://example.org/article", language: "en", textFile: "article.txt",
      sha256: String(repeating: "0", count: 64))
    return Ledger(
      root: "Ledger", policy: .default,
      sources: SourceRegistry(sources: [
        Source(id: "tass", name: "TASS", kind: .newsAgency),
        Source(id: "newsweek", name: "Newsweek", kind: .outlet),
      ]),
      gazetteer: gazetteer,
      articles: [
        LoadedArticle(
          article: article, path: "article.json", text: "x", textPath: "article.txt",
          claims: claims.map { LoadedClaim(claim: $0, path: "claims/\($0.id).json", json: .null) })
      ],
      warnings: [])
  }

  /// Checks one claim against items and returns its result.
  static func check(_ claim: Claim, _ items: [EvidenceItem]) -> CheckReport.ClaimResult {
    ClaimChecker(ledger: ledger([claim])).check(items).results[0]
  }

  static let december2019 = Assertion(
    field: .period, text: "in December",
    value: .period(Period(start: date("2019-12-01"), end: date("2019-12-31"))))

  /// "Russia and China held a four-day drill in December 2019": participants, period, duration.
  static let drill = claim(
    "drill",
    [
      Assertion(field: .participants, value: .set(["Russia", "China"])), december2019,
      Assertion(
        field: .duration, text: "four-day", value: .quantity(Quantity(amount: 4, unit: "day"))),
    ])

  /// The `source` member of an evidence item published by `publisher`, as JSON.
  static func source(_ publisher: String) -> String {
    #""source": {"publisher": "\#(publisher)"}"#
  }

  /// A quote of Vladimir Putin's the article attributes to Newsweek.
  static let putinQuote = claim(
    "putin", kind: .quote,
    attribution: Attribution(
      kind: .explicit, speaker: Speaker(name: "Vladimir Putin"), outlet: "newsweek"),
    [
      Assertion(
        field: .quote,
        value: .text(
          "We do not have a military alliance with China and we do not plan to create one.")),
      Assertion(field: .speaker, value: .text("Vladimir Putin")),
    ])

  /// An item of `publisher` giving `words` to `speaker`, for `putinQuote`.
  static func quoteItem(_ id: String, publisher: String, speaker: String, words: String)
    -> EvidenceItem
  {
    item(
      #"{"id": "\#(id)", "claims": ["putin"], \#(source(publisher)), "facts": {"speaker": "\#(speaker)", "quote": "\#(words)"}}"#
    )
  }
}
