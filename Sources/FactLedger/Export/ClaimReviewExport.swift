/// schema.org ClaimReview JSON-LD for every record whose latest review is a final verdict
/// (`verified` or `disputed`), per Google's fact-check structured-data guidelines.
///
/// One document, `{"@context": "https://schema.org", "@graph": [...]}`, validating against
/// `Schemas/claimreview-output.schema.json`. Each ClaimReview has:
/// - `claimReviewed`: the claim's text, cut at a word to at most 75 characters with an
///   ellipsis; the claim's own words, never the verdict;
/// - `itemReviewed`: a `Claim` with the full text, its `author` (the speaker as a `Person`; an
///   unnamed or vague speaker's outlet, or the organisation, as an `Organization` named as in
///   `sources.json`; an unsourced claim's author is the article's), `datePublished` (the
///   article's date) and `appearance` (the article as a `NewsArticle`: headline, date, url,
///   author and publisher where `article.json` has them);
/// - `reviewRating`: the `ClaimReviewVerdict` of the latest review's status and reason;
/// - `author`: the policy's `publisher` (absent when the policy names none);
/// - `url`: the policy's `reviewURLTemplate` filled in, else `<article>.html#claim-<id>`, the
///   claim's entry in the page `export --format html -o DIR` writes, relative to it;
/// - `datePublished`: the day of the latest review; `identifier`: the claim's id.
public struct ClaimReviewExport: Sendable {
  /// The longest `claimReviewed`, in characters, as Google advises.
  public static let maxClaimLength = 75

  /// The ledger whose reviews are exported.
  public let ledger: Ledger

  /// An export of `ledger`'s final reviews.
  public init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// The JSON-LD document for `articles` (all of the ledger's when `nil`).
  ///
  /// - Parameter articles: The ids of the articles to export, or `nil` for all.
  /// - Returns: The document, and how many ClaimReviews it holds.
  public func document(articles: Set<String>? = nil) -> (json: JSONValue, count: Int) {
    var reviews: [JSONValue] = []
    for loaded in ledger.articles where articles?.contains(loaded.article.id) ?? true {
      for record in loaded.claims {
        if let review = claimReview(of: record.claim, in: loaded.article) {
          reviews.append(review)
        }
      }
    }
    let json = JSONValue.object([
      "@context": .string("https://schema.org"), "@graph": .array(reviews),
    ])
    return (json, reviews.count)
  }

  /// Whether a ClaimReview can be made of `claim` at all: a claim, not page text, and no draft.
  private static func isPublishable(_ claim: Claim) -> Bool {
    claim.kind.isClaim && !claim.isDraft
  }

  /// The latest review of `claim` and its rating, when that review is a final verdict.
  private static func finalVerdict(of claim: Claim) -> (Review, ClaimReviewVerdict)? {
    guard let review = claim.reviews.last,
      let verdict = ClaimReviewVerdict(
        status: review.status, reason: review.reason.flatMap(ReasonCode.init(rawValue:)))
    else { return nil }
    return (review, verdict)
  }

  /// The records of `articles` (all when `nil`) whose latest review is a final verdict but
  /// that have no ClaimReview: page text that is no claim (a headline, a byline), or a draft.
  public func leftOut(articles: Set<String>? = nil) -> [String] {
    ledger.articles.filter { articles?.contains($0.article.id) ?? true }.flatMap { loaded in
      loaded.claims.map(\.claim).filter { claim in
        !Self.isPublishable(claim) && Self.finalVerdict(of: claim) != nil
      }.map(\.id)
    }
  }

  /// The ClaimReview of `claim`, or `nil` when its latest review is not a final verdict.
  func claimReview(of claim: Claim, in article: Article) -> JSONValue? {
    guard Self.isPublishable(claim), let (review, verdict) = Self.finalVerdict(of: claim)
    else { return nil }
    let url =
      ledger.policy.reviewURL(forClaim: claim.id, article: article.id)
      ?? "\(article.id).html#claim-\(claim.id)"
    let author = ledger.policy.publisher.flatMap {
      organization($0.name, url: $0.url.flatMap { Self.isWebAddress($0) ? $0 : nil })
    }
    return .object([
      "@type": .string("ClaimReview"),
      "identifier": .string(claim.id),
      "url": .string(url),
      "claimReviewed": .string(Self.summary(of: claim)),
      "datePublished": .string(String(review.time.prefix(10))),
      "author": author,
      "itemReviewed": .object([
        "@type": .string("Claim"),
        "text": .string(claim.text),
        "author": claimant(of: claim, in: article),
        "datePublished": .string(article.published.description),
        "appearance": appearance(of: article),
      ]),
      "reviewRating": .object([
        "@type": .string("Rating"),
        "alternateName": .string(verdict.alternateName),
        "ratingValue": .integer(verdict.ratingValue),
        "bestRating": .integer(ClaimReviewVerdict.bestRating),
        "worstRating": .integer(ClaimReviewVerdict.worstRating),
      ]),
    ])
  }

