/// The CI gate: checks a ledger against every rule of `LintRules.all` and returns the findings,
/// each at the severity its policy gives its rule, with the waivers that let them off.
///
/// The ledger is loaded leniently, so a broken file is a finding and everything else is still
/// checked; only an unreadable ledger (JSON syntax, missing files, a policy, sources or
/// gazetteer file that breaks its schema) makes input errors.
public struct Linter: Sendable {
  /// Whether symbolic links may lead outside the ledger (`--follow-links`).
  public var followsLinks: Bool

  /// Creates a linter.
  public init(followsLinks: Bool = false) {
    self.followsLinks = followsLinks
  }

  /// Lints the ledger at `root`.
  ///
  /// - Parameter scope: The articles to lint (`--changed-since`); ids are still checked
  ///   against every article, and the policy, sources and gazetteer are always read.
  /// - Throws: `LedgerError.notFound` or `notADirectory` when there is no ledger.
  public func lint(at root: String, scope: LintScope = .everything) throws(LedgerError)
    -> LintReport
  {
    try lintKeepingLedger(at: root, scope: scope).report
  }

  /// Lints the ledger at `root`, as `lint(at:scope:)`, and gives the ledger it loaded too, for
  /// a command that frees it with the process instead of record by record.
  package func lintKeepingLedger(at root: String, scope: LintScope = .everything)
    throws(LedgerError) -> (report: LintReport, ledger: Ledger?)
  {
    let (loaded, loadFindings) = try LedgerLoader(followsLinks: followsLinks).loadLeniently(
      at: root, scope: scope)
    let policy = loaded?.policy ?? .default
    // What the loader found under a rule (schema, ids, references) is a finding; the rest
    // (syntax, layout, limits) makes the ledger unreadable.
    let isRule = { (finding: Finding) in LintRules.rule(finding.rule) != nil }
    // A rule's finding counts at the policy's severity, whatever the loader made it (it lets
    // a draft's unknown source through as a warning, so other commands still load).
    var findings = loadFindings.filter(isRule)
    var inputErrors = loadFindings.filter { $0.severity == .error && !isRule($0) }
    // A pending journal is applied only by a writer; in CI it may be planted, so it fails.
    if InterruptedWrite.isPending(at: root) {
      inputErrors.append(InterruptedWrite.pendingFinding(at: root, severity: .error))
    }
    // The pending journal is an error of lint's own (above), not also a warning.
    let journal = InterruptedWrite.journalPath(at: root)
    let loadWarnings = loadFindings.filter {
      $0.severity == .warning && !isRule($0) && $0.path != journal
    }
    guard let ledger = loaded else {
      // No ledger to lint (a shared file such as the policy breaks its schema): its errors
      // stopped the run, as they stop every reader, and are not findings of a linted ledger.
      Self.apply(policy, to: &findings)
      inputErrors += findings.filter { $0.severity == .error }
      findings.removeAll { $0.severity == .error }
      var report = LintReport(
        findings: findings, inputErrors: inputErrors, recordCount: 0, headHash: nil)
      report.loadWarnings = loadWarnings
      return (report, nil)
    }
    let contents = ledger.contents
    findings += LintRules.findings(at: .linting, in: contents)
    Self.apply(policy, to: &findings)
    Self.applyWaivers(of: ledger, to: &findings)
    // By file, place and rule; each key is compared only when those before it are equal.
    findings.sort { first, second in
      if first.path != second.path { return first.path < second.path }
      if first.location != second.location { return first.location < second.location }
      return first.rule < second.rule
    }
    var report = LintReport(
      findings: findings, inputErrors: inputErrors,
      recordCount: ledger.articles.claimCount,
      headHash: ReviewChain.headHash(of: ledger), limits: policy.limits,
      linted: .of(ledger.articles))
    report.loadWarnings = loadWarnings
    return (report, ledger)
  }

  /// Sets each finding to the severity `policy` gives its rule, and drops those it turns off.
  private static func apply(_ policy: Policy, to findings: inout [Finding]) {
    findings.removeAll { policy.severity(of: $0.rule) == .off }
    for index in findings.indices {
      findings[index].severity =
        policy.severity(of: findings[index].rule) == .warning ? .warning : .error
    }
  }

  /// Waivers let findings off, one rule at a time: of one record (in the record), or of one
  /// article (in its `article.json`, for the findings on the article itself).
  private static func applyWaivers(of ledger: Ledger, to findings: inout [Finding]) {
    // A record's waivers are those of the first record with its id. When no record has any,
    // the table would give none for every id: it is not made.
    let hasRecordWaivers = ledger.articles.contains { article in
      article.claims.contains { !$0.claim.waivers.isEmpty }
    }
    let waivers =
      hasRecordWaivers
      ? Dictionary(
        ledger.claims.map { ($0.claim.id, $0.claim.waivers) },
        uniquingKeysWith: { first, _ in first }) : [:]
    var articleWaivers: [String: [Waiver]] = [:]
    for article in ledger.articles {
      articleWaivers[article.path] = article.article.waivers
      articleWaivers[article.textPath] = article.article.waivers
    }
    for index in findings.indices {
      let rule = findings[index].rule
      let place = LintRules.rule(rule)?.waiverPlace ?? .record
      let given: [Waiver]?
      switch place {
      case .record: given = findings[index].recordID.flatMap { waivers[$0] }
      case .article: given = articleWaivers[findings[index].path]
      }
      findings[index].waiver = given?.first { $0.rule == rule.rawValue }
    }
  }
}

extension ArticleText {
  /// The 1-based line and column of the scalar at `offset` (the text's end past it). For
  /// many offsets of one text, keep its `LineStarts` instead: this finds them each time.
  package func location(of offset: Int) -> SourceLocation {
    LineStarts(self).location(of: offset)
  }

  /// An anchor on `start..<end`, with up to 32 scalars of context each side.
  func anchor(start: Int, end: Int) -> Anchor {
    Anchor(
      exact: text(from: start, to: end) ?? "",
      prefix: text(from: max(0, start - 32), to: start) ?? "",
      suffix: text(from: end, to: min(count, end + 32)) ?? "", start: start, end: end)
  }
}
