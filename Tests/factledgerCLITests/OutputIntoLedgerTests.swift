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
    let before = try TemporaryFolder.files(under: ledger)
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("the ledger's file '\(name)'"), "\(result.stderr)")
    #expect(try TemporaryFolder.files(under: ledger) == before)
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

/// What a command writes into the ledger must read back under the ledger's own limits:
/// `mark --note` of 5,000 characters under a `maxStringBytes` of 1,000 was written, and then
/// every command refused the claim file, its review only removable by hand.
@Suite("Writes the ledger could not read back (the binary)")
struct UnreadableWriteTests {
  @Test(
    "a write past the ledger's limits is refused, exit 2, naming the limit; nothing is written",
    arguments: [
      (
        [
          "mark", "headline", "verified", "--by", "x", "--note",
          String(repeating: "n", count: 5000),
        ], "headline.json"
      ),
      (
        [
          "add", "page.txt", "--article", "big", "--title", String(repeating: "t", count: 2000),
          "--published", "2020-01-01",
        ], "article.json"
      ),
    ])
  func refused(arguments: [String], file: String) throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    try TemporaryFolder.setLimits(#"{"maxStringBytes": 1000}"#, of: ledger)
    try "Some words of a page.\n".write(
      to: scratch.url.appendingPathComponent("page.txt"), atomically: true, encoding: .utf8)
    let before = try TemporaryFolder.files(under: ledger)
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(file)': a string of more than 1000 bytes goes past the limit of 1000 (limits.maxStringBytes in factledger.json); nothing was written"
      ), "\(result.stderr)")
    #expect(try TemporaryFolder.files(under: ledger) == before)
    #expect(try CLIRunner.run(["verify"], in: scratch.url).status == 0)
  }
}
