import Foundation
import TestSupport

@testable import FactLedger

/// A small valid ledger written to a temporary folder, for tests to break on purpose.
struct LedgerFixture {
  static let articleText = "Officials said the drill began. TASS reported it. Is it true?"

  let folder: TemporaryFolder
  var root: String { folder.url.appendingPathComponent("Ledger").path }

  /// Writes the policy, one source (`tass`), one article `a1` and the given claim files.
  init(claims: [String: String] = ["drill-began": LedgerFixture.claim(id: "drill-began")]) throws {
    folder = try TemporaryFolder()
    try folder.write(
      #"{"version": 1, "sourcedKinds": ["event", "quote"], "rules": {"vague-attribution": "warning"}}"#,
      to: "Ledger/factledger.json")
    try folder.write(
      #"{"sources": [{"id": "tass", "name": "TASS", "type": "news-agency"}]}"#,
      to: "Ledger/sources.json")
    try folder.write(Self.articleText, to: "Ledger/articles/a1/article.txt")
    let hash = SHA256.hexDigest(of: Self.articleText.utf8)
    try folder.write(
      """
      {"id": "a1", "title": "A drill", "published": "2020-05-27", "language": "en",
       "textFile": "article.txt", "sha256": "\(hash)"}
      """, to: "Ledger/articles/a1/article.json")
    for (name, text) in claims {
      try folder.write(text, to: "Ledger/articles/a1/claims/\(name).json")
    }
  }

  /// The text of a valid claim file; `outlet` and `kind` may be changed.
  static func claim(id: String, outlet: String = "tass", kind: String = "event") -> String {
    """
    {
      "id": "\(id)",
      "article": "a1",
      "kind": "\(kind)",
      "text": "The drill began.",
      "anchor": {"exact": "Officials said the drill began.", "prefix": "", "suffix": " TASS reported it", "start": 0, "end": 31},
      "attribution": {"type": "explicit", "outlet": "\(outlet)"},
      "assertions": [],
      "reviews": []
    }
    """
  }

  /// Loads the ledger, returning the diagnostics of a failed load as lines.
  func loadFailure() -> [String] {
    do {
      _ = try LedgerLoader().load(at: root)
      return []
    } catch {
      guard case .invalid(let diagnostics) = error else { return [error.message] }
      return diagnostics.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
    }
  }
}
