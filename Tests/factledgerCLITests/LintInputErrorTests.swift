import FactLedger
import Foundation
import TestSupport
import Testing

/// `factledger lint` on files it cannot use: exit 2, the file named in every format.
@Suite("factledger lint: files that stop the run (the binary)")
struct LintInputErrorTests {
  @Test("an unreadable ledger file exits 2, with the file, line and column")
  func unreadable() throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: LintCommandTests.sourcedLedger, toPath: ledger.path)
    try "{".write(
      to: ledger.appendingPathComponent("articles/wire-2020-01-02/claims/headline.json"),
      atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "Ledger/articles/wire-2020-01-02/claims/headline.json:1:2: error: unexpected end of file"))
  }

  @Test(
    "a file that cannot be read is in every machine format, not only on stderr; exit 2",
    arguments: ["json", "sarif", "junit", "github"])
  func unreadableInEveryFormat(format: String) throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: LintCommandTests.sourcedLedger, toPath: ledger.path)
    let claims = ledger.appendingPathComponent("articles/wire-2020-01-02/claims")
    try FileManager.default.copyItem(
      at: claims.appendingPathComponent("headline.json"),
      to: claims.appendingPathComponent("renamed.json"))
    let result = try CLIRunner.run(["lint", "--format", format], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.contains("does not match its file name"), "\(result.stdout)")
    #expect(result.stdout.contains("renamed.json"))
    switch format {
    case "json":
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let errors = try #require(report["inputErrors"] as? [[String: Any]])
      #expect(errors.map { $0["rule"] as? String } == ["ledger-layout"])
      #expect(
        LedgerSchemas.shared.validate(
          try JSONParser().parse(Array(result.stdout.utf8)), as: .lintOutput
        ).isEmpty)
    case "sarif":
      let sarif = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
      let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
      #expect(invocation["executionSuccessful"] as? Bool == false)
      let layout = (run["results"] as? [[String: Any]] ?? []).filter {
        $0["ruleId"] as? String == "ledger-layout"
      }
      #expect(layout.count == 1)
      #expect(layout.first?["ruleIndex"] == nil)
    default:
      break
    }
  }

  @Test(
    "a policy, sources or gazetteer file that breaks its schema stops lint as it stops every reader: exit 2, an input error in every format, no records counted as linted",
    arguments: [
      (
        "factledger.json", "\"version\": 1,", "\"version\": 1.0,",
        "'version' must be written as 1, not 1.0"
      ),
      ("factledger.json", "\"version\": 1,", "\"version\": 2,", "/version: must be 1"),
      ("sources.json", "\"sources\"", "\"outlets\"", "unexpected property 'outlets'"),
      ("gazetteer.json", "{", "{\"places\": 5, ", "unexpected property 'places'"),
      (
        "gazetteer.json", "\"entries\": []",
        #""entries": [{"name": "Gulf of Oman", "aliases": ["Sea of Oman"]}, {"name": "Arabian Sea", "aliases": ["Sea of Oman"]}]"#,
        "'Sea of Oman' names both 'Gulf of Oman'"
      ),
      (
        "gazetteer.json", "\"entries\": []",
        #""entries": [{"name": "Tsugol", "within": ["Siberia"]}, {"name": "Siberia", "within": ["Tsugol"]}]"#,
        "'Tsugol' lies within 'Siberia', which lies within it: Tsugol → Siberia → Tsugol"
      ),
    ])
  func sharedFileBreaksSchema(file: String, find: String, replace: String, message: String)
    throws
  {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: LintCommandTests.sourcedLedger, toPath: ledger.path)
    let url = ledger.appendingPathComponent(file)
    let original =
      (try? String(contentsOf: url, encoding: .utf8)) ?? "{\"entries\": []}\n"
    let broken = original.replacingOccurrences(of: find, with: replace)
    #expect(broken != original, "the fixture holds \(find)")
    try broken.write(to: url, atomically: true, encoding: .utf8)
    let text = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(text.status == 2, "\(text.stdout)\(text.stderr)")
    #expect(text.stderr.contains("Ledger/\(file):"), "\(text.stderr)")
    #expect(text.stderr.contains(message), "\(text.stderr)")
    #expect(
      text.stdout.hasSuffix("in 0 records; 1 file could not be used, so the run failed.\n"),
      "\(text.stdout)")
    let json = try CLIRunner.run(["lint", "--format", "json"], in: scratch.url)
    #expect(json.status == 2)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let errors = try #require(report["inputErrors"] as? [[String: Any]])
    #expect(errors.contains { ($0["message"] as? String)?.contains(message) == true })
    #expect((report["findings"] as? [Any])?.isEmpty == true)
    let sarif = try CLIRunner.run(["lint", "--format", "sarif"], in: scratch.url)
    #expect(sarif.status == 2)
    #expect(sarif.stdout.contains("\"executionSuccessful\": false"), "\(sarif.stdout)")
  }
}
