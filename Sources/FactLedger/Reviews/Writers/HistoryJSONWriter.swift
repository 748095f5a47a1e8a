/// Writes a claim's history as one JSON document: `claim`, `file`, `reviews` (as the claim file
/// holds them) and `chain` (`intact`, and each problem with its 1-based `entry`).
public struct HistoryJSONWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ history: ClaimHistory) -> String {
    JSONWriter().string(
      for: .object([
        "claim": .string(history.claim.id), "file": .string(history.path),
        "reviews": .array(history.claim.reviews.map(\.json)),
        "chain": .object([
          "intact": .bool(history.isIntact),
          "problems": .array(
            history.problems.map {
              .object(["entry": .integer($0.entry + 1), "message": .string($0.message)])
            }),
        ]),
      ]))
  }
}
