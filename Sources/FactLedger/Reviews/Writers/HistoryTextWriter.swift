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
      output += Self.lines(of: review, at: index, in: claim.reviews)
      output += "   hash: \(shown(review.hash))\n"
    }
    let count = claim.reviews.count
    return output
      + (history.isIntact
        ? "\nchain intact (\(count) review\(count == 1 ? "" : "s"))\n" : "\nchain BROKEN\n")
  }

  /// Where a review stands in a trail with merged lines: the lines a merge review joins, or
  /// the review a line's first review follows when it is not the one before it.
  private static func lines(of review: Review, at index: Int, in trail: [Review]) -> String {
    let number = { (hash: String?) -> String in
      guard let hash else { return "the start" }
      return trail.firstIndex { $0.hash == hash }.map { "review \($0 + 1)" } ?? "an unknown review"
    }
    if review.isMerge {
      return
        "   merges: the lines ending at \(number(review.previousHash)) and \(number(review.mergedHash))\n"
    }
    guard index > 0, review.previousHash != trail[index - 1].hash else { return "" }
    return "   follows: \(number(review.previousHash)) (a line merged later)\n"
  }
}
