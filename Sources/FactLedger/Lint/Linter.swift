import Foundation

/// The CI gate: checks a ledger against every rule of its policy and returns the findings.
///
/// The ledger is loaded leniently, so a broken file is a finding and everything else is still
/// checked; only an unreadable ledger (JSON syntax, missing files) makes input errors.
public struct Linter: Sendable {
  /// Whether symbolic links may lead outside the ledger (`--follow-links`).
  public var followsLinks: Bool

  /// Creates a linter.
  public init(followsLinks: Bool = false) {
    self.followsLinks = followsLinks
  }

  /// Lints the ledger at `root`.
  ///
  /// - Throws: `LedgerError.notFound` or `notADirectory` when there is no ledger.
  public func lint(at root: String) throws(LedgerError) -> LintReport {
    let (loaded, diagnostics) = try LedgerLoader(followsLinks: followsLinks).loadLeniently(
      at: root)
    var findings: [LintFinding] = []
    var inputErrors: [Diagnostic] = []
    let policy = loaded?.policy ?? .default
    func add(
      _ rule: Policy.Rule, _ path: String, _ location: SourceLocation, _ message: String,
      claim: String? = nil, moved: Anchor? = nil
    ) {
      let severity = policy.severity(of: rule)
      guard severity != .off else { return }
      findings.append(
        LintFinding(
          rule: rule, severity: severity, path: path, location: location, message: message,
          claimID: claim, movedAnchor: moved))
    }
    for diagnostic in diagnostics {
      if let rule = Policy.Rule(rawValue: diagnostic.rule), diagnostic.severity == .error {
        add(
          rule, diagnostic.path, diagnostic.location, diagnostic.message, claim: diagnostic.recordID
        )
      } else if diagnostic.severity == .error {
        inputErrors.append(diagnostic)
      }
    }
    guard let ledger = loaded else {
      return LintReport(findings: findings, inputErrors: inputErrors, recordCount: 0, headHash: nil)
    }
    for article in ledger.articles {
      let text = ArticleText(article.text)
      checkArticle(article, text: text, add: add)
      for loaded in article.claims {
        checkClaim(loaded, policy: policy, text: text, add: add)
      }
    }
    // Waivers let findings off, one record and one rule at a time.
    let waivers = Dictionary(
      ledger.claims.map { ($0.claim.id, $0.claim.waivers) }, uniquingKeysWith: { first, _ in first }
    )
    for index in findings.indices {
      guard let id = findings[index].claimID else { continue }
      findings[index].waiver = waivers[id]?.first { $0.rule == findings[index].rule.rawValue }
    }
    findings.sort {
      ($0.path, $0.location, $0.rule.rawValue) < ($1.path, $1.location, $1.rule.rawValue)
    }
    return LintReport(
      findings: findings, inputErrors: inputErrors, recordCount: ledger.claims.count,
      headHash: ReviewChain.headHash(of: ledger.claims.map(\.claim)), limits: policy.limits)
  }

  /// Records a finding: rule, file, place, message, record id, and a moved anchor.
  private typealias Add = (Policy.Rule, String, SourceLocation, String, String?, Anchor?) -> Void

  // MARK: - Articles

  private func checkArticle(
    _ article: LoadedArticle, text: ArticleText, add: Add
  ) {
    // The text was read as UTF-8 and kept unchanged, so its UTF-8 is the file's bytes.
    let hash = SHA256.hexDigest(of: article.text.utf8)
    if hash != article.article.sha256 {
      add(
        .articleChanged, article.path, .start,
        "the text of '\(article.article.id)' changed since it was recorded: its SHA-256 is \(hash.prefix(12))…, article.json says \(article.article.sha256.prefix(12))…",
        nil, nil)
    }
    let ranges = article.claims.map { $0.claim.anchor.start..<$0.claim.anchor.end }
    for run in text.uncoveredRuns(by: ranges) {
      let words = text.text(from: run.lowerBound, to: run.upperBound)!.split(
        whereSeparator: \.isWhitespace
      ).joined(separator: " ")
      let shown = words.count > 60 ? String(words.prefix(59)) + "…" : words
      add(
        .uncoveredSentence, article.textPath, text.location(of: firstWord(in: run, of: text)),
        "no record covers '\(shown)'", nil, nil)
    }
  }

  private func firstWord(in run: Range<Int>, of text: ArticleText) -> Int {
    run.first { !text.scalars[$0].properties.isWhitespace } ?? run.lowerBound
  }

  // MARK: - Claims

  private func checkClaim(
    _ loaded: LoadedClaim, policy: Policy, text: ArticleText, add: Add
  ) {
    let claim = loaded.claim
    let path = loaded.path
    if policy.sourcedKinds.contains(claim.kind), !claim.attribution.isSourced {
      add(
        .unsourcedClaim, path, loaded.positions.attribution,
        "'\(claim.id)' is \(article(claim.kind)) \(claim.kind.rawValue) claim with no source: \(claim.text)",
        claim.id, nil)
    }
    if claim.attribution.isVague {
      let who = claim.attribution.speaker?.description ?? "an unnamed source"
      add(
        .vagueAttribution, path, loaded.positions.vague,
        "'\(claim.id)' is attributed to '\(who)', a source no evidence can confirm", claim.id, nil)
    }
    switch claim.anchor.status(in: text) {
    case .intact:
      break
    case .contextChanged:
      add(
        .anchorDrift, path, loaded.positions.anchor,
        "the words of '\(claim.id)' stand at their offsets, but their prefix or suffix changed",
        claim.id, text.anchor(start: claim.anchor.start, end: claim.anchor.end))
    case .moved(let start):
      let end = start + claim.anchor.exact.unicodeScalars.count
      add(
        .anchorDrift, path, loaded.positions.anchorStart,
        "the words of '\(claim.id)' moved from \(claim.anchor.start)..<\(claim.anchor.end) to \(start)..<\(end); 'lint --fix' moves the anchor",
        claim.id, text.anchor(start: start, end: end))
    case .missing:
      add(
        .anchorDrift, path, loaded.positions.anchorExact,
        "the words of '\(claim.id)' are no longer in the article", claim.id, nil)
    }
    if let cue = claim.attribution.cue, text.text(from: cue.start, to: cue.end) != cue.exact {
      add(
        .anchorDrift, path, loaded.positions.cue,
        "the cue '\(cue.exact)' of '\(claim.id)' is not at \(cue.start)..<\(cue.end)", claim.id, nil
      )
    }
    for problem in ReviewChain.problems(in: claim) {
      let at = loaded.positions.review(problem.entry)
      add(.brokenReviewChain, path, at, "claim '\(claim.id)': \(problem.message)", claim.id, nil)
    }
  }

  private func article(_ kind: ClaimKind) -> String {
    kind == .event ? "an" : "a"
  }
}

extension ArticleText {
  /// The 1-based line and column of the scalar at `offset`.
  func location(of offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    for scalar in scalars.prefix(offset) {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  /// An anchor on `start..<end`, with up to 32 scalars of context each side.
  func anchor(start: Int, end: Int) -> Anchor {
    Anchor(
      exact: text(from: start, to: end) ?? "",
      prefix: text(from: max(0, start - 32), to: start) ?? "",
      suffix: text(from: end, to: min(count, end + 32)) ?? "", start: start, end: end)
  }
}
