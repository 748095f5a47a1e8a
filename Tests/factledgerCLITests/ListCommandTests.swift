import Foundation
import TestSupport
import Testing

@Suite("factledger list (the binary)")
struct ListCommandTests {
  private let claimsFolder = "articles/crespo-2020-05-27/claims"

  private func recordCount() throws -> Int {
    try FileManager.default.contentsOfDirectory(
      atPath: CLIRunner.root.appendingPathComponent("Ledger/\(claimsFolder)").path
    ).filter { $0.hasSuffix(".json") }.count
  }

  @Test(
    "a COLUMNS of 0, below 0 or not a number is the default width of 80, not the narrowest table",
    arguments: ["0", "-5", "wide"])
  func oddColumns(columns: String) throws {
    let standard = try CLIRunner.run(["list"], environment: ["COLUMNS": "80"])
    let odd = try CLIRunner.run(["list"], environment: ["COLUMNS": columns])
    #expect(odd.status == 0)
    #expect(odd.stdout == standard.stdout)
  }

  @Test("from the package root it lists the shipped ledger's attributed claims and exits 0")
  func listsShippedLedger() throws {
    let result = try CLIRunner.run(["list"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("kochkin-joint-design-work  quote  unreviewed\n"))
    #expect(
      result.stdout.contains(
        "  source  Alexander Kochkin (deputy CEO, Tecmash Research and Production Group)"))
    #expect(!result.stdout.contains("\nheadline  headline"))
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test("--all --format json lists every record file, and the JSON counts them")
  func allAsJSON() throws {
    let result = try CLIRunner.run(["list", "--all", "--format", "json"])
    #expect(result.status == 0)
    let document =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(document?["count"] as? Int == (try recordCount()))
    #expect((document?["claims"] as? [Any])?.count == (try recordCount()))
  }

  @Test("filters combine: --outlet newsweek --kind quote --format csv")
  func filtersAsCSV() throws {
    let result = try CLIRunner.run([
      "list", "--outlet", "newsweek", "--kind", "quote", "--format", "csv",
    ])
    #expect(result.status == 0)
    let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first?.hasPrefix("id,article,kind,status,attribution") == true)
    #expect(lines.dropFirst().allSatisfy { $0.contains(",quote,") && $0.contains("newsweek") })
    #expect(lines.count > 1)
  }

  @Test("the ledger comes from --ledger, else FACTLEDGER_LEDGER, else ./Ledger")
  func ledgerLocation() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let fromEnvironment = try CLIRunner.run(
      ["list"], in: scratch.url.deletingLastPathComponent(),
      environment: ["FACTLEDGER_LEDGER": ledger.path])
    #expect(fromEnvironment.status == 0)
    let fromCurrentFolder = try CLIRunner.run(["list", "--format", "json"], in: scratch.url)
    #expect(fromCurrentFolder.status == 0)
    #expect(
      fromCurrentFolder.stdout.contains("\"file\": \"Ledger/articles/crespo-2020-05-27/claims/"))
    let fromOption = try CLIRunner.run(
      ["list", "--ledger", "/no/such/ledger"], environment: ["FACTLEDGER_LEDGER": ledger.path])
    #expect(fromOption.status == 2)
  }

  @Test("a missing ledger gets a clear message and exit 2")
  func missingLedger() throws {
    let scratch = try TemporaryFolder()
    let result = try CLIRunner.run(["list"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "error: no ledger at 'Ledger': pass --ledger DIR, set FACTLEDGER_LEDGER, or run where ./Ledger exists\n"
    )
  }

  @Test("a syntax error, a wrong type and an unknown outlet each print path:line:column and exit 2")
  func brokenLedger() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let claims = ledger.appendingPathComponent(claimsFolder)
    func edit(_ id: String, _ change: (String) -> String) throws {
      let file = claims.appendingPathComponent("\(id).json")
      try change(try String(contentsOf: file, encoding: .utf8)).write(
        to: file, atomically: true, encoding: .utf8)
    }
    try edit("headline") {
      $0.replacingOccurrences(of: "\"kind\": \"headline\",", with: "\"kind\": \"headline\"")
    }
    try edit("dateline") { $0.replacingOccurrences(of: "\"start\": 0,", with: "\"start\": \"0\",") }
    try edit("kochkin-joint-design-work") {
      $0.replacingOccurrences(of: "\"outlet\": \"tass\"", with: "\"outlet\": \"tass2\"")
    }
    let result = try CLIRunner.run(["list", "--ledger", "Ledger"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "Ledger/\(claimsFolder)/dateline.json:10:14: error: /anchor/start: expected integer, not string [schema-violation]"
      ))
    #expect(
      lines.contains(
        "Ledger/\(claimsFolder)/headline.json:5:3: error: unexpected '\"', expected ',' or '}' [json-syntax]"
      ))
    #expect(
      lines.contains(
        "Ledger/\(claimsFolder)/kochkin-joint-design-work.json:20:15: error: unknown source 'tass2': add it to sources.json or fix the id [unknown-source]"
      ))
    #expect(lines.last == "error: the ledger has 3 error(s)")
  }

  @Test("--help and --version print to stdout and exit 0; every command has --help")
  func helpAndVersion() throws {
    let help = try CLIRunner.run(["list", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.hasPrefix("OVERVIEW: List every attributed claim"))
    #expect(help.stdout.contains("USAGE: factledger list"))
    let root = try CLIRunner.run(["--help"])
    #expect(root.stdout.contains("SUBCOMMANDS:\n  list "))
    let version = try CLIRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("factledger "))
  }

  @Test(
    "usage mistakes go to stderr with a pointer to --help, and exit 2",
    arguments: [
      (
        ["list", "--format", "xml"],
        "error: 'xml' is not a value of '--format'; expected one of 'table', 'json', 'csv', 'markdown'; see 'factledger list --help'\n"
      ),
      (
        ["list", "--kind", "rumour"],
        "error: 'rumour' is not a value of '--kind'; expected one of 'event', 'statistic', 'quote', 'statement', 'credential', 'analysis', 'opinion', 'prediction', 'headline', 'dateline', 'byline', 'furniture', 'question'; see 'factledger list --help'\n"
      ),
      (
        ["list", "--outlet", "bbc"],
        "error: unknown source 'bbc' for '--outlet'; sources.json has cnn, newsweek, the-national-interest, tass, pir-center, center-for-naval-analyses, russian-international-affairs-council, tecmash, chinese-foreign-ministry; see 'factledger list --help'\n"
      ),
      (
        ["list", "--article", "crespo-2020"],
        "error: unknown article 'crespo-2020' for '--article'; see 'factledger list --help'\n"
      ),
      (["lsit"], "error: unknown subcommand 'lsit'; see 'factledger --help'\n"),
      (
        ["mark", "--by", "Desk"],
        "error: missing argument ID... STATUS; see 'factledger mark --help'\n"
      ),
      (
        ["mark", "headline", "true", "--by", "Desk"],
        "error: 'true' is not a value of 'STATUS'; expected one of 'verified', 'disputed', 'unverified'; see 'factledger mark --help'\n"
      ),
      (
        ["check", "--evidence", "nope.json"],
        "error: cannot read the evidence file 'nope.json': it is missing, or a symbolic link on its way leads nowhere (to a missing file, or round in a loop)\n"
      ),
      (["history"], "error: missing argument ID; see 'factledger history --help'\n"),
    ])
  func usageErrors(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == message)
  }
}
