import Foundation
import TestSupport
import Testing

@Suite("factledger validate (the binary)")
struct ValidateCommandTests {
  @Test("with no file it validates every file of the ledger and exits 0")
  func wholeLedger() throws {
    let result = try CLIRunner.run(["validate"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasSuffix(" files valid.\n"))
    let counts = result.stdout.split(separator: " ")
    #expect(counts.count > 2 && counts[0] == counts[2])
  }

  @Test("a schema violation in a claim file prints file:line:column and the pointer, and exits 2")
  func violation() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.appendingPathComponent("articles/crespo-2020-05-27/claims/headline.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"kind\": \"headline\"", with: "\"kind\": \"rumour\"")
      .write(to: file, atomically: true, encoding: .utf8)
    for command in [["validate"], ["list"]] {
      let result = try CLIRunner.run(command + ["--ledger", "Ledger"], in: scratch.url)
      #expect(result.status == 2)
      #expect(
        result.stderr.hasPrefix(
          "Ledger/articles/crespo-2020-05-27/claims/headline.json:4:11: error: /kind: \"rumour\" is not one of"
        ))
    }
  }

  @Test(
    "a ledger file missing or past its limit is reported at path:1:1 with its rule, as list does")
  func unreadableLedgerFile() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    try FileManager.default.removeItem(at: ledger.appendingPathComponent("sources.json"))
    for command in ["validate", "list"] {
      let result = try CLIRunner.run([command, "--ledger", "Ledger"], in: scratch.url)
      #expect(result.status == 2)
      #expect(
        result.stderr.contains("Ledger/sources.json:1:1: error: missing file [ledger-layout]"),
        "\(command): \(result.stderr)")
    }
  }

  @Test(
    "an evidence file the policy names that is not there is an error of validate at its place, a warning of the readers"
  )
  func evidenceNotThere() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let policy = ledger.appendingPathComponent("factledger.json")
    try (try String(contentsOf: policy, encoding: .utf8)).replacingOccurrences(
      of: "\"evidence/crespo-2020-05-27.json\"",
      with: "\"evidence/crespo-2020-05-27.json\", \"evidence/gone.json\""
    ).write(to: policy, atomically: true, encoding: .utf8)
    let message =
      "the evidence file 'evidence/gone.json' is not there; check without --evidence stops at it [ledger-layout]"
    let validated = try CLIRunner.run(["validate", "--ledger", "Ledger"], in: scratch.url)
    #expect(validated.status == 2)
    #expect(
      validated.stderr.contains("Ledger/factledger.json:15:40: error: \(message)"),
      "\(validated.stderr)")
    for command in [["list"], ["lint"]] {
      let result = try CLIRunner.run(command + ["--ledger", "Ledger"], in: scratch.url)
      #expect(result.stderr.contains("Ledger/factledger.json:15:40: warning: \(message)"))
    }
  }

  @Test(
    "the ledger's files are validated within the limits its factledger.json sets, as lint reads them; the policy itself before its limits apply"
  )
  func ledgerLimits() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    try TemporaryFolder.setLimits(#"{"maxStringBytes": 40}"#, of: ledger)
    let result = try CLIRunner.run(["validate"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "a string of more than 40 bytes goes past the limit of 40 (limits.maxStringBytes in factledger.json) [input-limit]"
      ), "\(result.stderr)")
    #expect(!result.stderr.contains("Ledger/factledger.json:"), "\(result.stderr)")
    #expect(try CLIRunner.run(["lint"], in: scratch.url).status == 2)
  }

  @Test("an evidence file of the user's, named with --as, is validated line by line")
  func userFile() throws {
    let scratch = try TemporaryFolder()
    let file = scratch.url.appendingPathComponent("mine.json")
    try
      #"{"items": [{"id": "ev-1", "claims": ["x"], "source": {"publisher": "TASS", "url": "not a uri"}}]}"#
      .write(to: file, atomically: true, encoding: .utf8)
    let unknown = try CLIRunner.run(["validate", "mine.json"], in: scratch.url)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("pass --as KIND"))
    let result = try CLIRunner.run(["validate", "--as", "evidence", "mine.json"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "mine.json:1:83: error: /items/0/source/url: \"not a uri\" is not a valid uri (item 'ev-1') [schema-violation]\n"
    )
    #expect(result.stdout == "0 of 1 file valid.\n")
  }

  @Test("a CSV cell past the limit on strings is an input-limit error, as in JSON, not csv-syntax")
  func csvCellLimit() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    // Above every string of the shipped ledger (392 bytes), below the cell written here.
    try TemporaryFolder.setLimits(#"{"maxStringBytes": 400}"#, of: ledger)
    try scratch.write(
      "id,claims,publisher,excerpt\nev-long,headline,TASS,\(String(repeating: "word ", count: 100))\n",
      to: "long.csv")
    for command in [
      ["validate", "long.csv"], ["validate", "--as", "evidence", "long.csv"],
      ["check", "--evidence", "long.csv"],
    ] {
      let result = try CLIRunner.run(command, in: scratch.url)
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.hasPrefix("long.csv:2:23: error: "), "\(result.stderr)")
      #expect(result.stderr.contains("goes past the limit of 400"), "\(result.stderr)")
      #expect(result.stderr.contains("[input-limit]"), "\(command): \(result.stderr)")
      #expect(!result.stderr.contains("[csv-syntax]"), "\(command): \(result.stderr)")
    }
  }

  @Test("a CSV evidence file that is not UTF-8 is refused at its first bad byte, as JSON is")
  func csvNotUTF8() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let bytes = Data("id,claims,publisher\nev-1,headline,Caf".utf8) + Data([0xE9]) + Data("\n".utf8)
    try bytes.write(to: scratch.url.appendingPathComponent("latin1.csv"))
    for command in [["validate", "latin1.csv"], ["check", "--evidence", "latin1.csv"]] {
      let result = try CLIRunner.run(command, in: scratch.url)
      #expect(result.status == 2, "\(command)")
      #expect(
        result.stderr.contains(
          "latin1.csv:2:18: error: the file is not UTF-8 text: byte 0xE9 here starts no UTF-8 character"
        ), "\(command): \(result.stderr)")
    }
  }
}
