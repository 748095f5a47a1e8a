import Foundation
import TestSupport
import Testing

/// `lint --write-baseline` and `lint --baseline`, as a newsroom adopting the gate runs them.
@Suite("factledger lint --baseline (the binary)")
struct LintBaselineCommandTests {
  /// A copy of the shipped ledger (14 findings) in a scratch folder.
  private func shippedCopy() throws -> (TemporaryFolder, URL) {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(
      at: CLIRunner.root.appendingPathComponent("Ledger"), to: ledger)
    return (scratch, ledger)
  }

  private func claimFile(_ ledger: URL, _ id: String) -> URL {
    ledger.appendingPathComponent("articles/crespo-2020-05-27/claims/\(id).json")
  }

  @Test(
    "the shipped ledger's findings baselined pass; a new unsourced claim fails alone; a fixed one is listed as stale"
  )
  func adoptsTheGate() throws {
    let (scratch, ledger) = try shippedCopy()
    let baseline = scratch.url.appendingPathComponent("baseline.json").path
    let written = try CLIRunner.run(["lint", "--write-baseline", baseline], in: scratch.url)
    #expect(written.status == 0)
    #expect(written.stderr.contains("wrote 14 findings to the baseline"))

    let clean = try CLIRunner.run(["lint", "--baseline", baseline], in: scratch.url)
    #expect(clean.status == 0)
    #expect(clean.stdout == "0 errors, 0 warnings, 0 waived, 14 baselined in 49 records.\n")

    // A sourced claim loses its source: a new finding, the only one reported.
    let file = claimFile(ledger, "kochkin-joint-design-work")
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    record["attribution"] = ["type": "none"]
    try JSONSerialization.data(withJSONObject: record, options: .prettyPrinted).write(to: file)
    // And one old finding goes away: its record is deleted.
    try FileManager.default.removeItem(at: claimFile(ledger, "putin-credential"))

    let gated = try CLIRunner.run(["lint", "--baseline", baseline], in: scratch.url)
    #expect(gated.status == 1)
    let lines = gated.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines.first?.contains("'kochkin-joint-design-work' is a quote claim with no source") == true)
    #expect(lines.last == "1 error, 0 warnings, 0 waived, 13 baselined in 48 records.")
    #expect(
      gated.stderr.contains(
        "note: baselined finding no longer occurs: [unsourced-claim] putin-credential"))
  }

  @Test("--format json counts baselined and stale entries, and still meets its schema's fields")
  func jsonSummary() throws {
    let (scratch, _) = try shippedCopy()
    let baseline = scratch.url.appendingPathComponent("baseline.json").path
    _ = try CLIRunner.run(["lint", "--write-baseline", baseline], in: scratch.url)
    let result = try CLIRunner.run(
      ["lint", "--baseline", baseline, "--format", "json"], in: scratch.url)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(summary["baselined"] as? Int == 14)
    #expect(summary["staleBaseline"] as? Int == 0)
    #expect((document["findings"] as? [Any])?.isEmpty == true)
  }

  @Test("a baseline that cannot be used is an error at its line and column, exit 2, nothing linted")
  func badBaseline() throws {
    let (scratch, _) = try shippedCopy()
    let baseline = scratch.url.appendingPathComponent("baseline.json")
    try Data("{\"version\": 1,\n  \"findings\": 3}\n".utf8).write(to: baseline)
    let result = try CLIRunner.run(["lint", "--baseline", baseline.path], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("baseline.json:2:15: error: "))
    #expect(result.stderr.contains("[schema-violation]"))
    let missing = try CLIRunner.run(["lint", "--baseline", "nowhere.json"], in: scratch.url)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nowhere.json:1:1: error: missing file"))
  }

  @Test("--write-baseline refuses a ledger with an unreadable file and leaves no baseline")
  func writeRefusesBrokenLedger() throws {
    let (scratch, ledger) = try shippedCopy()
    try Data("{".utf8).write(to: claimFile(ledger, "headline"))
    let baseline = scratch.url.appendingPathComponent("baseline.json")
    let result = try CLIRunner.run(["lint", "--write-baseline", baseline.path], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("no baseline written"))
    #expect(!FileManager.default.fileExists(atPath: baseline.path))
  }
}
