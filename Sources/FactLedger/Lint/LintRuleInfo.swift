/// What each lint rule checks, for `lint --explain`, SARIF rule metadata and the README.
public struct LintRuleInfo: Sendable {
  public var rule: Policy.Rule
  /// A few words: "Unsourced factual claim".
  public var title: String
  /// What the rule checks and why.
  public var description: String
  /// How to make the finding go away.
  public var fix: String

  /// The information of every rule, in rule order.
  public static let all: [LintRuleInfo] = Policy.Rule.allCases.map(info)

  /// The information of `rule`.
  public static func info(_ rule: Policy.Rule) -> LintRuleInfo {
    switch rule {
    case .unsourcedClaim:
      LintRuleInfo(
        rule: rule, title: "Unsourced factual claim",
        description:
          "A claim of a kind the policy requires to be sourced ('sourcedKinds' in factledger.json; by default events, statistics, quotes, statements and credentials) has attribution type 'none': the article gives it no source.",
        fix:
          "Record the attribution the article gives (explicit or contextual, with speaker, outlet and cue). If the article really gives none, the finding stands; to accept it, add a waiver with a reason to the record."
      )
    case .vagueAttribution:
      LintRuleInfo(
        rule: rule, title: "Vague attribution",
        description:
          "The claim is attributed to an unnamed group ('other analysts', 'Russian experts'), which no evidence can confirm. A warning by default.",
        fix:
          "Nothing to fix in the ledger when the article is vague; raise it with the author, or waive it with a reason."
      )
    case .schemaViolation:
      LintRuleInfo(
        rule: rule, title: "Schema violation",
        description:
          "A ledger file breaks its JSON Schema in Schemas/: a missing or misspelt field, a wrong type, a value outside its set.",
        fix:
          "Correct the value at the reported line and column; 'factledger validate' lists every violation."
      )
    case .anchorDrift:
      LintRuleInfo(
        rule: rule, title: "Anchor drift",
        description:
          "A record's anchor (or cue) text is not at its offsets in the article text, or its prefix and suffix no longer surround it. When the exact text stands once elsewhere, the new offsets are offered; when it is nowhere, the record no longer matches the article.",
        fix:
          "Run 'factledger lint --fix' to move anchors whose text was found; otherwise re-anchor the record to the article's current words."
      )
    case .uncoveredSentence:
      LintRuleInfo(
        rule: rule, title: "Uncovered text",
        description:
          "Words of the article that no record covers: every sentence must be accounted for, by a claim or by a not-a-claim record (headline, dateline, byline, furniture, question).",
        fix: "Add a record whose anchor covers the words.")
    case .unknownSource:
      LintRuleInfo(
        rule: rule, title: "Unknown source",
        description:
          "An attribution names an outlet or via id that sources.json does not register.",
        fix: "Add the source to sources.json, or correct the id.")
    case .duplicateID:
      LintRuleInfo(
        rule: rule, title: "Duplicate id",
        description: "Two records (or two sources) share an id; ids are unique within the ledger.",
        fix: "Rename one of them, and its file.")
    case .articleChanged:
      LintRuleInfo(
        rule: rule, title: "Article text changed",
        description:
          "The article text's SHA-256 no longer matches the one in article.json: the text under review changed after its records were made.",
        fix:
          "Restore the captured text, or re-check every anchor against the new text and update 'sha256' in article.json."
      )
    case .brokenReviewChain:
      LintRuleInfo(
        rule: rule, title: "Broken review chain",
        description:
          "A review's hash does not match its content, or its 'previous' does not name the review before it: a review was edited, removed, inserted or reordered.",
        fix:
          "Restore the trail from version control; a changed verdict is a new review ('factledger mark'), never an edit."
      )
    case .brokenReference:
      LintRuleInfo(
        rule: rule, title: "Broken reference",
        description:
          "A record names another that does not exist ('carriedBy'), or lies in another article's folder than the one it names.",
        fix: "Correct the id, or add the missing record.")
    }
  }

  /// The text of `lint --explain`.
  public var explanation: String {
    """
    \(rule.rawValue): \(title)

    \(description)

    Default severity: \(rule.defaultSeverity.rawValue) (set it per rule under "rules" in factledger.json; "off" disables it).

    Fix: \(fix)

    Waive it for one record: add to the record
      "waivers": [{"rule": "\(rule.rawValue)", "reason": "...", "by": "..."}]
    Every run lists the findings it waived.

    """
  }
}
