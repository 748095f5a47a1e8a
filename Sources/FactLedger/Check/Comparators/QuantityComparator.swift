/// Compares durations and counts, in the same unit and within the claim's stated tolerance,
/// deriving a duration in days from the evidence's dates when it gives no number ("four-day"
/// against 27 to 30 December: four days, both ends counted).
enum QuantityComparator {
  static func compareDuration(_ claimed: Quantity, with item: EvidenceItem) -> AssertionVerdict {
    guard let days = item.impliedDurationDays, let claimedDays = inDays(claimed) else {
      return .notCovered
    }
    let derived = item.facts.durationDays == nil ? " (from its dates)" : ""
    guard abs(Double(days) - claimedDays) <= (claimed.tolerance?.doubleValue ?? 0) else {
      return .contradicted(
        .durationMismatch,
        detail: "evidence gives \(days) days\(derived), the claim \(format(claimedDays))")
    }
    return .supported(detail: "\(days) days\(derived)")
  }

  static func compareCount(_ claimed: Quantity, with evidence: Quantity?) -> AssertionVerdict {
    guard let evidence, evidence.unit == claimed.unit else { return .notCovered }
    guard claimed.agrees(with: evidence.value) else {
      return .contradicted(
        .countMismatch,
        detail:
          "evidence gives \(evidence.amount) \(evidence.unit), the claim \(claimed.amount)")
    }
    return .supported(detail: nil)
  }

  /// The quantity in days, for units of time.
  private static func inDays(_ quantity: Quantity) -> Double? {
    switch quantity.unit.lowercased() {
    case "day", "days": quantity.value
    case "week", "weeks": quantity.value * 7
    default: nil
    }
  }

  /// The number as JSON writes it (`JSONNumber`): a whole one below 10^15 as its digits, any
  /// other as Swift writes it (`1e+19`, `0.5`). Written through `Int`, 2^63 and above trapped.
  static func format(_ number: Double) -> String {
    JSONNumber(number)?.literal ?? String(number)
  }
}
