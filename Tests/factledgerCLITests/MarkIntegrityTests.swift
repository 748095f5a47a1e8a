import Foundation
import Testing

/// `mark` rewrites claim files: it must change nothing but the reviews it appends, and never
/// leave a file that no command can load.
@Suite("factledger mark keeps the ledger whole (the binary)")
struct MarkIntegrityTests {
  private let claim = "trilateral-naval-exercise-december"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  /// The shipped claim with its duration's amount and tolerance replaced by literals.
  private func claimText(amount: String, tolerance: String) throws -> String {
    let shipped = try String(
      contentsOf: CLIRunner.root.appendingPathComponent(claimFile), encoding: .utf8)
    let changed = shipped.replacingOccurrences(
      of: "\"amount\": 4,\n        \"unit\": \"day\"",
      with:
        "\"amount\": \(amount),\n        \"unit\": \"day\",\n        \"tolerance\": \(tolerance)")
    #expect(changed != shipped)
    return changed
  }

  @Test(
    "numbers keep their literal text: only the new review's lines change",
    arguments: [
      ("4.50", "0.50"), ("1e2", "1E+1"), ("12345678901234567890", "0"), ("4.0", "1e-7"),
    ])
  func numbersKeepTheirText(amount: String, tolerance: String) throws {
    let scratch = try ScratchFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(claimFile)
    let before = try claimText(amount: amount, tolerance: tolerance)
    try before.write(to: file, atomically: true, encoding: .utf8)

    let result = try CLIRunner.run(
      ["mark", claim, "unverified", "--by", "A Reviewer"], in: scratch.url)
    #expect(result.status == 0, "\(result.stderr)")
    let after = try String(contentsOf: file, encoding: .utf8)
    let unchangedPart = try #require(before.components(separatedBy: "\"reviews\": []").first)
    #expect(
      after.hasPrefix(unchangedPart + "\"reviews\": [\n    {\n      \"status\": \"unverified\""))
    #expect(after.contains("\"amount\": \(amount),"))
    #expect(after.contains("\"tolerance\": \(tolerance)\n"))
    #expect(try CLIRunner.run(["list"], in: scratch.url).status == 0)
  }

  @Test(
    "a number beyond what can be compared is refused on load, and mark writes nothing",
    arguments: ["1e400", "-1e400", "1e999999"])
  func hugeNumberRefused(amount: String) throws {
    let scratch = try ScratchFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(claimFile)
    let before = try claimText(amount: amount, tolerance: "1")
    try before.write(to: file, atomically: true, encoding: .utf8)

    let result = try CLIRunner.run(
      ["mark", claim, "unverified", "--by", "A Reviewer"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(claim).json:37:19: error: 'amount' \(amount) is beyond"))
    #expect(try String(contentsOf: file, encoding: .utf8) == before)
  }
}
