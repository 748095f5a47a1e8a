import Foundation
import TestSupport
import Testing

/// `factledger history`. The text and JSON of a claim marked twice are compared with the golden
/// files `Snapshots/history-marked.txt` and `history-marked.json`, with times and hashes masked;
/// re-record them with `FACTLEDGER_RECORD_SNAPSHOTS=1 swift test --filter HistoryCommandTests`.
@Suite("factledger history (the binary)")
struct HistoryCommandTests {
  private let claim = "kochkin-joint-design-work"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  /// A copy of the shipped ledger whose claim has a verdict and a changed verdict.
  private func markedTwice() throws -> TemporaryFolder {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let marks = [
      [
        "mark", claim, "verified", "--by", "Desk", "--evidence",
        "ev-tass-kochkin-joint-design-work", "--note", "TASS ran the quote",
      ],
      [
        "mark", claim, "disputed", "--by", "Night desk", "--reason", "date-mismatch", "--note",
        "Said in 2019, not 2018",
      ],
    ]
    for mark in marks {
      let result = try CLIRunner.run(mark, in: scratch.url)
      #expect(result.status == 0, "\(result.stderr)")
    }
    return scratch
  }

  /// `text` with each UTC time and each SHA-256 replaced by a placeholder.
  private func masked(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"#, with: "<time>", options: .regularExpression
    ).replacingOccurrences(of: "[0-9a-f]{64}", with: "<hash>", options: .regularExpression)
  }

  private func expectGolden(_ output: String, _ name: String) throws {
    let golden = LintCommandTests.snapshots.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["FACTLEDGER_RECORD_SNAPSHOTS"] != nil {
      try output.write(to: golden, atomically: true, encoding: .utf8)
    }
    #expect(output == (try String(contentsOf: golden, encoding: .utf8)))
  }

  @Test("a claim no one has reviewed shows its text, 'no reviews yet' and an intact chain")
  func unreviewed() throws {
    let result = try CLIRunner.run(["history", claim])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("\(claim): Tecmash deputy CEO Alexander Kochkin said"))
    #expect(result.stdout.hasSuffix(".\nno reviews yet\n\nchain intact (0 reviews)\n"))
  }

  @Test(
    "a claim marked twice shows each review, oldest first, in text and JSON as the golden files have them",
    arguments: [("text", "history-marked.txt"), ("json", "history-marked.json")])
  func markedGolden(format: String, golden: String) throws {
    let scratch = try markedTwice()
    let result = try CLIRunner.run(["history", claim, "--format", format], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    try expectGolden(masked(result.stdout), golden)
  }

  @Test("an edited review makes history exit 1, saying the chain is broken and where")
  func editedReview() throws {
    let scratch = try markedTwice()
    let file = scratch.url.appendingPathComponent(claimFile)
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"reviewer\": \"Desk\"", with: "\"reviewer\": \"Other\"")
      .write(to: file, atomically: true, encoding: .utf8)
    let history = try CLIRunner.run(["history", claim], in: scratch.url)
    #expect(history.status == 1)
    #expect(history.stdout.hasSuffix("chain BROKEN\n"))
    #expect(history.stderr.hasPrefix("\(claimFile):"))
    #expect(
      history.stderr.contains(
        ": error: claim '\(claim)': review 1 was changed after it was written"))
    #expect(history.stderr.hasSuffix(" [broken-review-chain]\n"))
    let json = try CLIRunner.run(["history", claim, "--format", "json"], in: scratch.url)
    #expect(json.status == 1)
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((document?["chain"] as? [String: Any])?["intact"] as? Bool == false)
  }

  @Test("an unknown claim is a usage error naming it")
  func unknownClaim() throws {
    let result = try CLIRunner.run(["history", "no-such-claim"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "error: unknown claim 'no-such-claim'; see 'factledger history --help'\n")
  }
}
