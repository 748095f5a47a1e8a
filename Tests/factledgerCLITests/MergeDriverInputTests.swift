import Foundation
import TestSupport
import Testing

/// `factledger merge-driver` given versions no branch of a working ledger would hold: bytes
/// that are not text, a file that is not JSON, a review whose hash was edited by hand. Nothing
/// may be lost, and nothing broken may pass as merged.
@Suite(
  "factledger merge-driver on broken versions (the binary)",
  .enabled(if: GitRunner.isAvailable, "git is not installed: the driver's line merge needs it"))
struct MergeDriverInputTests {
  private let claim = "kochkin-joint-design-work"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  /// The claim as shipped (`O`), and as two desks left it after one review each (`A`, `B`).
  private func versions(in scratch: TemporaryFolder) throws -> [String: Data] {
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.deletingLastPathComponent().appendingPathComponent(claimFile)
    var versions = ["O": try Data(contentsOf: file)]
    for (name, status) in [("A", "verified"), ("B", "disputed")] {
      try versions["O"]!.write(to: file)
      let marked = try CLIRunner.run(
        ["mark", claim, status, "--by", "Desk \(name)"], in: scratch.url)
      try #require(marked.status == 0, "\(marked.stderr)")
      versions[name] = try Data(contentsOf: file)
    }
    return versions
  }

  private func run(_ versions: [String: Data], in scratch: TemporaryFolder) throws
    -> CLIRunner.Result
  {
    for (name, data) in versions { try data.write(to: scratch.url.appendingPathComponent(name)) }
    return try CLIRunner.run(["merge-driver", "O", "A", "B", claimFile], in: scratch.url)
  }

  @Test("the two desks' versions merge, as a baseline for the broken ones below")
  func clean() throws {
    let scratch = try TemporaryFolder()
    let result = try run(try versions(in: scratch), in: scratch)
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test(
    "a version with a NUL byte or bytes that are not UTF-8 leaves OURS as it was, exit 1, naming it",
    arguments: ["O", "A", "B"], [[0x00], [0xC3, 0x28]] as [[UInt8]])
  func notText(broken: String, bytes: [UInt8]) throws {
    let scratch = try TemporaryFolder()
    var versions = try versions(in: scratch)
    versions[broken] = Data(Array(versions[broken]!.prefix(40)) + bytes + Array("}\n".utf8))
    let result = try run(versions, in: scratch)
    #expect(result.status == 1)
    let part = ["O": "(%O)", "A": "(%A)", "B": "(%B)"][broken]!
    #expect(result.stderr.contains("\(part) '\(broken)' is not text"), "\(result.stderr)")
    #expect(result.stderr.contains("this branch's version is left in the file"))
    #expect(try Data(contentsOf: scratch.url.appendingPathComponent("A")) == versions["A"])
  }

  @Test("a version that is not a JSON object is a conflict naming it; both versions are marked")
  func notJSON() throws {
    let scratch = try TemporaryFolder()
    var versions = try versions(in: scratch)
    versions["B"] = Data("[\"not a claim\"]".utf8)
    let result = try run(versions, in: scratch)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("the other branch's version (%B) is not a JSON object"),
      "\(result.stderr)")
    let marked = try String(
      contentsOf: scratch.url.appendingPathComponent("A"), encoding: .utf8)
    #expect(marked.contains("<<<<<<<"))
    #expect(marked.contains("[\"not a claim\"]"))
  }

  @Test(
    "a side's new review with a hash or status edited by hand is a conflict, not a merge that verify fails"
  )
  func brokenChain() throws {
    for edit in ["hash", "status"] {
      let scratch = try TemporaryFolder()
      var versions = try versions(in: scratch)
      var record = try #require(
        try JSONSerialization.jsonObject(with: versions["B"]!) as? [String: Any])
      var reviews = try #require(record["reviews"] as? [[String: Any]])
      if edit == "hash" {
        reviews[reviews.count - 1]["hash"] = String(repeating: "0", count: 64)
      } else {
        reviews[reviews.count - 1]["status"] = "verified"
      }
      record["reviews"] = reviews
      versions["B"] = try JSONSerialization.data(withJSONObject: record, options: .prettyPrinted)
      let result = try run(versions, in: scratch)
      #expect(result.status == 1, "\(edit): \(result.stderr)")
      #expect(
        result.stderr.contains("the merged reviews of '\(claim)' do not chain"),
        "\(edit): \(result.stderr)")
    }
  }

  @Test("a claim file both branches added (no common version, an empty %O) merges review by review")
  func addedOnBothSides() throws {
    let scratch = try TemporaryFolder()
    var versions = try versions(in: scratch)
    versions["O"] = Data()
    let result = try run(versions, in: scratch)
    #expect(result.status == 0, "\(result.stderr)")
    let merged = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: scratch.url.appendingPathComponent("A"))) as? [String: Any])
    let reviewers = (merged["reviews"] as? [[String: Any]] ?? []).compactMap {
      $0["reviewer"] as? String
    }
    #expect(Set(reviewers) == ["Desk A", "Desk B", "factledger merge-driver"])
  }
}
