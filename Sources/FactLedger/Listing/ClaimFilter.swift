/// Which records `factledger list` shows.
public struct ClaimFilter: Sendable, Equatable {
  /// Whether unsourced claims and non-claims are shown too.
  public var includesUnattributed = false
  /// Review statuses to keep (`unreviewed`, `draft` or a review status); empty keeps all.
  public var statuses: Set<String> = []
  /// Kinds to keep; empty keeps all.
  public var kinds: Set<ClaimKind> = []
  /// A source id the claim must name as its outlet or in its via chain.
  public var outlet: String?
  /// Text that the speaker's name, description, role or organization must contain (any case).
  public var speaker: String?
  /// The article the claim must belong to.
  public var article: String?

  /// Creates a filter that keeps every attributed claim.
  public init() {}

  /// The status shown for a claim that no one has reviewed.
  public static let unreviewed = "unreviewed"
  /// The status shown for a record a tool drafted (`"draft": true`) that has no review yet.
  public static let draft = "draft"

  /// The values `statuses` may hold.
  public static let statusValues = [unreviewed, draft] + Review.Status.allCases.map(\.rawValue)

  /// The status `list` shows for `claim`: its latest review's, else `draft` for a draft, else
  /// `unreviewed`.
  public static func status(of claim: Claim) -> String {
    claim.latestStatus?.rawValue ?? (claim.isDraft ? draft : unreviewed)
  }

  /// Whether `claim` passes the filter.
  public func includes(_ claim: Claim) -> Bool {
    if !includesUnattributed, !claim.attribution.isSourced { return false }
    if !statuses.isEmpty, !statuses.contains(Self.status(of: claim)) {
      return false
    }
    if !kinds.isEmpty, !kinds.contains(claim.kind) { return false }
    if let outlet, !claim.attribution.sourceIDs.contains(outlet) { return false }
    if let article, claim.article != article { return false }
    if let speaker {
      let fields =
        claim.attribution.speaker.map {
          [$0.name, $0.description, $0.role, $0.organization].compactMap { $0 }
        } ?? []
      if !fields.contains(where: { $0.localizedLowercase.contains(speaker.localizedLowercase) }) {
        return false
      }
    }
    return true
  }
}
