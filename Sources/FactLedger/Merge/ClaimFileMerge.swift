/// Merges a claim file as two branches left it (`factledger merge-driver`): field by field,
/// with the review trails merged review by review (`ReviewTrailMerge`).
///
/// A field changed on one side only takes that side's value; changed alike on both, that
/// value. A field changed differently on both sides, a trail that does not extend the common
/// one, or a file that is not a claim is a conflict, for git's line merge to show.
public enum ClaimFileMerge {
  /// What merging gives.
  public enum Outcome: Sendable, Equatable {
    /// The merged claim file's text, as the ledger writes it.
    case merged(String)
    /// Why the file must be merged by hand.
    case conflict(String)
  }

  /// Merges `ours` and `theirs`, both changed from `base` (the contents of the three files).
  public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> Outcome {
    let parser = InputLimits.default.parser()
    // Both branches added the file (git's add/add): no common version, an empty one.
    let base = base.isEmpty ? Array("{}".utf8) : base
    let versions = [base, ours, theirs].map { try? parser.parse($0) }
    let roles: [DriverFailure.Role] = [.base, .ours, .theirs]
    if let broken = versions.firstIndex(where: { $0?.objectMembers == nil }) {
      return .conflict("\(roles[broken].rawValue) is not a JSON object")
    }
    guard let baseJSON = versions[0], let oursJSON = versions[1], let theirsJSON = versions[2],
      let oursMembers = oursJSON.objectMembers, let theirsMembers = theirsJSON.objectMembers
    else { return .conflict("a version is not a JSON object") }
    let id = oursJSON["id"]?.stringValue ?? "?"

    var keys = oursMembers.map(\.key)
    keys += theirsMembers.map(\.key).filter { !keys.contains($0) }
    var merged: [JSONMember] = []
    for key in keys {
      if key == "reviews" { continue }
      let (old, mine, other) = (baseJSON[key], oursJSON[key], theirsJSON[key])
      let value: JSONValue?
      if same(mine, other) || same(other, old) {
        value = mine
      } else if same(mine, old) {
        value = other
      } else {
        return .conflict("'\(key)' of '\(id)' was changed differently on both sides")
      }
      if let value { merged.append(JSONMember(key: key, value: value)) }
    }
    guard let baseTrail = reviews(in: baseJSON), let oursTrail = reviews(in: oursJSON),
      let theirsTrail = reviews(in: theirsJSON)
    else { return .conflict("the reviews of '\(id)' cannot be read") }
    switch ReviewTrailMerge.merge(
      base: baseTrail, ours: oursTrail, theirs: theirsTrail, claimID: id)
    {
    case .conflict(let reason): return .conflict(reason)
    case .merged(let trail):
      merged.append(JSONMember(key: "reviews", value: .array(trail.map(\.json))))
    }
    return claimText(JSONValue(.object(merged)), id: id)
  }

  /// The merged record as the ledger writes it, when it is a claim the schema accepts.
  private static func claimText(_ json: JSONValue, id: String) -> Outcome {
    // Through text, so locations and number literals are those a reader of the file sees.
    guard let reparsed = try? JSONParser().parse(Array(JSONWriter().string(for: json).utf8))
    else { return .conflict("the merged record of '\(id)' cannot be written") }
    guard LedgerSchemas.shared.validate(reparsed, as: .claim).isEmpty else {
      return .conflict("the merged record of '\(id)' breaks the claim schema")
    }
    var problems: [DecodingProblem] = []
    guard let claim = Claim(json: reparsed, problems: &problems), problems.isEmpty else {
      return .conflict("the merged record of '\(id)' is not a claim")
    }
    // A side whose new reviews do not chain (a hash edited by hand) must not pass as merged.
    if let broken = ReviewChain.problems(in: claim).first {
      return .conflict(
        "the merged reviews of '\(id)' do not chain: review \(broken.entry + 1): \(broken.message)")
    }
    return .merged(JSONWriter().string(for: claim.json))
  }

  /// The reviews of a version (none when it has no `reviews`), or `nil` when one is unreadable.
  private static func reviews(in json: JSONValue) -> [Review]? {
    guard let entries = json["reviews"]?.arrayValue else { return [] }
    var problems: [DecodingProblem] = []
    let reviews = entries.compactMap { Review(json: $0, problems: &problems) }
    return reviews.count == entries.count && problems.isEmpty ? reviews : nil
  }

  /// Whether two values (either absent) are the same JSON.
  private static func same(_ lhs: JSONValue?, _ rhs: JSONValue?) -> Bool {
    let text = { (value: JSONValue?) in value.map { JSONWriter().compactString(for: $0) } }
    return text(lhs) == text(rhs)
  }
}
