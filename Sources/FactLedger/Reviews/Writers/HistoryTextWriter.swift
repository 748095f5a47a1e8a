/// Writes a claim's history for a terminal: the claim, each review numbered from 1 with its
/// reason, note, evidence and hash, then whether the chain is intact. Every value read from the
/// claim file goes through `Escape.terminal`, so each stays on its line.
public struct HistoryTextWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ history: ClaimHistory) -> String {
    let claim = history.claim
    let shown = Escape.terminal
    var output = "\(claim.id): \(shown(claim.text))\n"
    if claim.reviews.isEmpty { output += "no reviews yet\n" }
    for (index, review) in claim.reviews.enumerated() {
      output +=
        "\n\(index + 1). \(shown(review.time))  \(review.status.rawValue)  by \(shown(review.reviewer))\n"
      if let reason = review.reason { output += "   reason: \(shown(reason))\n" }
      if let note = review.note { output += "   note: \(shown(note))\n" }
      if !review.evidence.isEmpty {
        output += "   evidence: \(shown(review.evidence.joined(separator: ", ")))\n"
      }
      output += "   hash: \(shown(review.hash))\n"
    }
    let count = claim.reviews.count
    return output
      + (history.isIntact
        ? "\nchain intact (\(count) review\(count == 1 ? "" : "s"))\n" : "\nchain BROKEN\n")
  }
}
