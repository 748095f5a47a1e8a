import Foundation

/// Drafts one record from words a person chose in an article (`claim new`): finds them in the
/// text (exactly, else with quotes, dashes, spacing, case and ellipses folded), anchors them, and drafts
/// the kind, attribution and assertions. The record is marked as a draft.
public struct ClaimDrafter: Sendable {
  /// What to draft.
  public struct Request: Sendable, Equatable {
    /// The article's id.
    public var article: String
    /// The words, in any spelling of quotes, dashes, spacing, case and ellipses.
    public var quote: String
    /// The kind; drafted from the text when `nil`.
    public var kind: ClaimKind?
    /// The record's id; derived from the words when `nil`.
    public var id: String?
    /// Which place to take, from 1, when the words stand in several.
    public var occurrence: Int?
    /// The claim as a fact-checker states it; the article's words when `nil`.
    public var text: String?

    /// Creates a request.
    public init(
      article: String, quote: String, kind: ClaimKind? = nil, id: String? = nil,
      occurrence: Int? = nil, text: String? = nil
    ) {
      self.article = article
      self.quote = quote
      self.kind = kind
      self.id = id
      self.occurrence = occurrence
      self.text = text
    }
  }

  /// A drafted record and where it goes.
  public struct Draft: Sendable, Equatable {
    /// The record, marked as a draft.
    public var claim: Claim
    /// The file it is written to, `articles/<article>/claims/<id>.json`.
    public var path: String
    /// The article's text file.
    public var textPath: String
    /// The line and column of the words in the text file.
    public var location: SourceLocation
    /// Whether the words were found only with quotes, dashes, spacing, case or ellipses folded.
    public var wasFolded: Bool
  }

  /// The ledger the record goes in.
  public let ledger: Ledger

  /// A drafter for `ledger`.
  public init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// Drafts the record `request` asks for; writes nothing.
  ///
  /// - Throws: `ClaimDraftError` for an unknown article, empty words, a bad or taken id,
  ///   words not found or found in several places, or a record the schema refuses.
  public func draft(_ request: Request) throws(ClaimDraftError) -> Draft {
    guard let loaded = ledger.articles.first(where: { $0.article.id == request.article }) else {
      throw .unknownArticle(request.article)
    }
    let words = request.quote.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !words.isEmpty else { throw .emptyQuote }
    if let id = request.id, !Slug.isValid(id) { throw .invalidID(id) }
    let text = ArticleText(loaded.text)
    let (places, wasFolded) = Self.places(of: words, in: text)
    guard !places.isEmpty else { throw .notFound(nearest: NearestPassage.find(words, in: text)) }
    let span: Range<Int>
    if let occurrence = request.occurrence {
      guard places.indices.contains(occurrence - 1) else {
        throw .occurrenceOutOfRange(occurrence, count: places.count)
      }
      span = places[occurrence - 1]
    } else {
      guard places.count == 1 else { throw .ambiguous(places) }
      span = places[0]
    }
    let claims = joinPath(parentFolder(of: loaded.path), "claims")
    let id =
      try request.id.map { id throws(ClaimDraftError) in
        if let taken = path(ofRecord: id, claims: claims) {
          throw .claimExists(id: id, path: taken)
        }
        return id
      } ?? uniqueID(Self.slug(of: words), claims: claims)
    let claim = draftClaim(
      id: id, request: request, anchor: text.anchor(start: span.lowerBound, end: span.upperBound),
      text: text, published: loaded.article.published)
    try Self.validate(claim)
    return Draft(
      claim: claim, path: joinPath(claims, "\(id).json"), textPath: loaded.textPath,
      location: text.location(of: span.lowerBound), wasFolded: wasFolded)
  }

  /// The places of `words`: the exact ones, else the folded ones.
  static func places(of words: String, in text: ArticleText) -> ([Range<Int>], Bool) {
    let length = words.unicodeScalars.count
    let exact = text.occurrences(of: words).map { $0..<$0 + length }.filter {
      text.isCharacterBoundary($0.lowerBound) && text.isCharacterBoundary($0.upperBound)
    }
    if !exact.isEmpty { return (exact, false) }
    return (NearestPassage.foldedMatches(of: words, in: text), true)
  }

  private func draftClaim(
    id: String, request: Request, anchor: Anchor, text: ArticleText, published: CalendarDate
  ) -> Claim {
    let drafter = AttributionDrafter(text: text, sources: ledger.sources.sources)
    let span = anchor.start..<anchor.end
    let kind = request.kind ?? drafter.kind(of: span)
    let attribution = drafter.attribution(of: span)
    let assertions = AssertionDrafter(
      text: text, published: published, gazetteer: ledger.gazetteer,
      outlets: ledger.sources.sources.flatMap { [$0.name] + $0.aliases }
    ).assertions(for: span, kind: kind, attribution: attribution)
    return Claim(
      id: id, article: request.article, kind: kind, text: request.text ?? anchor.exact,
      anchor: anchor, attribution: attribution, assertions: assertions, isDraft: true)
  }

  /// What `quotedWords` strips from either end, beside white space.
  private static let aroundQuotedWords = QuotationMarks.all.union([
    "'", "\u{2018}", "\u{2019}", ",", ";", ":",
  ])

  /// The words without the quotation marks, spaces and trailing comma around them.
  static func quotedWords(_ exact: String) -> String {
    let strip = Self.aroundQuotedWords
    var scalars = Array(exact.unicodeScalars)
    while let first = scalars.first, strip.contains(first) || first.properties.isWhitespace {
      scalars.removeFirst()
    }
    while let last = scalars.last, strip.contains(last) || last.properties.isWhitespace {
      scalars.removeLast()
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return result.isEmpty ? exact : String(result)
  }

  // MARK: - Ids

  /// A slug of the first five words: lowercase ASCII letters and digits, joined by hyphens.
  static func slug(of words: String) -> String {
    let folded = words.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .lowercased()
    let parts = folded.unicodeScalars.split { scalar in
      !(("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
    }
    let slug = parts.prefix(5).map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
    return slug.isEmpty ? "claim" : String(slug.prefix(60))
  }

  /// `base`, or `base-2`, `base-3`... : the first id no record of the ledger has.
  private func uniqueID(_ base: String, claims: String) -> String {
    var candidate = base
    var suffix = 2
    while path(ofRecord: candidate, claims: claims) != nil {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    return candidate
  }

  /// Where a record with `id` already is: in any article of the ledger, or as a file in the
  /// article's `claims/` folder; `nil` when the id is free.
  private func path(ofRecord id: String, claims: String) -> String? {
    if let loaded = ledger.claims.first(where: { $0.claim.id == id }) { return loaded.path }
    let file = joinPath(claims, "\(id).json")
    var status = stat()
    return lstat(file, &status) == 0 ? file : nil
  }

  /// Refuses a record the claim schema or the decoder would refuse.
  static func validate(_ claim: Claim) throws(ClaimDraftError) {
    let violations = LedgerSchemas.shared.validate(claim.json, as: .claim)
    guard violations.isEmpty else { throw .invalidRecord(violations.map(\.description)) }
    var problems: [DecodingProblem] = []
    guard Claim(json: claim.json, problems: &problems) != nil, problems.isEmpty else {
      throw .invalidRecord(problems.map { "\($0)" })
    }
  }
}
