extension RuleID {
  public static let emptyAssertions: RuleID = "empty-assertions"
}

/// A factual claim with nothing for the checker to compare with evidence.
struct EmptyAssertionsRule: LintRule {
  let id = RuleID.emptyAssertions
  let defaultSeverity = Policy.Severity.warning
  let title = "Factual claim with no assertions"
  let summary =
    "An event, statistic, quote, statement or credential lists no assertions (participants, period, quote, speaker, role...), so 'factledger check' has nothing to compare with evidence and the claim can never be verified. A warning by default."
  let fix =
    "Add the checkable parts of the claim under 'assertions'; if the claim is the author's reading rather than a fact, give it the kind 'analysis', 'opinion' or 'prediction'."

  func check(_ ledger: LedgerContents, into findings: inout [Finding]) {
    for loaded in ledger.claims
    where loaded.claim.kind.isFactual && loaded.claim.assertions.isEmpty {
      let kind = loaded.claim.kind
      findings.append(
        finding(
          on: loaded, at: loaded.positions.assertions,
          "'\(loaded.claim.id)' is \(kind == .event ? "an" : "a") \(kind.rawValue) claim with no assertions to check"
        ))
    }
  }
}
