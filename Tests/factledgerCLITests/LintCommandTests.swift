import FactLedger
import Foundation
import TestSupport
import Testing

/// `factledger lint` as CI runs it. The shipped ledger's output is compared with the golden
/// file `Snapshots/lint-shipped-ledger.txt`; re-record it with
/// `FACTLEDGER_RECORD_SNAPSHOTS=1 swift test --filter LintCommandTests`.
@Suite("factledger lint (the binary)")
struct LintCommandTests {
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  static let sourcedLedger = CLIRunner.root.appendingPathComponent(
    "Tests/Fixtures/lint/sourced-ledger"
  ).path

  @Test(
    "on the shipped ledger it reports the article's unsourced claims, as the golden file has them, and exits 1"
  )
  func shippedLedgerGolden() throws {
    let result = try CLIRunner.run(["lint"])
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    let golden = Self.snapshots.appendingPathComponent("lint-shipped-ledger.txt")
    if ProcessInfo.processInfo.environment["FACTLEDGER_RECORD_SNAPSHOTS"] != nil {
      try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
    }
    #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
  }

  @Test("on a ledger where every claim is sourced it exits 0")
  func sourcedLedger() throws {
    let result = try CLIRunner.run(["lint", "--ledger", Self.sourcedLedger, "--strict"])
    #expect(result.status == 0)
    #expect(result.stdout == "0 errors, 0 warnings, 0 waived in 3 records.\n")
  }

  @Test("a claim text with a newline and '::error::' makes no second annotation in --format github")
  func injection() throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
    // An unsourced claim whose text carries a line break and a workflow command.
    let file = ledger.appendingPathComponent(
      "articles/wire-2020-01-02/claims/joint-drill-december.json")
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    record["attribution"] = ["type": "none"]
    record["text"] = "x\n::error file=evil.json::injected"
    try JSONSerialization.data(withJSONObject: record).write(to: file)
    let result = try CLIRunner.run(["lint", "--format", "github"], in: scratch.url)
    let commands = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
    #expect(commands.count == 1)
    #expect(commands.first?.contains("x%0A::error file=evil.json::injected") == true)
    #expect(result.status == 1)
  }

  @Test("--fix moves a drifted anchor and the second run is clean")
  func fix() throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
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
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
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

  @Test("--explain prints the rule's documentation; an unknown rule is a usage error")
  func explain() throws {
    let result = try CLIRunner.run(["lint", "--explain", "unsourced-claim"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("unsourced-claim: Unsourced factual claim\n"))
    #expect(try CLIRunner.run(["lint", "--explain", "no-such-rule"]).status == 2)
  }

  @Test("--format sarif and junit and json produce their documents")
  func formats() throws {
    let sarif = try CLIRunner.run(["lint", "--format", "sarif"])
    let document = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
    #expect(document?["version"] as? String == "2.1.0")
    let junit = try CLIRunner.run(["lint", "--format", "junit"])
    #expect(
      junit.stdout.hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factledger lint\""))
    let json = try CLIRunner.run(["lint", "--format", "json"])
    #expect(json.stdout.contains("\"rule\": \"unsourced-claim\""))
  }

  @Test(
    "--format sarif with an absolute --ledger still gives paths relative to %SRCROOT%, the folder it ran in"
  )
  func sarifAbsoluteLedger() throws {
    let absolute = CLIRunner.root.appendingPathComponent("Ledger").path
    let result = try CLIRunner.run(["lint", "--format", "sarif", "--ledger", absolute])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let run = try #require((document["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    for result in results {
      let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"]
      let artifact = (location as? [String: Any])?["artifactLocation"] as? [String: Any]
      #expect((artifact?["uri"] as? String)?.hasPrefix("Ledger/articles/") == true)
      #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")
      #expect((result["partialFingerprints"] as? [String: String])?.isEmpty == false)
    }
  }

  @Test(
    "colour on a terminal, none with NO_COLOR set non-empty or TERM=dumb; an empty NO_COLOR is as if unset"
  )
  func colour() throws {
    // `script` gives the command a terminal, so only the environment decides.
    let cases: [([String: String], Bool)] = [
      (["TERM": "xterm"], true), (["TERM": "xterm", "NO_COLOR": ""], true),
      (["TERM": "xterm", "NO_COLOR": "1"], false), (["TERM": "dumb"], false),
    ]
    for (environment, coloured) in cases {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      guard FileManager.default.isExecutableFile(atPath: process.executableURL!.path) else {
        Issue.record("script(1) is needed to give the command a terminal")
        return
      }
      // A missing ledger: an `error:` line on stderr, the word coloured on a terminal.
      let command = "\(CLIRunner.binary.path) lint --ledger \(CLIRunner.root.path)/no-such-ledger"
      process.arguments = ["-qec", command, "/dev/null"]
      var base = ProcessInfo.processInfo.environment
      base["NO_COLOR"] = nil
      process.environment = base.merging(environment) { $1 }
      let output = Pipe()
      process.standardOutput = output
      process.standardError = output
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let text = String(decoding: data, as: UTF8.self)
      #expect(text.contains("\u{1B}[") == coloured, "\(environment)")
    }
  }

  @Test("an unreadable ledger file exits 2, with the file, line and column")
  func unreadable() throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
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
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
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
    ])
  func sharedFileBreaksSchema(file: String, find: String, replace: String, message: String)
    throws
  {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
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
      text.stdout.hasSuffix("in 0 records; 1 file could not be read, so the run failed.\n"),
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

  @Test(
    "a C0 control in an article text stops every reader at its line and column, exit 2; DEL, a C1 control or a noncharacter, which add once took, is a warning",
    arguments: [
      ("\u{0}", true), ("\u{1B}", true), ("\u{7F}", false), ("\u{85}", false), ("\u{FFFE}", false),
    ])
  func refusedCharacterInText(character: String, refused: Bool) throws {
    let scratch = try TemporaryFolder()
    let ledger = scratch.url.appendingPathComponent("Ledger")
    try FileManager.default.copyItem(atPath: Self.sourcedLedger, toPath: ledger.path)
    let text = ledger.appendingPathComponent("articles/wire-2020-01-02/article.txt")
    var lines = try String(contentsOf: text, encoding: .utf8).components(separatedBy: "\n")
    lines[2].insert(contentsOf: character, at: lines[2].index(lines[2].startIndex, offsetBy: 2))
    try lines.joined(separator: "\n").write(to: text, atomically: true, encoding: .utf8)
    let value = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - value.count)) + value
    for command in [["lint"], ["list"], ["check"]] {
      let result = try CLIRunner.run(command, in: scratch.url)
      // Without evidence in its policy, check stops at that, after loading.
      if command != ["check"] || refused {
        #expect((result.status == 2) == refused, "\(command)")
      }
      #expect(
        result.stderr.contains(
          "Ledger/articles/wire-2020-01-02/article.txt:3:3: \(refused ? "error" : "warning"): the article text holds the "
        ), "\(command): \(result.stderr)")
      #expect(result.stderr.contains(" U+\(padded), which is no text"), "\(result.stderr)")
    }
  }
}
