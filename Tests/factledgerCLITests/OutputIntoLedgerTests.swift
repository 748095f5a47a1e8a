import Foundation
import TestSupport
import Testing

/// An export or a baseline written over the ledger's own files bypassed its lock and journal:
/// `export -o` over `article.txt` made the text HTML, `--write-baseline` over a claim file
/// replaced its review trail, a page added under `articles/` stopped every command.
@Suite("Outputs are never written over the ledger's files (the binary)")
struct OutputIntoLedgerTests {
  static let claim = "Ledger/articles/crespo-2020-05-27/claims/headline.json"

  @Test(
    "an output path among the ledger's files is refused, exit 2, naming the file; the ledger is unchanged",
    arguments: [
      (
        ["export", "-o", "Ledger/articles/crespo-2020-05-27/article.txt"],
        "articles/crespo-2020-05-27/article.txt"
      ),
      (["export", "-o", "Ledger/articles/page.html"], "articles/page.html"),
      (["export", "-o", "Ledger/articles/new/"], "articles/new/crespo-2020-05-27.html"),
      (["export", "--format", "claimreview", "-o", "Ledger/factledger.json"], "factledger.json"),
      (["export", "--format", "claimreview", "-o", "link.json"], "sources.json"),
      (["lint", "--write-baseline", claim], "articles/crespo-2020-05-27/claims/headline.json"),
      (["lint", "--write-baseline", "Ledger/evidence/b.json"], "evidence/b.json"),
    ])
  func refused(arguments: [String], name: String) throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path + "/link.json", withDestinationPath: "Ledger/sources.json")
    let before = try EmptyOptionValueTests.snapshot(ledger)
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("the ledger's file '\(name)'"), "\(result.stderr)")
    #expect(try EmptyOptionValueTests.snapshot(ledger) == before)
  }

  @Test("a baseline beside the records, and pages in a folder of their own, are written")
  func allowed() throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    let baseline = try CLIRunner.run(
      ["lint", "--write-baseline", "Ledger/lint-baseline.json"], in: scratch.url)
    #expect(baseline.status == 0, "\(baseline.stderr)")
    let pages = try CLIRunner.run(["export", "-o", "Ledger/site/"], in: scratch.url)
    #expect(pages.status == 0, "\(pages.stderr)")
    #expect(FileManager.default.fileExists(atPath: scratch.path + "/Ledger/site/index.html"))
    #expect(
      try CLIRunner.run(["lint", "--baseline", "Ledger/lint-baseline.json"], in: scratch.url).status
        == 0)
  }
}
