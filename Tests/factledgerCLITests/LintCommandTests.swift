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
