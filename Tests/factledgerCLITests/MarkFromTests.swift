import Foundation
import TestSupport
import Testing

/// `mark --from FILE`: a check report's verdicts, with their evidence and reasons, or ids one a
/// line.
@Suite("factledger mark --from (the binary)")
struct MarkFromTests {
  private let claim = "kochkin-joint-design-work"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  @Test("--from a check report with --dry-run lists what it would mark and writes nothing")
  func fromReport() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let report = try CLIRunner.run(["check", "--format", "json"], in: scratch.url)
    try report.stdout.write(
      to: scratch.url.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: scratch.url.appendingPathComponent(claimFile))
    let result = try CLIRunner.run(
      ["mark", "--from", "report.json", "--dry-run", "--by", "Desk"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stdout.contains("would mark vostok-2018-tsugol disputed by Desk"))
    #expect(result.stdout.contains("would mark \(claim) verified by Desk"))
    #expect(!result.stdout.contains("unverified"))
    #expect(try Data(contentsOf: scratch.url.appendingPathComponent(claimFile)) == before)
  }

  @Test(
    "--from a check report records its first reason as the review's, so ClaimReview publishes the rating the reasons give"
  )
  func fromReportReasons() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let report = try CLIRunner.run(["check", "--format", "json"], in: scratch.url)
    try report.stdout.write(
      to: scratch.url.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    let marked = try CLIRunner.run(
      ["mark", "--from", "report.json", "--by", "Desk"], in: scratch.url)
    #expect(marked.status == 0, "\(marked.stderr)")
    let history = try CLIRunner.run(
      ["history", "vostok-2018-tsugol", "--format", "json"], in: scratch.url)
    #expect(history.stdout.contains(#""reason": "date-mismatch""#), "\(history.stdout)")
    #expect(
      history.stdout.contains(
        "from check report report.json (date-mismatch, attribution-unconfirmed)"),
      "\(history.stdout)")
    let export = try CLIRunner.run(["export", "--format", "claimreview"], in: scratch.url)
    #expect(export.stdout.contains(#""alternateName": "Partly false""#), "\(export.stdout)")
    #expect(!export.stdout.contains(#""alternateName": "False""#))
  }

  @Test("--from a check report with no verified or disputed claim says so and marks nothing")
  func fromReportNothing() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let report = try CLIRunner.run(["check", "--format", "json"], in: scratch.url)
    var document = try #require(
      try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
    document["results"] = []
    try JSONSerialization.data(withJSONObject: document).write(
      to: scratch.url.appendingPathComponent("report.json"))
    let before = try TemporaryFolder.files(under: ledger)
    let result = try CLIRunner.run(
      ["mark", "--from", "report.json", "--by", "Desk"], in: scratch.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "note: the check report has no verified or disputed claim: nothing was marked"))
    #expect(try TemporaryFolder.files(under: ledger) == before)
  }

  @Test("--from a list of ids, with comments and blank lines, marks each id with the status given")
  func fromIDList() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    try "# to mark\n\n  \(claim)  \n# vostok-2018-tsugol\n".write(
      to: scratch.url.appendingPathComponent("ids.txt"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(
      ["mark", "--from", "ids.txt", "verified", "--dry-run", "--by", "Desk"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("would mark \(claim) verified by Desk, review "))
    #expect(result.stdout.split(separator: "\n").count == 1)
  }

  @Test(
    "--from a file that starts as JSON but is no check report is an input error at its line and column, and marks nothing",
    arguments: [
      (
        "{\"results\": [\n",
        "report.json:2:1: error: unexpected end of file, expected a value [json-syntax]\n"
      ),
      (
        "  [\"kochkin-joint-design-work\"]\n",
        "report.json:1:3: error: /: expected object, not array [schema-violation]\n"
      ),
    ])
  func fromBrokenReport(text: String, error: String) throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    try text.write(
      to: scratch.url.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: scratch.url.appendingPathComponent(claimFile))
    let result = try CLIRunner.run(
      ["mark", "--from", "report.json", "verified", "--by", "Desk"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == error)
    #expect(try Data(contentsOf: scratch.url.appendingPathComponent(claimFile)) == before)
  }

  @Test(
    "an unknown claim in a --from list or report is an error at its line and column; nothing is marked"
  )
  func fromUnknownClaim() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    try "\(claim)\n\n  no-such-claim\n".write(
      to: scratch.url.appendingPathComponent("ids.txt"), atomically: true, encoding: .utf8)
    let before = try TemporaryFolder.files(under: ledger)
    let listed = try CLIRunner.run(
      ["mark", "--from", "ids.txt", "verified", "--by", "Desk"], in: scratch.url)
    #expect(listed.status == 2)
    #expect(
      listed.stderr
        == "ids.txt:3:3: error: unknown claim 'no-such-claim': no record of the ledger has this id [unknown-claim]\nerror: unknown claim 'no-such-claim'; nothing was written\n"
    )
    // A check report of another ledger: the verdict's id is pointed at in the report.
    let report = try CLIRunner.run(["check", "--format", "json"], in: scratch.url)
    let renamed = report.stdout.replacingOccurrences(
      of: "\"id\": \"\(claim)\"", with: "\"id\": \"no-such-claim\"")
    try #require(renamed != report.stdout)
    try renamed.write(
      to: scratch.url.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    let line = try #require(
      renamed.split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex { $0.contains("\"no-such-claim\"") })
    let fromReport = try CLIRunner.run(
      ["mark", "--from", "report.json", "--by", "Desk"], in: scratch.url)
    #expect(fromReport.status == 2)
    #expect(
      fromReport.stderr.hasPrefix("report.json:\(line + 1):"), "\(fromReport.stderr)")
    #expect(fromReport.stderr.contains("error: unknown claim 'no-such-claim'"))
    #expect(try TemporaryFolder.files(under: ledger) == before)
  }

  @Test("--from a file that cannot be read is a usage error naming it")
  func fromMissingFile() throws {
    let result = try CLIRunner.run(["mark", "--from", "nope.txt", "verified", "--by", "Desk"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: cannot read 'nope.txt': missing file; see 'factledger mark --help'\n")
  }
}