  /// Who made the claim: the named speaker, else the outlet or organisation, else (for a
  /// claim the article makes itself) the article's author or publisher.
  private func claimant(of claim: Claim, in article: Article) -> JSONValue? {
    let attribution = claim.attribution
    let speaker = attribution.speaker
    if let name = speaker?.name, !name.allSatisfy(\.isWhitespace), !attribution.isVague {
      return .object([
        "@type": .string("Person"), "name": .string(name),
        "jobTitle": .optional(speaker?.role),
        "affiliation": speaker?.organization.flatMap { organization($0) },
      ])
    }
    if let outlet = attribution.outlet,
      let body = organization(ledger.sources.source(withID: outlet)?.name ?? outlet)
    {
      return body
    }
    if let name = speaker?.organization, let body = organization(name) { return body }
    guard !attribution.isSourced else { return nil }
    if let author = article.author {
      return .object(["@type": .string("Person"), "name": .string(author)])
    }
    return article.publisher.flatMap { organization($0) }
  }

  /// The article as the `NewsArticle` the claim appears in.
  private func appearance(of article: Article) -> JSONValue {
    .object([
      "@type": .string("NewsArticle"),
      "headline": .string(article.title),
      "datePublished": .string(article.published.description),
      "url": article.url.flatMap { Self.isWebAddress($0) ? .string($0) : nil },
      "author": article.author.flatMap(person),
      "publisher": article.publisher.flatMap { organization($0) },
    ])
  }

  /// Whether `url` is an `http(s)` address that is also a URI by RFC 3986, as the schema asks.
  static func isWebAddress(_ url: String) -> Bool {
    WebLink.isAllowed(url) && SchemaFormat.uri.accepts(url)
  }

  /// A `Person` named `name`, or `nil` for a blank name.
  private func person(_ name: String) -> JSONValue? {
    guard !name.allSatisfy(\.isWhitespace) else { return nil }
    return .object(["@type": .string("Person"), "name": .string(name)])
  }

  /// An `Organization` named `name`, or `nil` for a blank name.
  private func organization(_ name: String, url: String? = nil) -> JSONValue? {
    guard !name.allSatisfy(\.isWhitespace) else { return nil }
    return .object(["@type": .string("Organization"), "name": .string(name), "url": .optional(url)])
  }

  /// The JSON-LD as text that can be pasted into a `<script type="application/ld+json">`
  /// element as it is: `<`, `>`, `&` and the noncharacters XML forbids are written as JSON
  /// escapes (they stand only inside strings), so no text can close the element (`</script>`)
  /// or break an XHTML page. A JSON reader reads the same values.
  public static func text(of json: JSONValue) -> String {
    var text = ""
    for scalar in JSONWriter().string(for: json).unicodeScalars {
      switch scalar {
      case "<": text += "\\u003c"
      case ">": text += "\\u003e"
      case "&": text += "\\u0026"
      case "\u{FFFE}": text += "\\ufffe"
      case "\u{FFFF}": text += "\\uffff"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// What `claimReviewed` says: the claim's text shortened, else its anchored words, else its
  /// id (a record's text may be blank; the summary may not).
  static func summary(of claim: Claim) -> String {
    for words in [claim.text, claim.anchor.exact] {
      let short = shortened(words)
      if !short.isEmpty { return short }
    }
    return claim.id
  }

  /// `text` in at most `maxClaimLength` characters (Unicode scalars, as JSON Schema's
  /// `maxLength` counts them), white space folded: whole when it fits, else cut after the last
  /// whole word that leaves room for an ellipsis (within the word when the first is too long),
  /// trailing punctuation dropped, and `…` added.
  ///
  /// - Parameter text: The claim's text.
  /// - Returns: The text, or its start and `…`.
  public static func shortened(_ text: String) -> String {
    let folded = Array(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").unicodeScalars)
    guard folded.count > maxClaimLength else { return String(String.UnicodeScalarView(folded)) }
    var cut = folded[..<(maxClaimLength - 1)]
    if folded[cut.endIndex] != " ", let space = cut.lastIndex(of: " ") {
      cut = cut[..<space]
    }
    let trailing: Set<Unicode.Scalar> = [" ", ",", ";", ":", ".", "-", "–", "—", "("]
    while let last = cut.last, trailing.contains(last), cut.count > 1 { cut = cut.dropLast() }
    return String(String.UnicodeScalarView(cut)) + "…"
  }
}
