/// The hash of a review: SHA-256 over a canonical serialization, so anyone can recompute it.
///
/// The canonical form is the review as compact JSON (no spaces, UTF-8, strings escaped as the
/// ledger writes them), with its claim's id first and its fields in this fixed order, absent
/// fields as `null`:
///
///     {"claim":"<id>","status":"verified","time":"2026-11-29T06:00:00Z","reviewer":"<name>",
///      "evidence":["ev-1"],"note":null,"reason":null,"previous":null}
///
/// `previous` is the hash of the review before it (`null` for the first), which chains the
/// trail: editing, removing, inserting or reordering a review breaks the chain at that entry,
/// and the claim's id binds each review to its claim. A merge review (see `ReviewChain`) adds
/// `"merged":"<hash>"` after `previous`; other reviews have no such key, so their hashes are
/// what they always were.
public enum ReviewHash {
  /// The canonical serialization of `review` on `claimID`, without its own hash.
  public static func canonicalText(of review: Review, claimID: String) -> String {
    let optional = { (text: String?) in text.map(JSONValue.string) ?? .null }
    return JSONWriter().compactString(
      for: .object([
        "claim": .string(claimID), "status": .string(review.status.rawValue),
        "time": .string(review.time), "reviewer": .string(review.reviewer),
        "evidence": .array(review.evidence.map(JSONValue.string)), "note": optional(review.note),
        "reason": optional(review.reason), "previous": optional(review.previousHash),
        "merged": review.mergedHash.map(JSONValue.string),
      ]))
  }

  /// The hash `review` must carry: SHA-256 of its canonical text, lowercase hex.
  public static func hash(of review: Review, claimID: String) -> String {
    SHA256.hexDigest(of: canonicalText(of: review, claimID: claimID).utf8)
  }
}
