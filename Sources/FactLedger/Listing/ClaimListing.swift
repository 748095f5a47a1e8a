/// The result of `factledger list`: one row per shown record, and what was left out.
public struct ClaimListing: Sendable, Equatable {
  /// One shown record, flattened for output.
  public struct Row: Sendable, Equatable {
    public var id: String
    public var article: String
    public var kind: ClaimKind
    /// The latest review's status, else `draft` for a drafted record, else `unreviewed`.
    public var status: String
    public var attribution: Attribution.Kind
    public var isVague: Bool
    public var speaker: Speaker?
    public var outlet: String?
    public var via: [String]
    public var cue: String?
    public var text: String
    /// The record's file and the line its `id` stands on.
    public var path: String
    public var line: Int

    /// "speaker · outlet via a, b", or "(none)".
    public var sourceSummary: String {
      var parts: [String] = []
      if let speaker { parts.append(speaker.displayName) }
      if let outlet {
        parts.append(via.isEmpty ? outlet : "\(outlet) via \(via.joined(separator: ", "))")
      }
      if parts.isEmpty { return attribution == .none ? "(none)" : "(unnamed)" }
      return parts.joined(separator: " · ")
    }
  }

  /// The rows, in ledger order.
  public var rows: [Row]
  /// How many records the ledger holds.
  public var totalRecords: Int
  /// How many records the filter left out only because they are not attributed.
  public var unattributedHidden: Int

  /// Lists the records of `ledger` that pass `filter`.
  public init(_ ledger: Ledger, filter: ClaimFilter) {
    let all = ledger.claims
    var withAll = filter
    withAll.includesUnattributed = true
    rows = all.filter { filter.includes($0.claim) }.map(Row.init)
    totalRecords = all.count
    unattributedHidden =
      filter.includesUnattributed
      ? 0 : all.filter { withAll.includes($0.claim) && !$0.claim.attribution.isSourced }.count
  }
}

extension ClaimListing.Row {
  init(_ loaded: LoadedClaim) {
    let claim = loaded.claim
    self.init(
      id: claim.id, article: claim.article, kind: claim.kind,
      status: ClaimFilter.status(of: claim),
      attribution: claim.attribution.kind, isVague: claim.attribution.isVague,
      speaker: claim.attribution.speaker, outlet: claim.attribution.outlet,
      via: claim.attribution.via, cue: claim.attribution.cue?.exact, text: claim.text,
      path: loaded.path, line: loaded.positions.id.line)
  }
}
