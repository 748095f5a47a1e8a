import Foundation
import TestSupport
import Testing

/// `check --fail-on` says which claims fail the gate; a refused evidence file says what was
/// left out, and `--keep-going` reports on the rest.
@Suite("factledger check: gates that say why, and the scope of bad evidence")
struct CheckGateTests {
  private static let evidence = "Ledger/evidence/crespo-2020-05-27.json"

  @Test("--fail-on names each failing claim on stderr: path:line:column, id, status, reasons")
  func failOnNamesClaims() throws {
    let result = try CLIRunner.run(["check", "--evidence", Self.evidence, "--fail-on", "disputed"])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n")
    let disputed = result.stdout.split(separator: "\n").first { $0.hasPrefix("DISPUTED (") }
    #expect(disputed == "DISPUTED (\(lines.count))")
    #expect(
      lines.contains(
        "Ledger/articles/crespo-2020-05-27/claims/vostok-2018-tsugol.json:2:1: error: claim 'vostok-2018-tsugol' is disputed: date-mismatch, attribution-unconfirmed [fail-on]"
      ))
    #expect(lines.allSatisfy { $0.contains(": error: claim '") && $0.hasSuffix("[fail-on]") })
  }

  @Test("--fail-on with JSON, written as the claims are checked, names the same claims")
  func failOnWithJSON() throws {
    let arguments = ["check", "--evidence", Self.evidence, "--fail-on", "disputed,unsourced"]
    let text = try CLIRunner.run(arguments)
    let json = try CLIRunner.run(arguments + ["--format", "json"])
    #expect(json.status == 1)
    #expect(!json.stderr.isEmpty)
    #expect(json.stderr == text.stderr)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let counts = try #require((document["summary"] as? [String: Any])?["counts"] as? [String: Int])
    let failing = (counts["disputed"] ?? 0) + (counts["unsourced"] ?? 0)
    #expect(failing > 0)
    #expect(json.stderr.split(separator: "\n").count == failing)
  }

  @Test("a gate no claim fails says nothing on stderr and exits 0; one that fails names the claim")
  func passingGateIsQuiet() throws {
    let scratch = try TemporaryFolder()
    let gate = { (date: String) throws -> CLIRunner.Result in
      try scratch.write(
        #"{"id": "ev", "claims": ["vostok-2018-tsugol"], "source": {"publisher": "Reuters"}, "facts": {"date": "\#(date)"}}"#,
        to: "one.jsonl")
      return try CLIRunner.run(
        [
          "check", "--ledger", CLIRunner.root.path + "/Ledger", "--evidence", "one.jsonl",
          "--fail-on", "disputed",
        ],
        in: scratch.url)
    }
    let november = try gate("2018-11")
    #expect(november.status == 0)
    #expect(november.stderr.isEmpty)
    let september = try gate("2018-09")
    #expect(september.status == 1)
    #expect(
      september.stderr.hasSuffix(
        "claims/vostok-2018-tsugol.json:2:1: error: claim 'vostok-2018-tsugol' is disputed: date-mismatch, attribution-unconfirmed [fail-on]\n"
      ))
  }

  @Test("one refused file of several: no report, and the message names the files that were fine")
  func refusedAmongSeveral() throws {
    let scratch = try TemporaryFolder()
    try scratch.write(
      #"{"id": "ev", "claims": ["no-such-claim"], "source": {"publisher": "Reuters"}}"#,
      to: "bad.jsonl")
    let good = CLIRunner.root.path + "/" + Self.evidence
    let arguments = [
      "check", "--ledger", CLIRunner.root.path + "/Ledger", "--evidence", good, "--evidence",
      "bad.jsonl",
    ]
    let stopped = try CLIRunner.run(arguments, in: scratch.url)
    #expect(stopped.status == 2)
    #expect(stopped.stdout.isEmpty)
    #expect(
      stopped.stderr.hasSuffix(
        "note: 1 evidence file was refused ('bad.jsonl'); no report was made; these files are fine: '\(good)' (--keep-going reports on them)\n"
      ))
    let kept = try CLIRunner.run(arguments + ["--keep-going"], in: scratch.url)
    #expect(kept.status == 2)
    #expect(kept.stdout.hasPrefix("DISPUTED ("))
    #expect(
      kept.stderr.hasSuffix(
        "note: 1 evidence file was refused ('bad.jsonl'); the report is made from the files that are fine: '\(good)'\n"
      ))
  }

  @Test("--keep-going with every file refused makes no report")
  func keepGoingWithNothingFine() throws {
    let scratch = try TemporaryFolder()
    try scratch.write("{", to: "a.jsonl")
    try scratch.write("{", to: "b.jsonl")
    let result = try CLIRunner.run(
      [
        "check", "--ledger", CLIRunner.root.path + "/Ledger", "--evidence", "a.jsonl",
        "--evidence", "b.jsonl", "--keep-going",
      ],
      in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasSuffix(
        "note: 2 evidence files were refused ('a.jsonl', 'b.jsonl'); no report was made\n"))
  }
}
