/// To whom the article gives a claim: the source, cue and content triple of attribution
/// corpora such as PARC 3.0 and PolNeAR.
public struct Attribution: Sendable, Equatable {
  /// How the article ties the claim to its source.
  public enum Kind: String, Sendable, CaseIterable {
    /// A cue in the sentence itself: "according to", "said", "told", "reported".
    case explicit
    /// A neighbouring sentence carries the attribution (named by `carriedBy`).
    case contextual
    /// The article gives no source.
    case none
  }

  /// How the claim is tied to its source.
  public var kind: Kind
  /// Who said it, when the article names or describes someone.
  public var speaker: Speaker?
  /// Whether the source is left vague ("other analysts", "Russian experts").
  public var isVague: Bool
  /// The `sources.json` id of the outlet that first reported the words.
  public var outlet: String?
  /// The outlets between `outlet` and the article, nearest to the article first.
  public var via: [String]
  /// The words that attribute the claim, with their offsets.
  public var cue: TextSpan?
  /// The record whose sentence names the source: required for a contextual attribution, and
  /// given for an explicit one whose cue ("he added") leans on a neighbouring sentence.
  public var carriedBy: String?

  /// Creates an attribution.
  public init(
    kind: Kind, speaker: Speaker? = nil, isVague: Bool = false, outlet: String? = nil,
    via: [String] = [], cue: TextSpan? = nil, carriedBy: String? = nil
  ) {
    self.kind = kind
    self.speaker = speaker
    self.isVague = isVague
    self.outlet = outlet
    self.via = via
    self.cue = cue
    self.carriedBy = carriedBy
  }

  /// Whether the article gives the claim a source at all.
  public var isSourced: Bool { kind != .none }

  /// Every `sources.json` id the attribution names: the outlet, then the via chain.
  public var sourceIDs: [String] { (outlet.map { [$0] } ?? []) + via }
}

extension Attribution.Kind: RawNamedCases {
  static let names = CaseNames<Attribution.Kind>()
}

extension Attribution: JSONRecord {
  private static let keys: FieldKeys = [
    "type", "speaker", "vague", "outlet", "via", "cue", "carriedBy",
  ]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "attribution", keys: Self.keys, problems: &problems)
    else { return nil }
    let kind: Kind? = reader.enumeration("type", problems: &problems)
    let speaker: Speaker? = reader.record("speaker", isRequired: false, problems: &problems)
    let isVague = reader.flag("vague", problems: &problems)
    let outlet = reader.string(
      "outlet", isRequired: false, matching: Slug.expectation, problems: &problems,
      where: Slug.isValid)
    let via = reader.strings("via", problems: &problems)
    let cue: TextSpan? = reader.record("cue", isRequired: false, problems: &problems)
    let carriedBy = reader.string(
      "carriedBy", isRequired: false, matching: Slug.expectation, problems: &problems,
      where: Slug.isValid)
    guard let kind else { return nil }
    if kind == .contextual, carriedBy == nil {
      problems.append(
        DecodingProblem(
          at: reader.location,
          "a contextual attribution must name the record that carries it in 'carriedBy'"))
    }
    if kind == .none, speaker != nil || outlet != nil || cue != nil {
      problems.append(
        DecodingProblem(
          at: reader.location, "an attribution of type 'none' cannot name a speaker, outlet or cue")
      )
    }
    self.init(
      kind: kind, speaker: speaker, isVague: isVague, outlet: outlet, via: via, cue: cue,
      carriedBy: carriedBy)
  }

  public var json: JSONValue {
    .object([
      "type": .string(kind.rawValue),
      "speaker": speaker?.json,
      "vague": isVague ? .bool(true) : nil,
      "outlet": .optional(outlet),
      "via": via.isEmpty ? nil : .array(via.map(JSONValue.string)),
      "cue": cue?.json,
      "carriedBy": .optional(carriedBy),
    ])
  }
}

/// The person, post or body an attribution names, as the article gives it.
public struct Speaker: Sendable, Equatable {
  /// The person's name ("Alexander Kochkin"), when given.
  public var name: String?
  /// The post or rank ("deputy CEO"), when given.
  public var role: String?
  /// The body the person speaks for ("Tecmash Research and Production Group"), when given.
  public var organization: String?
  /// The article's words for an unnamed source ("Russian experts").
  public var description: String?

  /// Creates a speaker.
  public init(
    name: String? = nil, role: String? = nil, organization: String? = nil,
    description: String? = nil
  ) {
    self.name = name
    self.role = role
    self.organization = organization
    self.description = description
  }

  /// One line for people: "Alexander Kochkin (deputy CEO, Tecmash ...)".
  public var displayName: String {
    let detail = [role, organization].compactMap { $0 }.joined(separator: ", ")
    let head = name ?? description ?? organization ?? role ?? ""
    guard name != nil || description != nil, !detail.isEmpty else { return head }
    return "\(head) (\(detail))"
  }
}

extension Speaker: JSONRecord {
  private static let keys: FieldKeys = ["name", "role", "organization", "description"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "speaker", keys: Self.keys, problems: &problems) else {
      return nil
    }
    self.init(
      name: reader.string("name", isRequired: false, problems: &problems),
      role: reader.string("role", isRequired: false, problems: &problems),
      organization: reader.string("organization", isRequired: false, problems: &problems),
      description: reader.string("description", isRequired: false, problems: &problems))
    if name == nil, role == nil, organization == nil, description == nil {
      problems.append(
        DecodingProblem(
          at: reader.location,
          "a speaker needs at least one of 'name', 'role', 'organization', 'description'"))
    }
  }

  public var json: JSONValue {
    .object([
      "name": .optional(name), "role": .optional(role),
      "organization": .optional(organization), "description": .optional(description),
    ])
  }
}
