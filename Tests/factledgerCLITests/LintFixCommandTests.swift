import FactLedger
import Foundation
import TestSupport
import Testing

/// `factledger lint --fix`: drifted anchors and cues moved, and only to a sure place.
@Suite("factledger lint --fix (the binary)")
struct LintFixCommandTests {
  @Test("--fix moves a drifted anchor and the second run is clean")
  func fix() throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: LintCommandTests.sourcedLedger, toPath: ledger.path)
    let file = ledger.appendingPathComponent("articles/wire-2020-01-02/claims/drill-a-success.json")
    try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(
      of: "\"start\": 131,", with: "\"start\": 129,"
    )
    .write(to: file, atomically: true, encoding: .utf8)
    let before = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(before.status == 1)
    #expect(
      before.stdout.contains(
        "moved from 129..<201 to 131..<201; 'lint --fix' moves the anchor [anchor-drift]"))
    let fixed = try CLIRunner.run(["lint", "--fix"], in: scratch.url)
    #expect(fixed.status == 0)
    #expect(fixed.stderr == "note: moved the anchors or cues of 1 record: drill-a-success\n")
  }

  @Test(
    "--fix moves an anchor whose words now stand twice to the occurrence its prefix and suffix agree with, and its cue with it"
  )
  func fixByContext() throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: LintCommandTests.sourcedLedger, toPath: ledger.path)
    let article = ledger.appendingPathComponent("articles/wire-2020-01-02")
    let quote = "“The drill was a success,” the ministry’s spokesperson told reporters."
    let text = article.appendingPathComponent("article.txt")
    let old = try String(contentsOf: text, encoding: .utf8)
    // The quote now also opens the article, where the record's offsets do not lead either.
    let new = old.replacingOccurrences(
      of: "Drill\n\n", with: "Drill\n\n\(quote) An editor's note.\n\n")
    try new.write(to: text, atomically: true, encoding: .utf8)
    let scalars = Array(new.unicodeScalars)
    let starts = (0...(scalars.count - quote.unicodeScalars.count)).filter {
      String(String.UnicodeScalarView(scalars[$0..<($0 + quote.unicodeScalars.count)])) == quote
    }
    #expect(starts.count == 2)
    let before = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(
      before.stdout.contains(
        "the words of 'drill-a-success' moved from 131..<201 to \(starts[1])..<\(starts[1] + 70)"),
      "\(before.stdout)")
    let fixed = try CLIRunner.run(["lint", "--fix"], in: scratch.url)
    #expect(fixed.stderr.contains("drill-a-success"), "\(fixed.stderr)")
    let record = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: article.appendingPathComponent("claims/drill-a-success.json")))
        as? [String: Any])
    let anchor = try #require(record["anchor"] as? [String: Any])
    #expect(anchor["start"] as? Int == starts[1])
    #expect(anchor["prefix"] as? String == "nistry said, according to TASS. ")
    // Its cue 'told' stands in both occurrences: it goes with the anchor.
    let cue = try #require((record["attribution"] as? [String: Any])?["cue"] as? [String: Any])
    #expect(cue["start"] as? Int == starts[1] + (186 - 131))
    // Only the changed text's hash is left to settle.
    #expect(!fixed.stdout.contains("anchor-drift"), "\(fixed.stdout)")
  }
}
