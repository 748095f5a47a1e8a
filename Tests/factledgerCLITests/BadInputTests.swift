import Foundation
import TestSupport
import Testing

/// Input that once crashed the binary or was read differently from other JSON tools: each is
/// refused with a finding at its place, and the exit says so.
@Suite("Bad input gets a finding, not a crash (the binary)")
struct BadInputTests {
  private let claimPath = "articles/crespo-2020-05-27/claims/kochkin-joint-design-work.json"

  /// A copy of the shipped ledger whose file at `path` has `old` replaced by `new`.
  private func ledger(editing path: String, replacing old: String, with new: String) throws
    -> (TemporaryFolder, URL)
  {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.appendingPathComponent(path)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old), "\(path) has no '\(old)'")
    try text.replacingOccurrences(of: old, with: new).write(
      to: file, atomically: true, encoding: .utf8)
    return (scratch, ledger)
  }

  @Test(
    "an offset near Int.max is refused at its place, naming the text's length; lint and add --update do not crash",
    arguments: [
      (#""end": 1991"#, #""end": 9223372036854775807"#, "anchor 'end'", "11:12"),
      (#""start": 1914"#, #""start": 9223372036854775806"#, "cue 'start'", "26:16"),
      (#""end": 1964"#, #""end": 9223372036854775807"#, "cue 'end'", "27:14"),
    ])
  func hugeOffset(old: String, new: String, field: String, place: String) throws {
    let (scratch, ledger) = try ledger(editing: claimPath, replacing: old, with: new)
    let lint = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(lint.status == 1 || lint.status == 2, "\(lint.status) \(lint.stderr)")
    #expect(
      lint.stdout.contains(
        "Ledger/\(claimPath):\(place): error: the \(field) of 'kochkin-joint-design-work' is \(new.split(separator: " ").last!), past the end of the article text"
      ), "\(lint.stdout)\n\(lint.stderr)")

    let text = ledger.appendingPathComponent("articles/crespo-2020-05-27/article.txt")
    let update = try CLIRunner.run(
      ["add", text.path, "--article", "crespo-2020-05-27", "--update"], in: scratch.url)
    #expect(update.status == 1 || update.status == 2, "\(update.status) \(update.stderr)")
    #expect(update.stderr.contains("past the end of the article text"), "\(update.stderr)")
  }

  @Test(
    "an offset near Int.max in a ledger whose article text changed is anchor drift: lint and add --update report it, no crash",
    arguments: [
      (#""end": 1991"#, #""end": 9223372036854775807"#),
      (#""start": 1914"#, #""start": 9223372036854775807"#),
    ])
  func hugeOffsetChangedText(old: String, new: String) throws {
    let (scratch, ledger) = try ledger(editing: claimPath, replacing: old, with: new)
    let text = ledger.appendingPathComponent("articles/crespo-2020-05-27/article.txt")
    let changed = try String(contentsOf: text, encoding: .utf8) + "\nA new line.\n"
    try changed.write(to: text, atomically: true, encoding: .utf8)

    let lint = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(lint.status == 1, "\(lint.status) \(lint.stderr)")
    #expect(
      lint.stdout.contains("Ledger/\(claimPath):") && lint.stdout.contains("[anchor-drift]"),
      "\(lint.stdout)")

    let update = try CLIRunner.run(
      ["add", text.path, "--article", "crespo-2020-05-27", "--update"], in: scratch.url)
    // The words are found again, so the update moves the record to its right offsets.
    #expect(update.status == 0, "\(update.status) \(update.stderr)")
  }

  @Test("an integer written '-0' is refused, since the ledger would rewrite it as 0")
  func negativeZero() throws {
    let (scratch, _) = try ledger(
      editing: claimPath, replacing: #""start": 1914"#, with: #""start": -0"#)
    let result = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(result.status == 1, "\(result.status)")
    #expect(
      result.stdout.contains(
        "Ledger/\(claimPath):26:16: error: 'start' must be written as 0, not -0 [schema-violation]"),
      "\(result.stdout)\n\(result.stderr)")
  }

  @Test("a key spelt with KELVIN SIGN for K is refused at its line and column, not read as the key")
  func kelvinKey() throws {
    let (scratch, _) = try ledger(
      editing: "factledger.json", replacing: #""sourcedKinds""#, with: "\"sourced\u{212A}inds\"")
    for command in [["lint"], ["validate"]] {
      let result = try CLIRunner.run(command, in: scratch.url)
      #expect(result.status == 2, "\(command): \(result.status)")
      #expect(
        (result.stdout + result.stderr).contains(
          "Ledger/factledger.json:3:3: error: key 'sourced\u{212A}inds' is not in Unicode normal form C (it has U+212A); write it as 'sourcedKinds' [json-syntax]"
        ), "\(command): \(result.stdout)\n\(result.stderr)")
    }
  }

  @Test("limits.maxDepth above 1000 is refused, naming the setting")
  func depthSetting() throws {
    let (scratch, _) = try ledger(
      editing: "factledger.json", replacing: #""version": 1,"#,
      with: #""version": 1, "limits": {"maxDepth": 10000000},"#)
    let result = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(result.status == 2, "\(result.status)")
    #expect(
      result.stderr.contains(
        "Ledger/factledger.json:2:40: error: /limits/maxDepth: 10000000 is above the maximum 1000 [schema-violation]"
      ), "\(result.stdout)\n\(result.stderr)")
  }
}

/// An option given an empty value is a usage error, not an option left out: `--by ''` fell back
/// to git's user name, `--ledger ''` to `./Ledger`, `--title ''` made an untitled article.
@Suite("Empty option values (the binary)")
struct EmptyOptionValueTests {
  @Test(
    "an empty value is refused with exit 2 and the option named; nothing is written",
    arguments: [
      (["mark", "kochkin-joint-design-work", "verified", "--by", ""], "--by", "NAME"),
      (
        ["mark", "kochkin-joint-design-work", "verified", "--by", "Ann", "--note="], "--note",
        "TEXT"
      ),
      (["list", "--ledger", ""], "--ledger", "DIR"),
      (["lint", "--changed-since", " "], "--changed-since", "REF"),
      (["check", "--evidence", ""], "--evidence", "FILE"),
      (["add", "page.txt", "--article", "new-page", "--title", ""], "--title", "TITLE"),
      (["add", "page.txt", "--article", ""], "--article", "ID"),
      (["list", "--status", ",,"], "--status", "STATUS"),
      (["list", "--kind", " , "], "--kind", "KIND"),
      (["mark", "headline", "verified", "--by", "Ann", "--evidence", ","], "--evidence", "ID"),
    ])
  func refused(arguments: [String], option: String, valueName: String) throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    try "Some words of a page.\n".write(
      to: scratch.url.appendingPathComponent("page.txt"), atomically: true, encoding: .utf8)
    let before = try TemporaryFolder.files(under: ledger)
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "option '\(option)' needs a value, not an empty one (\(option) \(valueName))"),
      "\(result.stderr)")
    #expect(try TemporaryFolder.files(under: ledger) == before)
  }

  @Test("an empty --fail-on is an empty list of statuses: nothing fails the check")
  func emptyFailOn() throws {
    let result = try CLIRunner.run(
      ["check", "--fail-on", "", "--ledger", CLIRunner.root.path + "/Ledger"],
      in: CLIRunner.root)
    #expect(result.status == 0, "\(result.stderr)")
  }
}
