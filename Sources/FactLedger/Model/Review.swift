/// One verdict in a claim's append-only audit trail.
public struct Review: Sendable, Equatable {
  /// The verdict a reviewer gives.
  public enum Status: String, Sendable, CaseIterable {
    /// Every part of the claim is shown true by evidence.
    case verified
    /// Evidence contradicts the claim, or conflicts.
    case disputed
    /// Not enough evidence either way.
    case unverified
  }

  /// The verdict.
  public var status: Status
  /// When it was given: UTC, ISO 8601 (`2026-11-29T06:00:00Z`).
  public var time: String
  /// Who gave it.
  public var reviewer: String
  /// The evidence item ids it rests on.
  public var evidence: [String]
  /// Why, in the reviewer's words.
  public var note: String?
  /// A reason code, required when a final verdict changes.
  public var reason: String?
  /// The hash of the review this one follows; `nil` for the first.
  public var previousHash: String?
  /// Only on a merge review: the hash of the last review of the second line it joins
  /// (`previousHash` names the first line's). See `ReviewChain`.
  public var mergedHash: String?
  /// This review's own hash (SHA-256, lowercase hex).
  public var hash: String

  /// Creates a review.
  public init(
    status: Status, time: String, reviewer: String, evidence: [String] = [], note: String? = nil,
    reason: String? = nil, previousHash: String?, mergedHash: String? = nil, hash: String
  ) {
    self.status = status
    self.time = time
    self.reviewer = reviewer
    self.evidence = evidence
    self.note = note
    self.reason = reason
    self.previousHash = previousHash
    self.mergedHash = mergedHash
    self.hash = hash
  }

  /// Whether it is a merge review, joining two lines of the trail.
  public var isMerge: Bool { mergedHash != nil }
}

extension Review.Status: RawNamedCases {
  static let names = CaseNames<Review.Status>()
}

extension Review: JSONRecord {
  private static let keys: FieldKeys = [
    "status", "time", "reviewer", "evidence", "note", "reason", "previous", "merged", "hash",
  ]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "review", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let isHash = { (text: String) in
      text.utf8.count == 64 && text.utf8.allSatisfy { Array("0123456789abcdef".utf8).contains($0) }
    }
    let status: Status? = reader.enumeration("status", problems: &problems)
    let time = reader.string("time", problems: &problems)
    let reviewer = reader.string("reviewer", problems: &problems)
    let evidence = reader.strings("evidence", problems: &problems)
    let note = reader.string("note", isRequired: false, problems: &problems)
    let reason = reader.string("reason", isRequired: false, problems: &problems)
    let previous = reader.string(
      "previous", isRequired: false, matching: "64 lowercase hex digits", problems: &problems,
      where: isHash)
    let merged = reader.string(
      "merged", isRequired: false, matching: "64 lowercase hex digits", problems: &problems,
      where: isHash)
    let hash = reader.string(
      "hash", matching: "64 lowercase hex digits", problems: &problems, where: isHash)
    guard let status, let time, let reviewer, let hash else { return nil }
    self.init(
      status: status, time: time, reviewer: reviewer, evidence: evidence, note: note,
      reason: reason, previousHash: previous, mergedHash: merged, hash: hash)
  }

  public var json: JSONValue {
    .object([
      "status": .string(status.rawValue), "time": .string(time), "reviewer": .string(reviewer),
      "evidence": .array(evidence.map(JSONValue.string)), "note": .optional(note),
      "reason": .optional(reason), "previous": previousHash.map(JSONValue.string) ?? .null,
      "merged": mergedHash.map(JSONValue.string), "hash": .string(hash),
    ])
  }
}
