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
    let withAll = {
      var withAll = filter
      withAll.includesUnattributed = true
      return withAll
    }()
    // Each article on all cores, its records read in place (a copy of a record is a reference
    // count for each of its strings): which it shows, and how many it hides for --all; then
    // the rows of the records shown, each made in its place in ledger order.
    let picked = ledger.articles.parallelMap { article in
      var shown: [Int] = []
      var hidden = 0
      for (position, loaded) in article.claims.enumerated() {
        loaded.withClaim { claim in
          if filter.includes(claim) {
            shown.append(position)
          } else if !filter.includesUnattributed, !claim.attribution.isSourced,
            withAll.includes(claim)
          {
            hidden += 1
          }
        }
      }
      return (shown: shown, hidden: hidden)
    }
    rows = ledger.articles.parallelJoinedMap(picking: picked.map(\.shown)) { article, position in
      Row(article.claims[position])
    }
    totalRecords = ledger.articles.claimCount
    unattributedHidden = picked.reduce(0) { $0 + $1.hidden }
  }
}

extension ClaimListing.Row {
  /// The row of `loaded`, its fields read from the record in place.
  init(_ loaded: LoadedClaim) {
    self.init(
      id: loaded.claim.id, article: loaded.claim.article, kind: loaded.claim.kind,
      status: loaded.withClaim(ClaimFilter.status(of:)),
      attribution: loaded.claim.attribution.kind, isVague: loaded.claim.attribution.isVague,
      speaker: loaded.claim.attribution.speaker, outlet: loaded.claim.attribution.outlet,
      via: loaded.claim.attribution.via, cue: loaded.claim.attribution.cue?.exact,
      text: loaded.claim.text, path: loaded.path, line: loaded.positions.id.line)
  }
}
