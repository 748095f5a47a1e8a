/// One rule of the CI gate: its id, what it checks and why, how to fix what it finds, and the
/// check itself. Each rule is one file under `Lint/Rules/`; `LintRules.all` lists them, and the
/// policy's rule ids, `lint --explain`, the SARIF rule metadata and the README's rule table
/// all come from that list.
public protocol LintRule: Sendable {
  /// The stable id, as the policy, waivers and every output name it.
  var id: RuleID { get }
  /// The severity when the policy sets none.
  var defaultSeverity: Policy.Severity { get }
  /// A few words: "Unsourced factual claim".
  var title: String { get }
  /// What the rule checks and why.
  var summary: String { get }
  /// How to make a finding go away.
  var fix: String { get }
  /// When the rule runs: while the ledger loads (its findings make a strict load fail), or
  /// over a loaded ledger, for `lint` only.
  var phase: LintPhase { get }
  /// Where a waiver of the rule goes: in the record its findings name, or in the article's
  /// `article.json` for a rule whose findings are on the article itself.
  var waiverPlace: WaiverPlace { get }

  /// Adds this rule's findings over `ledger` to `findings`, with the rule's default severity.
  func check(_ ledger: LedgerContents, into findings: inout [Finding])
}

/// Where a waiver of a rule goes.
public enum WaiverPlace: Sendable {
  /// In the claim record the finding names.
  case record
  /// In the `article.json` of the article whose text or metadata the finding is on.
  case article
}

/// When a rule runs.
public enum LintPhase: Sendable {
  /// While each file is read (`schema-violation`): the reader raises its findings; `check`
  /// adds none.
  case reading
  /// Once every file is read, before the ledger is built (ids, references): every command
  /// refuses a ledger with such an error; `lint` reports it as a finding.
  case loading
  /// Over the loaded ledger, for `lint` only.
  case linting
}

extension LintRule {
  public var defaultSeverity: Policy.Severity { .error }
  public var phase: LintPhase { .linting }
  public var waiverPlace: WaiverPlace { .record }

  /// The text of `lint --explain`.
  public var explanation: String {
    """
    \(id): \(title)

    \(summary)

    Default severity: \(defaultSeverity.rawValue) (set it per rule under "rules" in factledger.json; "off" disables it).

    Fix: \(fix)

    \(waiverHowTo)
      "waivers": [{"rule": "\(id)", "reason": "...", "by": "..."}]
    Every run lists the findings it waived.

    """
  }

  private var waiverHowTo: String {
    switch waiverPlace {
    case .record: "Waive it for one record: add to the record"
    case .article: "Waive it for one article: add to the article's article.json"
    }
  }

  /// A finding of this rule on a claim, at its default severity.
  func finding(
    on loaded: LoadedClaim, at location: SourceLocation, _ message: String,
    fix: Finding.Fix? = nil
  ) -> Finding {
    Finding(
      defaultSeverity == .warning ? .warning : .error, path: loaded.path, at: location, message,
      rule: id, recordID: loaded.claim.id, fix: fix)
  }

  /// A finding of this rule in a file, at its default severity.
  func finding(
    in path: String, at location: SourceLocation = .start, _ message: String,
    recordID: String? = nil
  ) -> Finding {
    Finding(
      defaultSeverity == .warning ? .warning : .error, path: path, at: location, message,
      rule: id, recordID: recordID)
  }
}

/// Every lint rule, in the order outputs list them.
public enum LintRules {
  public static let all: [any LintRule] = [
    UnsourcedClaimRule(), VagueAttributionRule(), SchemaViolationRule(), AnchorDriftRule(),
    UncoveredSentenceRule(), UnknownSourceRule(), DuplicateIDRule(), ArticleChangedRule(),
    BrokenReviewChainRule(), BrokenReferenceRule(), EmptyAssertionsRule(), DraftRecordRule(),
  ]

  /// The rule with `id`, if there is one.
  public static func rule(_ id: RuleID) -> (any LintRule)? {
    all.first { $0.id == id }
  }

  /// The rules that run at `phase`.
  static func running(at phase: LintPhase) -> [any LintRule] {
    all.filter { $0.phase == phase }
  }

  /// What the rules of `phase` find in `contents`: the rules are independent, so they run on
  /// all cores, and their findings are joined in rule order.
  static func findings(at phase: LintPhase, in contents: LedgerContents) -> [Finding] {
    let found = running(at: phase).parallelMap { rule in
      var found: [Finding] = []
      rule.check(contents, into: &found)
      return found
    }
    var joined: [Finding] = []
    joined.reserveCapacity(found.reduce(0) { $0 + $1.count })
    for ruleFindings in found { joined += ruleFindings }
    return joined
  }
}

extension LintRule {
  /// Adds to `findings` what `check` finds in each article of `ledger`: the articles are
  /// checked on all cores, each on its own, and their findings added in article order.
  func checkEachArticle(
    of ledger: LedgerContents, into findings: inout [Finding],
    _ check: @Sendable (LoadedArticle, inout [Finding]) -> Void
  ) {
    let found = ledger.articles.parallelMap { article in
      var found: [Finding] = []
      check(article, &found)
      return found
    }
    for articleFindings in found { findings += articleFindings }
  }
}
