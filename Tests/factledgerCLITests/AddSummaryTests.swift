import Foundation
import TestSupport
import Testing

/// What `factledger add` says it made.
@Suite("factledger add's summary (the binary)")
struct AddSummaryTests {
  @Test("a one-paragraph text is counted as 1 paragraph, not '1 paragraphs'")
  func oneParagraph() throws {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    try folder.write("Officials said the drills ended.\n", to: "one.txt")
    let result = try CLIRunner.run(
      [
        "add", "one.txt", "--article", "one-2020-01-01", "--title", "One", "--published",
        "2020-01-01",
      ],
      in: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("(33 characters, 1 paragraph)"), "\(result.stdout)")
  }
}
