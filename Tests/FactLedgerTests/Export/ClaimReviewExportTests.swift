import Foundation
import Testing

@testable import FactLedger

@Suite("ClaimReview JSON-LD")
struct ClaimReviewExportTests {
  /// A fixture whose Putin record carries `reviews`; the spokesman's has none.
  private func fixture(_ reviews: [Review], publisher: Bool = true) -> ExportFixture {
    var fixture = ExportFixture()
    fixture.claims = [
      ExportFixture.claim(
        "putin-routine", over: "Russian President Vladimir Putin said the drills were routine.",
        text:
          "Russian President Vladimir Putin said that the joint drills held with China were routine and aimed at no third country.",
        speaker: "Vladimir Putin", outlet: "tass", reviews: reviews),
      ExportFixture.claim("spokesman", over: "A spokesman added more.", outlet: "tass"),
    ]
    if publisher {
      fixture.policy.publisher = Policy.Publisher(
        name: "Standards desk", url: "https://factcheck.example.org/")
      fixture.policy.reviewURLTemplate = "https://factcheck.example.org/{article}#{id}"
    }
    return fixture
  }

  private func graph(_ fixture: ExportFixture) -> [JSONValue] {
    ClaimReviewExport(ledger: fixture.ledger).document().json["@graph"]?.arrayValue ?? []
  }

  @Test("every property Google requires is there, and those it recommends")
  func googleRequired() throws {
    let review = try #require(graph(fixture([ExportFixture.review(.verified)])).first)
    // Required: claimReviewed, reviewRating (with alternateName), url.
    #expect(review["@type"]?.stringValue == "ClaimReview")
    #expect(review["claimReviewed"]?.stringValue?.isEmpty == false)
    #expect(review["reviewRating"]?["alternateName"]?.stringValue == "True")
    #expect(review["url"]?.stringValue == "https://factcheck.example.org/a1#putin-routine")
    // Recommended: author (name, url), datePublished, itemReviewed (a Claim with its author,
    // date and appearance), and the rating's numeric scale.
    #expect(review["author"]?["name"]?.stringValue == "Standards desk")
    #expect(review["author"]?["url"]?.stringValue == "https://factcheck.example.org/")
    #expect(review["datePublished"]?.stringValue == "2026-11-29")
    let claim = try #require(review["itemReviewed"])
    #expect(claim["@type"]?.stringValue == "Claim")
    #expect(claim["author"]?["@type"]?.stringValue == "Person")
    #expect(claim["author"]?["name"]?.stringValue == "Vladimir Putin")
    #expect(claim["datePublished"]?.stringValue == "2020-05-27")
    #expect(claim["appearance"]?["@type"]?.stringValue == "NewsArticle")
    #expect(claim["appearance"]?["headline"]?.stringValue == "Drills")
    #expect(claim["appearance"]?["author"]?["name"]?.stringValue == "Paul Crespo")
    let rating = try #require(review["reviewRating"])
    #expect(rating["ratingValue"]?.intValue == 5)
    #expect(rating["bestRating"]?.intValue == 5)
    #expect(rating["worstRating"]?.intValue == 1)
  }

  @Test(
    "the verdict mapping is the documented table",
    arguments: [
      (Review.Status.verified, nil, "True", 5), (.verified, .paraphrase, "Mostly true", 4),
      (.verified, .reviewDisagrees, "True", 5), (.disputed, .conflictingEvidence, "Mixed", 3),
      (.disputed, .misquote, "Misquoted", 2), (.disputed, .speakerMismatch, "Misattributed", 2),
      (.disputed, .attributionUnconfirmed, "Misattributed", 2),
      (.disputed, .dateMismatch, "Partly false", 2),
      (.disputed, .participantsMismatch, "Partly false", 2),
      (.disputed, .durationMismatch, "Partly false", 2),
      (.disputed, .countMismatch, "Partly false", 2),
      (.disputed, .roleMismatch, "Partly false", 2), (.disputed, .venueMismatch, "Partly false", 2),
      (.disputed, .refuted, "False", 1), (.disputed, nil, "False", 1),
      (.disputed, .noEvidence, "False", 1),
    ] as [(Review.Status, ReasonCode?, String, Int)])
  func mapping(status: Review.Status, reason: ReasonCode?, name: String, value: Int) throws {
    let review = try #require(graph(fixture([ExportFixture.review(status, reason: reason)])).first)
    #expect(review["reviewRating"]?["alternateName"]?.stringValue == name)
    #expect(review["reviewRating"]?["ratingValue"]?.intValue == value)
  }

  @Test("only final verdicts are exported: no review, or an unverified latest review, gives none")
  func finalOnly() {
    let undone = [ExportFixture.review(.verified), ExportFixture.review(.unverified)]
    #expect(graph(fixture(undone)).isEmpty)
    #expect(graph(fixture([])).isEmpty)
  }

  @Test("claimReviewed: at most 75 characters, cut at a word, the claim's own words, no verdict")
  func claimReviewed() throws {
    let review = try #require(
      graph(fixture([ExportFixture.review(.disputed, reason: .refuted)])).first)
    let short = try #require(review["claimReviewed"]?.stringValue)
    #expect(short == "Russian President Vladimir Putin said that the joint drills held with…")
    #expect(short.unicodeScalars.count <= 75)
    #expect(!ClaimReviewVerdict.words.contains { short.localizedCaseInsensitiveContains($0) })
    #expect(ClaimReviewExport.shortened("Geng Shuang spoke.") == "Geng Shuang spoke.")
    let long = String(repeating: "x", count: 100)
    #expect(ClaimReviewExport.shortened(long) == String(repeating: "x", count: 74) + "…")
  }

  @Test("without a publisher or URL template: no author, and a url into the exported page")
  func defaults() throws {
    let review = try #require(
      graph(fixture([ExportFixture.review(.verified)], publisher: false)).first)
    #expect(review["author"] == nil)
    #expect(review["url"]?.stringValue == "a1.html#claim-putin-routine")
  }

  @Test("the output validates against Schemas/claimreview-output.schema.json")
  func schema() throws {
    for publisher in [true, false] {
      let ledger = fixture(
        [ExportFixture.review(.disputed, reason: .misquote)], publisher: publisher
      ).ledger
      let text = JSONWriter().string(for: ClaimReviewExport(ledger: ledger).document().json)
      let violations = LedgerSchemas.shared.validate(
        try JSONParser().parse(text), as: .claimreviewOutput)
      #expect(violations.map(\.description) == [])
    }
  }

  @Test("the claimant: a named speaker is a Person, a vague one's outlet an Organization")
  func claimant() throws {
    var fixture = fixture([ExportFixture.review(.verified)])
    fixture.claims[0].attribution.isVague = true
    let review = try #require(graph(fixture).first)
    #expect(review["itemReviewed"]?["author"]?["@type"]?.stringValue == "Organization")
    #expect(review["itemReviewed"]?["author"]?["name"]?.stringValue == "TASS")
  }
}
