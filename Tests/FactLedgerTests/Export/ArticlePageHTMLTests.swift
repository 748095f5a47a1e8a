import Foundation
import TestSupport
import Testing

@testable import FactLedger

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("The annotated article page")
struct ArticlePageHTMLTests {
  /// The page parsed as XML (it is written to be well-formed).
  private func parse(_ html: String) throws -> XMLDocument {
    try XMLDocument(data: Data(html.utf8), options: [.nodePreserveWhitespace])
  }

  private func nodes(_ document: XMLDocument, _ xpath: String) throws -> [XMLNode] {
    try document.nodes(forXPath: xpath)
  }

  /// The text of the article as the page shows it, without the status tags.
  private func shownText(_ document: XMLDocument) throws -> String {
    try nodes(
      document, "//div[@class='article-text']//text()[not(ancestor::a[@class='tag'])]"
    ).compactMap(\.stringValue).joined()
  }

  @Test("the shipped article: every record highlighted with its label, linked both ways")
  func shippedLedger() throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let files = ledger.policy.evidence.map { RepositoryPaths.ledger + "/" + $0 }
    let items = try files.flatMap {
      try EvidenceLoader().load(at: $0, claimIDs: Set(ledger.claims.map(\.claim.id)))
    }
    let report = ClaimChecker(ledger: ledger).check(items, evidenceFiles: files)
    let page = ArticlePage(
      ledger.articles[0], in: ledger, report: report, evidence: items,
      checkedAt: "2026-11-29T12:00:00Z")
    let document = try parse(ArticlePageHTML().render(page))
    #expect(page.records.count == 49)
    for record in page.records {
      let id = record.claim.id
      let marks = try nodes(document, "//mark[@id='hl-\(id)']")
      #expect(marks.count == 1, "\(id) is highlighted once")
      let tag = try nodes(document, "//mark[@id='hl-\(id)']/a[@class='tag'][@href='#claim-\(id)']")
      #expect(tag.first?.stringValue == "\(record.status.icon) \(record.status.label)")
      let back = try nodes(document, "//li[@id='claim-\(id)']//a[@href='#hl-\(id)']")
      #expect(back.count == 1, "\(id) in the list links to its highlight")
    }
    #expect(try shownText(document) == ledger.articles[0].text)
    // The checker's statuses reach the page: the shipped evidence disputes the Vostok claim.
    #expect(page.records.first { $0.claim.id == "vostok-2018-tsugol" }?.status == .disputed)
  }

  @Test("a claim text or excerpt holding <script>, </textarea> or quotes renders as text")
  func hostileText() throws {
    let hostile = #"<script>alert(1)</script></textarea><img src=x onerror="alert('x')">"#
    var fixture = ExportFixture()
    fixture.claims = [
      ExportFixture.claim(
        "putin-routine", over: "Russian President Vladimir Putin said the drills were routine.",
        text: hostile, speaker: "Vladimir Putin", outlet: "tass")
    ]
    let evidence = [
      ExportFixture.evidence(
        "ev-1", on: "putin-routine", url: "https://example.org/", excerpt: hostile, title: hostile)
    ]
    let html = fixture.html(evidence: evidence)
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("</textarea>"))
    #expect(!html.contains("<img"))
    #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script")
    let document = try parse(html)
    let shown = try nodes(document, "//li[@id='claim-putin-routine']/p[@class='claim-text']")
    #expect(shown.first?.stringValue == hostile)
    let excerpt = try nodes(document, "//ul[@class='evidence']//blockquote")
    #expect(excerpt.first?.stringValue == hostile)
  }

  @Test("final reviews are embedded as ClaimReview JSON-LD that no claim text can break out of")
  func structuredData() throws {
    let hostile = #"</script><script>alert(1)</script> & <!-- ]]>"#
    var fixture = ExportFixture()
    fixture.claims = [
      ExportFixture.claim(
        "spokesman", over: "A spokesman added more.", text: hostile, outlet: "tass",
        reviews: [ExportFixture.review(.verified)])
    ]
    let html = fixture.html()
    #expect(html.components(separatedBy: "<script").count == 3, "the JSON-LD and the page's script")
    let document = try parse(html)
    let script = try #require(
      try nodes(document, "//script[@type='application/ld+json']").first?.stringValue)
    let json = try JSONParser().parse(script)
    #expect(json["@graph"]?.arrayValue?.first?["itemReviewed"]?["text"]?.stringValue == hostile)
    #expect(!ExportFixture().html().contains("application/ld+json"), "none without final reviews")
  }

  @Test(
    "only http(s) URLs become links; javascript: and others are shown as text",
    arguments: [
      ("javascript:alert(1)", false), ("JavaScript:alert(1)", false),
      (" javascript:alert(1)", false),
      ("java\nscript:alert(1)", false), ("data:text/html,<b>x</b>", false),
      ("file:///etc/passwd", false),
      ("//example.org/x", false), ("https:/\\example.org", false),
      ("https://example.org/a?b=1&c=\"x\"", true), ("HTTP://example.org", true),
    ])
  func links(url: String, isLink: Bool) throws {
    var fixture = ExportFixture()
    fixture.claims = [
      ExportFixture.claim("spokesman", over: "A spokesman added more.", outlet: "tass")
    ]
    let html = fixture.html(evidence: [
      ExportFixture.evidence("ev-1", on: "spokesman", url: url, excerpt: nil)
    ])
    let document = try parse(html)
    let hrefs = try nodes(document, "//ul[@class='evidence']//a/@href").compactMap(\.stringValue)
    #expect(hrefs == (isLink ? [url] : []))
    #expect(!html.lowercased().contains("href=\"javascript"))
    #expect(!html.lowercased().contains("href=\" javascript"))
  }

  @Test("records that cross are split, and the page still shows the text exactly")
  func crossingRecords() throws {
    var fixture = ExportFixture()
    fixture.claims = [
      ExportFixture.claim("first", over: "Vladimir Putin said the drills"),
      ExportFixture.claim("second", over: "the drills were routine. A spokesman"),
    ]
    let document = try parse(fixture.html())
    #expect(try nodes(document, "//mark[@id='hl-first']").count == 1)
    #expect(try nodes(document, "//mark[@id='hl-second']").count == 1)
    #expect(
      try nodes(document, "//mark[@data-claim='second'][contains(@class, 'cont')]").count == 1)
    #expect(try shownText(document) == ExportFixture.text)
  }

  @Test("text no record covers is outlined; the cue and the speaker are marked")
  func uncoveredCueSpeaker() throws {
    var fixture = ExportFixture()
    var putin = ExportFixture.claim(
      "putin-routine", over: "Russian President Vladimir Putin said the drills were routine.",
      speaker: "Vladimir Putin")
    putin.attribution.cue = TextSpan(exact: "said", start: 33, end: 37)
    fixture.claims = [putin, ExportFixture.claim("geng", over: "Geng Shuang spoke later.")]
    let document = try parse(fixture.html())
    let uncovered = try nodes(document, "//div[@class='article-text']//span[@class='uncovered']")
      .compactMap(\.stringValue)
    #expect(uncovered == ["A spokesman added more."])
    #expect(
      try nodes(document, "//mark[@id='hl-putin-routine']//span[@class='speaker']").first?
        .stringValue == "Vladimir Putin")
    #expect(
      try nodes(document, "//mark[@id='hl-putin-routine']//span[@class='cue']").first?.stringValue
        == "said")
  }

  @Test("a review's verdict outranks the check; drafts and non-claims show as such")
  func statuses() throws {
    var fixture = ExportFixture()
    var draft = ExportFixture.claim("geng", over: "Geng Shuang spoke later.")
    draft.isDraft = true
    fixture.claims = [
      ExportFixture.claim(
        "putin-routine", over: "Russian President Vladimir Putin said the drills were routine.",
        outlet: "tass", reviews: [ExportFixture.review(.disputed)]),
      ExportFixture.claim("spokesman", over: "A spokesman added more.", outlet: "tass"),
      draft,
    ]
    fixture.claims.append(ExportFixture.claim("headline", over: "Russian", kind: .headline))
    let checked = fixture.page(evidence: [])
    let status = { (page: ArticlePage, id: String) in
      page.records.first { $0.claim.id == id }?.status
    }
    #expect(status(checked, "putin-routine") == .disputed)
    #expect(status(checked, "spokesman") == .unverified)
    #expect(status(checked, "geng") == .draft)
    #expect(status(checked, "headline") == .notAClaim)
    #expect(status(fixture.page(), "spokesman") == .unreviewed)
  }

  @Test("self-contained: no fetch of anything, a policy that forbids it, print and narrow styles")
  func selfContained() throws {
    var fixture = ExportFixture()
    fixture.claims = [ExportFixture.claim("spokesman", over: "A spokesman added more.")]
    let html = fixture.html()
    for fetch in ["src=", "<link", "url(", "@import", "<iframe", "<object"] {
      #expect(!html.contains(fetch), "\(fetch)")
    }
    #expect(
      html.contains(
        "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\""))
    #expect(html.contains("@media print"))
    #expect(html.contains("@media (max-width: 800px)"))
    _ = try parse(html)
  }
}
