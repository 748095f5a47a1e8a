/// The status a record shows on the article page: its colour, icon and label.
///
/// A record that is not a claim is `notAClaim`, a draft is `draft`; otherwise the latest
/// review's verdict when a person has given one (the published word), else the overall status
/// `check` computed from the evidence, else `unreviewed` (a claim no evidence was checked
/// against and no person has reviewed).
public enum PageStatus: String, Sendable, CaseIterable {
  /// Shown true by evidence or a reviewer.
  case verified
  /// Contradicted by evidence or a reviewer.
  case disputed
  /// Not enough evidence either way.
  case unverified
  /// The article gives no source, and nothing verified it.
  case unsourced
  /// Neither checked against evidence nor reviewed.
  case unreviewed
  /// A record drafted by a tool that no person has finished.
  case draft
  /// Headline, byline, dateline, furniture or a rhetorical question.
  case notAClaim = "not-a-claim"

  /// The label shown beside the colour, so the status never rests on colour alone.
  public var label: String {
    switch self {
    case .notAClaim: "not a claim"
    default: rawValue
    }
  }

  /// A one-character icon for the label.
  public var icon: String {
    switch self {
    case .verified: "✓"
    case .disputed: "✗"
    case .unverified: "?"
    case .unsourced: "!"
    case .unreviewed: "•"
    case .draft: "✎"
    case .notAClaim: "–"
    }
  }

  /// The status of `claim` given its check result, when it was checked.
  ///
  /// - Parameters:
  ///   - claim: The record.
  ///   - checked: What `check` found for it, or `nil` when it was not checked.
  /// - Returns: The status the page shows.
  public static func of(_ claim: Claim, checked: CheckReport.OverallStatus?) -> PageStatus {
    guard claim.kind.isClaim else { return .notAClaim }
    if claim.isDraft { return .draft }
    if let review = claim.latestStatus {
      switch review {
      case .verified: return .verified
      case .disputed: return .disputed
      case .unverified: return .unverified
      }
    }
    switch checked {
    case .verified: return .verified
    case .disputed: return .disputed
    case .unverified: return .unverified
    case .unsourced: return .unsourced
    case nil: return .unreviewed
    }
  }
}
