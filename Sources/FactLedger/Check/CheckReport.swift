/// The result of checking a ledger against evidence: a result for every checked claim.
public struct CheckReport: Sendable, Equatable {
  /// Whether the named source is shown to have said it.
  public enum AttributionStatus: String, Sendable, CaseIterable {
    case confirmed, misattributed, unconfirmed, unsourced
  }

  /// Whether it is true.
  public enum ContentStatus: String, Sendable, CaseIterable {
    case verified, disputed, unverified
  }

  /// The two axes in one word.
  public enum OverallStatus: String, Sendable, CaseIterable {
    case disputed, unverified, unsourced, verified
  }

  /// What the evidence made of one assertion.
  public struct AssertionResult: Sendable, Equatable {
    /// How the assertion stands.
    public enum State: String, Sendable {
      /// Evidence supports it.
      case supported
      /// Evidence contradicts it.
      case contradicted
      /// Some evidence supports it, other evidence contradicts it.
      case conflicting
      /// Only the cited outlet (or the article) supports it.
      case circular
      /// Evidence gives the words only in other words.
      case paraphrased
      /// No evidence bears on it.
      case uncovered
    }

    public var field: Assertion.Field
    /// The claimed value, in words.
    public var value: String
    public var state: State
    public var supportedBy: [String]
    public var contradictedBy: [String]
    /// What the comparisons found, one line each, with the evidence id.
    public var details: [String]
  }

  /// The result for one claim.
  public struct ClaimResult: Sendable, Equatable {
    public var id: String
    public var kind: ClaimKind
    public var text: String
    public var path: String
    public var line: Int
    public var attribution: AttributionStatus
    public var content: ContentStatus
    public var overall: OverallStatus
    public var reasons: [ReasonCode]
    public var assertions: [AssertionResult]
    /// The ids of the evidence items that bear on the claim.
    public var evidence: [String]
    /// What the attribution check found, and any disagreement with the latest review.
    public var notes: [String]
  }

  /// What a result comes to, without its assertions and notes: enough to count it, and to
  /// name a claim that fails (`--fail-on`).
  public struct Outcome: Sendable, Equatable {
    /// The claim's id.
    public var id: String
    /// The claim's file.
    public var path: String {
      get { record?.path ?? givenPath }
      set { (record, givenPath) = (nil, newValue) }
    }
    /// The line of the claim's id in its file.
    public var line: Int
    /// The two axes in one word.
    public var overall: OverallStatus
    /// Why the claim stands as it does, sorted.
    public var reasons: [ReasonCode]
    /// The record, whose path is joined only when asked for (a record keeps its folder and
    /// id, not its path: see `LoadedClaim`), or `nil` for `givenPath`. An outcome is kept for
    /// every claim checked, and only those that fail are asked for their path.
    private var record: LoadedClaim?
    private var givenPath: String

    init(id: String, path: String, line: Int, overall: OverallStatus, reasons: [ReasonCode]) {
      (self.id, record, givenPath, self.line) = (id, nil, path, line)
      (self.overall, self.reasons) = (overall, reasons)
    }

    /// The outcome of `result`, the result for `record`.
    init(of result: ClaimResult, for record: LoadedClaim) {
      self.init(
        id: result.id, path: "", line: result.line, overall: result.overall,
        reasons: result.reasons)
      self.record = record
    }

    public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
      lhs.id == rhs.id && lhs.path == rhs.path && lhs.line == rhs.line
        && lhs.overall == rhs.overall && lhs.reasons == rhs.reasons
    }
  }

  /// The evidence files used.
  public var evidenceFiles: [String]
  /// The results, in ledger order.
  public var results: [ClaimResult]
  /// How many records were not checked (not claims, or kinds that need no source and no
  /// evidence names).
  public var notChecked: Int

  /// How many results have each overall status.
  public var counts: [OverallStatus: Int] {
    // Counted in place: grouping would copy every result (all its strings) to count it.
    Self.counts(results.count) { results[$0].overall }
  }

  /// How many of `count` results, whose statuses `status` gives by position, have each status.
  static func counts(_ count: Int, status: (Int) -> OverallStatus) -> [OverallStatus: Int] {
    var counts: [OverallStatus: Int] = [:]
    for position in 0..<count { counts[status(position), default: 0] += 1 }
    return counts
  }
}

extension CheckReport.ClaimResult {
  /// What the result comes to.
  public var outcome: CheckReport.Outcome {
    CheckReport.Outcome(id: id, path: path, line: line, overall: overall, reasons: reasons)
  }
}
