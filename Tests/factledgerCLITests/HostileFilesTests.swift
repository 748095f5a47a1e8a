import Foundation
import TestSupport
import Testing

/// Ledgers a pull request could carry that once crashed a command or kept it waiting for ever:
/// each now gets an error at its place, or a result, and the run ends.
@Suite("Hostile ledger files: an error or a result, never a trap or a wait (the binary)")
struct HostileFilesTests {
  /// Runs `factledger arguments` in `directory`, stopped after 20 s should it wait.
  private static func run(_ arguments: [String], in directory: URL) throws -> CLIRunner.Result {
    let result = try CLIRunner.run(arguments, in: directory, timeLimit: 20)
    #expect(!result.timedOut, "\(arguments) still running after 20 s")
    return result
  }

  @Test(
    "a FIFO where a ledger file should be is refused at once by every command that reads it",
    arguments: [
      "Ledger/articles/crespo-2020-05-27/claims/headline.json", "Ledger/factledger.json",
      "Ledger/sources.json", "Ledger/articles/crespo-2020-05-27/article.txt",
    ])
  func fifo(path: String) throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(path).path
    try FileManager.default.removeItem(atPath: file)
    try #require(mkfifo(file, 0o600) == 0)
    let commands = [
      ["lint"], ["list"], ["check"], ["verify"], ["mark", "headline", "verified", "--by", "Desk"],
    ]
    for command in commands {
      let ending = try Self.run(command, in: scratch.url)
      #expect(ending.status == 2, "\(command) \(path): \(ending.status)")
      #expect(
        ending.stderr.contains(
          "\(path):1:1: error: not a regular file (a pipe, socket or device) where a file should be"
        ),
        "\(command) \(path): \(ending.stderr)")
    }
  }

  @Test(
    "a claimed duration past the largest machine integer is checked and exported, not a trap",
    arguments: ["1e19", "9223372036854775807", "-1e19", "1e300"])
  func hugeDuration(amount: String) throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.appendingPathComponent(
      "articles/crespo-2020-05-27/claims/trilateral-naval-exercise-december.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    try #require(text.contains(#""amount": 4,"#))
    try text.replacingOccurrences(of: #""amount": 4,"#, with: #""amount": \#(amount),"#)
      .write(to: file, atomically: true, encoding: .utf8)
    #expect(try Self.run(["validate"], in: scratch.url).status == 0)
    let check = try Self.run(["check"], in: scratch.url)
    #expect(check.status == 0 || check.status == 1, "\(check.status)")
    #expect(check.stdout.contains("the claim "), "\(check.stderr)")
    let export = try Self.run(["export", "--output", scratch.url.path + "/site/"], in: scratch.url)
    #expect(export.status == 0, "\(export.status) \(export.stderr)")
  }
}
