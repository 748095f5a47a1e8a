import Foundation
import TestSupport
import Testing

/// The shipped ledger's reports, byte for byte: speed work must not change a byte of what
/// `check`, `list` and `lint` print. The golden files are `Snapshots/shipped-*.txt`; after a
/// change meant to alter a report, re-record them with
/// `FACTLEDGER_RECORD_SNAPSHOTS=1 swift test --filter ShippedOutputGoldenTests` and review
/// the difference.
@Suite("The shipped ledger's reports, byte for byte")
struct ShippedOutputGoldenTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var golden: String
    var status: Int32
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases = [
    Case(arguments: ["check", "--format", "json"], golden: "shipped-check-json", status: 0),
    Case(arguments: ["check", "--format", "text"], golden: "shipped-check-text", status: 0),
    Case(
      arguments: ["check", "--format", "markdown"], golden: "shipped-check-markdown", status: 0),
    Case(arguments: ["list", "--format", "json"], golden: "shipped-list-json", status: 0),
    Case(arguments: ["lint", "--format", "json"], golden: "shipped-lint-json", status: 1),
    Case(arguments: ["lint", "--format", "sarif"], golden: "shipped-lint-sarif", status: 1),
  ]

  @Test(
    "each report is its golden file, with its exit code and nothing on stderr", arguments: cases)
  func report(_ testCase: Case) throws {
    let result = try CLIRunner.run(testCase.arguments)
    #expect(result.status == testCase.status)
    #expect(result.stderr.isEmpty)
    let golden = LintCommandTests.snapshots.appendingPathComponent(testCase.golden + ".txt")
    if ProcessInfo.processInfo.environment["FACTLEDGER_RECORD_SNAPSHOTS"] != nil {
      try result.stdout.write(to: golden, atomically: false, encoding: .utf8)
    }
    #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
  }
}
