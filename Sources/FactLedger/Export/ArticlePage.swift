/// What the annotated page of one article shows: its metadata, its text, and every record
/// with its status, attribution chain and evidence. Built from the ledger and a check report;
/// rendered by `ArticlePageHTML`.
public struct ArticlePage: Sendable {
  /// One record as the page shows it.
  public struct Record: Sendable {
    /// The record.
    public var claim: Claim
    /// The status it is shown with.
    public var status: PageStatus
    /// The overall status `check` computed, when it was checked.
    public var checked: CheckReport.OverallStatus?
    /// Why, as `check` found (empty when not checked).
    public var reasons: [ReasonCode]
    /// What `check` noted.
    public var notes: [String]
    /// Each assertion's result, when checked.
    public var assertions: [CheckReport.AssertionResult]
    /// The outlet's name (from `sources.json`, else its id), when there is one.
    public var outletName: String?
    /// The names of the via chain, nearest to the article first.
    public var viaNames: [String]
    /// The evidence that bears on it: the items `check` used and those its reviews cite.
    public var evidence: [EvidenceItem]
    /// Where the speaker's name stands in the text, when it stands in the record's anchor.
    public var speakerRange: Range<Int>?
  }

  /// The article's metadata.
  public var article: Article
  /// The text under review.
  public var text: String
  /// The records, in text order.
  public var records: [Record]
  /// When the page was made (UTC, ISO 8601).
  public var checkedAt: String
  /// The evidence files the statuses were checked against (empty when none).
  public var evidenceFiles: [String]
  /// The ClaimReview JSON-LD of the article's final reviews, embedded in the page so that the
  /// fact check and its structured data stand together; `nil` when there are none.
  public var claimReviews: JSONValue?

  /// How many records show each status.
  public var counts: [PageStatus: Int] {
    Dictionary(grouping: records, by: \.status).mapValues(\.count)
  }

  /// Builds the page of `loaded`.
  ///
  /// - Parameters:
  ///   - loaded: The article, with its text and records.
  ///   - ledger: The ledger it belongs to, for source names.
  ///   - report: What `check` found, when evidence was given.
  ///   - evidence: The evidence items the report was made from.
  ///   - checkedAt: When, as UTC ISO 8601.
  public init(
    _ loaded: LoadedArticle, in ledger: Ledger, report: CheckReport?, evidence: [EvidenceItem],
    checkedAt: String
  ) {
    var results: [String: CheckReport.ClaimResult] = [:]
    for result in report?.results ?? [] { results[result.id] = result }
    var items: [String: EvidenceItem] = [:]
    for item in evidence where items[item.id] == nil { items[item.id] = item }
    let name = { (id: String) in ledger.sources.source(withID: id)?.name ?? id }
    article = loaded.article
    text = loaded.text
    self.checkedAt = checkedAt
    evidenceFiles = report?.evidenceFiles ?? []
    let reviews = ClaimReviewExport(ledger: ledger).document(articles: [loaded.article.id])
    claimReviews = reviews.count > 0 ? reviews.json : nil
    let scalars = Array(loaded.text.unicodeScalars)
    records = loaded.claims.map { loadedClaim in
      let claim = loadedClaim.claim
      let result = results[claim.id]
      let cited = (result?.evidence ?? []) + claim.reviews.flatMap(\.evidence)
      var seen: Set<String> = []
      let bearing = cited.filter { seen.insert($0).inserted }.compactMap { items[$0] }
      return Record(
        claim: claim, status: PageStatus.of(claim, checked: result?.overall),
        checked: result?.overall, reasons: result?.reasons ?? [], notes: result?.notes ?? [],
        assertions: result?.assertions ?? [], outletName: claim.attribution.outlet.map(name),
        viaNames: claim.attribution.via.map(name), evidence: bearing,
        speakerRange: Self.speakerRange(of: claim, in: scalars))
    }
  }

  /// Where the speaker's name (else the organisation) stands inside the record's anchor.
  static func speakerRange(of claim: Claim, in text: [Unicode.Scalar]) -> Range<Int>? {
    let speaker = claim.attribution.speaker
    guard let words = speaker?.name ?? speaker?.organization, !words.isEmpty else { return nil }
    let needle = Array(words.unicodeScalars)
    let start = max(claim.anchor.start, 0)
    let end = min(claim.anchor.end, text.count)
    guard end - start >= needle.count else { return nil }
    for offset in start...(end - needle.count) where text[offset] == needle[0] {
      if Array(text[offset..<(offset + needle.count)]) == needle {
        return offset..<(offset + needle.count)
      }
    }
    return nil
  }
}
