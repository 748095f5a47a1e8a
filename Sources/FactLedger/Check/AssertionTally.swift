/// What the evidence items say of one assertion, added up item by item into its result.
///
/// Support from an item that only echoes the cited outlet or the article counts apart, as
/// circular; contradictions keep their reasons. Once every item is added, `settle()` gives the
/// assertion its state.
struct AssertionTally {
  /// The result so far: who supports, who contradicts, and what each found.
  private(set) var result: CheckReport.AssertionResult
  private var hasCircularSupport = false
  private var isParaphrased = false
  private var disputes: Set<ReasonCode> = []

  /// Starts a tally for `assertion`, shown in the report as `value`.
  init(assertion: Assertion, value: String) {
    result = CheckReport.AssertionResult(
      field: assertion.field, value: value, state: .uncovered, supportedBy: [],
      contradictedBy: [], details: [])
  }

  /// Adds what the item `id` says of the assertion.
  mutating func add(_ verdict: AssertionVerdict, from id: String, isCircular: Bool) {
    switch verdict {
    case .supported(let detail):
      if isCircular {
        hasCircularSupport = true
        result.details.append(
          "\(id): supports, but comes from the cited outlet or the article")
      } else {
        result.supportedBy.append(id)
        result.details.append("\(id): supports\(detail.map { ": \($0)" } ?? "")")
      }
    case .contradicted(let reason, let detail):
      result.contradictedBy.append(id)
      disputes.insert(reason)
      result.details.append("\(id): contradicts: \(detail)")
    case .paraphrase(let detail):
      isParaphrased = true
      result.details.append("\(id): paraphrase: \(detail)")
    case .notCovered:
      break
    }
  }

  /// Gives the assertion its state; returns the reasons that state gives the claim.
  mutating func settle() -> Set<ReasonCode> {
    switch (result.supportedBy.isEmpty, result.contradictedBy.isEmpty) {
    case (false, false):
      result.state = .conflicting
      return disputes.union([.conflictingEvidence])
    case (true, false):
      result.state = .contradicted
      return disputes
    case (false, true):
      result.state = .supported
    case (true, true):
      if hasCircularSupport {
        result.state = .circular
        return [.circularSourcing]
      } else if isParaphrased {
        result.state = .paraphrased
        return [.paraphrase]
      }
    }
    return []
  }
}
