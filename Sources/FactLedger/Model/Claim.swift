/// One record of the ledger: a claim of an article, or a piece of its text that is not one.
public struct Claim: Sendable, Equatable {
  /// The record's id, unique within the ledger; also its file name.
  public var id: String
  /// The id of the article it belongs to.
  public var article: String
  /// Whether the record is a draft a tool made (`extract`, `claim new`), not yet reviewed by
  /// a person; written as `"draft": true` only, so a person finishes it by deleting the field.
  public var isDraft: Bool
  /// What the record holds.
  public var kind: ClaimKind
  /// The claim as a fact-checker would state it.
  public var text: String
  /// Where it stands in the article.
  public var anchor: Anchor
  /// To whom the article gives it.
  public var attribution: Attribution
  /// Its checkable parts.
  public var assertions: [Assertion]
  /// A fact-checker's remark on how the record was made, when something needs saying.
  public var note: String?
  /// The lint findings waived for this record, each with its reason and who waived it.
  public var waivers: [Waiver]
  /// The audit trail of verdicts, oldest first.
  public var reviews: [Review]

  /// Creates a record.
  public init(
    id: String, article: String, kind: ClaimKind, text: String, anchor: Anchor,
    attribution: Attribution, assertions: [Assertion] = [], note: String? = nil,
    waivers: [Waiver] = [], reviews: [Review] = [], isDraft: Bool = false
  ) {
    self.id = id
    self.article = article
    self.isDraft = isDraft
    self.kind = kind
    self.text = text
    self.anchor = anchor
    self.attribution = attribution
    self.assertions = assertions
    self.note = note
    self.waivers = waivers
    self.reviews = reviews
  }

  /// The latest verdict, if any review has been given.
  public var latestStatus: Review.Status? { reviews.last?.status }
}

extension ClaimKind: RawNamedCases {
  static let names = CaseNames<ClaimKind>()
}

extension Claim: JSONRecord {
  private static let keys: FieldKeys = [
    "id", "article", "draft", "kind", "text", "anchor", "attribution", "assertions", "note",
    "waivers",
    "reviews",
  ]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "claim", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let id = reader.string(
      "id", matching: Slug.expectation, problems: &problems, where: Slug.isValid)
    let article = reader.string(
      "article", matching: Slug.expectation, problems: &problems, where: Slug.isValid)
    let isDraft = reader.flag("draft", problems: &problems)
    let kind: ClaimKind? = reader.enumeration("kind", problems: &problems)
    let text = reader.string("text", problems: &problems)
    let anchor: Anchor? = reader.record("anchor", problems: &problems)
    let attribution: Attribution? = reader.record("attribution", problems: &problems)
    let assertions: [Assertion] = reader.records("assertions", problems: &problems)
    let note = reader.string("note", isRequired: false, problems: &problems)
    let waivers = reader.waivers(in: .record, problems: &problems)
    let reviews: [Review] = reader.records("reviews", problems: &problems)
    guard let id, let article, let kind, let text, let anchor, let attribution else { return nil }
    self.init(
      id: id, article: article, kind: kind, text: text, anchor: anchor, attribution: attribution,
      assertions: assertions, note: note, waivers: waivers, reviews: reviews, isDraft: isDraft)
  }

  public var json: JSONValue {
    .object([
      "id": .string(id), "article": .string(article), "draft": isDraft ? .bool(true) : nil,
      "kind": .string(kind.rawValue),
      "text": .string(text), "anchor": anchor.json, "attribution": attribution.json,
      "assertions": .array(assertions.map(\.json)), "note": .optional(note),
      "waivers": waivers.isEmpty ? nil : .array(waivers.map(\.json)),
      "reviews": .array(reviews.map(\.json)),
    ])
  }
}
