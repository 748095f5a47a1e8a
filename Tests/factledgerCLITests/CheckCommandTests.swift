import Foundation
import TestSupport
import Testing

@Suite("factledger check (the binary)")
struct CheckCommandTests {
  @Test(
    "with no --evidence it uses the ledger's example evidence, groups claims by status, and ends with the summary"
  )
  func defaultEvidence() throws {
    let result = try CLIRunner.run(["check"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("DISPUTED ("))
    #expect(
      result.stdout.contains(
        "vostok-2018-tsugol  event  attribution: unconfirmed  content: disputed\n"))
    let summary = try #require(result.stdout.split(separator: "\n").last)
    #expect(summary.contains(" claims checked: ") && summary.contains(" disputed, "))
  }

  @Test("--fail-on decides exit 1; a status no claim has leaves exit 0")
  func failOn() throws {
    #expect(try CLIRunner.run(["check", "--fail-on", "disputed"]).status == 1)
    #expect(try CLIRunner.run(["check", "--fail-on", "unverified,unsourced"]).status == 1)
    let bogus = try CLIRunner.run(["check", "--fail-on", "wrong"])
    #expect(bogus.status == 2)
    #expect(bogus.stderr.contains("'wrong' is not a value of '--fail-on'"))
  }

  @Test("the JSON and CSV forms of the evidence give the same report")
  func jsonAndCSV() throws {
    let json = try CLIRunner.run([
      "check", "--format", "json", "--evidence", "Ledger/evidence/crespo-2020-05-27.json",
    ])
    let csv = try CLIRunner.run([
      "check", "--format", "json", "--evidence", "Ledger/evidence/crespo-2020-05-27.csv",
    ])
    #expect(json.status == 0 && csv.status == 0)
    let withoutFiles = { (text: String) in
      text.split(separator: "\n").filter { !$0.contains("crespo-2020-05-27.") }.joined()
    }
    #expect(withoutFiles(json.stdout) == withoutFiles(csv.stdout))
    #expect(json.stdout.contains("\"overall\": \"disputed\""))
  }

  @Test(
    "bad evidence is refused whole: every problem with path:line:column and item id, exit 2, no report"
  )
  func badEvidence() throws {
    let scratch = try TemporaryFolder()
    try """
    id,claims,source.publisher,facts.start
    ev-1,vostok-2018-tsugol,TASS,2018-02-30
    ev-2,no-such-claim,TASS,
    """.write(to: scratch.url.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(
      ["check", "--ledger", CLIRunner.root.path + "/Ledger", "--evidence", "bad.csv"],
      in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        bad.csv:2:30: error: /facts/start: "2018-02-30" is not a valid date (item 'ev-1') [schema-violation]
        bad.csv:3:6: error: unknown claim 'no-such-claim' (item 'ev-2'): no record of the ledger has this id [unknown-claim]
        error: bad.csv: the evidence file has 2 error(s); nothing of it was used

        """)
  }

  @Test(
    "evidence the schema passes and the checker cannot read (a reversed period, a duration past counting) is refused by check and validate, exit 2"
  )
  func unreadableEvidence() throws {
    let scratch = try TemporaryFolder()
    try """
    id,claims,source.publisher,facts.start,facts.end,facts.durationDays
    ev-1,trilateral-naval-exercise-december,TASS,2020-01-05,2019-11-01,
    ev-2,trilateral-naval-exercise-december,TASS,,,1e19
    """.write(to: scratch.url.appendingPathComponent("odd.csv"), atomically: true, encoding: .utf8)
    let errors = """
      odd.csv:2:57: error: a period cannot end (2019-11-01) before it starts (2020-01-05) (item 'ev-1') [schema-violation]
      odd.csv:3:48: error: 'durationDays' 1e19 is more days than can be counted (at most 9223372036854775807) (item 'ev-2') [schema-violation]

      """
    let checked = try CLIRunner.run(
      ["check", "--ledger", CLIRunner.root.path + "/Ledger", "--evidence", "odd.csv"],
      in: scratch.url)
    #expect(checked.status == 2)
    #expect(checked.stdout.isEmpty)
    #expect(
      checked.stderr
        == errors + "error: odd.csv: the evidence file has 2 error(s); nothing of it was used\n")
    let validated = try CLIRunner.run(["validate", "odd.csv"], in: scratch.url)
    #expect(validated.status == 2)
    #expect(validated.stderr == errors)
  }

  @Test("'-' as evidence, or as a file to validate, is refused saying standard input is not read")
  func standardInput() throws {
    let checked = try CLIRunner.run(["check", "--evidence", "-"], in: CLIRunner.root)
    #expect(checked.status == 2)
    #expect(checked.stdout.isEmpty)
    #expect(
      checked.stderr.contains(
        "error: evidence is not read from standard input ('-'): its format is told by the file's ending"
      ), "\(checked.stderr)")
    let validated = try CLIRunner.run(["validate", "-"], in: CLIRunner.root)
    #expect(validated.status == 2)
    #expect(
      validated.stderr.contains("error: files are not validated from standard input ('-')"),
      "\(validated.stderr)")
  }

  @Test(
    "an evidence id is one item across files: a file named twice is read once, a repeat in another file refuses it"
  )
  func idsAcrossFiles() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = "Ledger/evidence/crespo-2020-05-27.json"
    let once = try CLIRunner.run(
      ["check", "--format", "json", "--evidence", file], in: scratch.url)
    let twice = try CLIRunner.run(
      ["check", "--format", "json", "--evidence", file, "--evidence", "./" + file], in: scratch.url)
    #expect(twice.status == once.status)
    #expect(twice.stdout == once.stdout)
    try FileManager.default.copyItem(
      atPath: scratch.path + "/" + file, toPath: scratch.path + "/copy.json")
    let copied = try CLIRunner.run(
      ["check", "--evidence", file, "--evidence", "copy.json"], in: scratch.url)
    #expect(copied.status == 2)
    #expect(copied.stdout.isEmpty)
    #expect(
      copied.stderr.contains("copy.json:4:5: error: duplicate evidence id '"), "\(copied.stderr)")
    #expect(copied.stderr.contains("(first in \(file) at 4:5) [duplicate-id]"))
  }

  @Test("markdown output: the counts, the disputed and unsourced claims, the rest folded")
  func markdown() throws {
    let result = try CLIRunner.run(["check", "--format", "markdown"])
    #expect(result.stdout.hasPrefix("# Fact-check report\n\n| Status | Claims |\n"))
    #expect(result.stdout.contains("### `vostok-2018-tsugol` (event): disputed"))
    #expect(result.stdout.contains("<summary>Verified ("))
    #expect(result.stdout.contains("| `kochkin-joint-design-work`: "))
  }

  @Test("an evidence file of the policy behind a loop of links says so, exit 2")
  func evidenceLinkLoop() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let evidence = ledger.appendingPathComponent("evidence")
    try FileManager.default.createSymbolicLink(
      atPath: evidence.appendingPathComponent("one.json").path, withDestinationPath: "two.json")
    try FileManager.default.createSymbolicLink(
      atPath: evidence.appendingPathComponent("two.json").path, withDestinationPath: "one.json")
    let policy = ledger.appendingPathComponent("factledger.json")
    let text = try String(contentsOf: policy, encoding: .utf8).replacingOccurrences(
      of: "evidence/crespo-2020-05-27.json", with: "evidence/one.json")
    try text.write(to: policy, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["check"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "cannot read the evidence file 'Ledger/evidence/one.json': it is missing, or a symbolic link on its way leads nowhere"
      ), "\(result.stderr)")
  }
}
