import Foundation
import TestSupport
import Testing

/// A write that was interrupted is settled by the next writer, before it loads the ledger, and
/// only when every file is still as the journal says; readers never apply a journal.
@Suite("Interrupted writes (the binary)")
struct InterruptedWriteTests {
  private let claims = "Ledger/articles/crespo-2020-05-27/claims"

  private func article(_ scratch: TemporaryFolder) throws -> URL {
    let file = scratch.url.appendingPathComponent("new.txt")
    try "Three navies held a drill, officials said.\n".write(
      to: file, atomically: true, encoding: .utf8)
    return file
  }

  private func add(_ scratch: TemporaryFolder, fault: String? = nil) throws -> CLIRunner.Result {
    try CLIRunner.run(
      [
        "add", try article(scratch).path, "--article", "new-one", "--title", "T", "--published",
        "2024-01-01",
      ], in: scratch.url, environment: fault.map { ["FACTLEDGER_TEST_FAULT": $0] } ?? [:])
  }

  @Test("an add killed before it commits leaves nothing the next writer cannot settle")
  func killedAdd() throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    #expect(try add(scratch, fault: "before-commit").status == 9)  // SIGKILL

    let mark = try CLIRunner.run(
      ["mark", "author-bio", "unverified", "--by", "Next"], in: scratch.url)
    #expect(mark.status == 0, "\(mark.stderr)")
    #expect(mark.stderr.hasPrefix("note: an interrupted write was rolled back"))
    let folder = scratch.url.appendingPathComponent("Ledger/articles/new-one").path
    #expect(!FileManager.default.fileExists(atPath: folder))
    #expect(try CLIRunner.run(["list"], in: scratch.url).status == 0)
    #expect(try add(scratch).status == 0)
  }

  @Test("a committed journal is not rolled forward over a file edited since; nothing is touched")
  func staleJournal() throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    let killed = try CLIRunner.run(
      ["mark", "banner-biden", "unverified", "--by", "Crashed"], in: scratch.url,
      environment: ["FACTLEDGER_TEST_FAULT": "committed"])
    #expect(killed.status == 9)
    let file = scratch.url.appendingPathComponent("\(claims)/banner-biden.json")
    let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
      of: "\"reviews\": []", with: "\"note\": \"edited after the crash\",\n  \"reviews\": []")
    try edited.write(to: file, atomically: true, encoding: .utf8)

    let next = try CLIRunner.run(
      ["mark", "author-bio", "unverified", "--by", "Next"], in: scratch.url)
    #expect(next.status == 2)
    #expect(
      next.stderr.contains("does not match 'articles/crespo-2020-05-27/claims/banner-biden.json'"))
    #expect(try String(contentsOf: file, encoding: .utf8) == edited)
  }

  @Test("a journal planted in the ledger fails lint (CI) and is only a warning for readers")
  func plantedJournal() throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    let journal = scratch.url.appendingPathComponent("Ledger/.factledger.journal")
    try #"{"state": "committed", "folders": [], "files": []}"#.write(
      to: journal, atomically: true, encoding: .utf8)
    let lint = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(lint.status == 2)
    #expect(lint.stderr.contains(".factledger.journal:1:1: error: an interrupted write is pending"))
    #expect(!lint.stderr.contains("warning: an interrupted write is pending"), "\(lint.stderr)")
    let list = try CLIRunner.run(["list"], in: scratch.url)
    #expect(list.status == 0)
    #expect(list.stderr.contains(": warning: an interrupted write is pending"))
    #expect(FileManager.default.fileExists(atPath: journal.path))
  }

  @Test("a text file named like the metadata is refused, so one write never names a file twice")
  func textFileNamedLikeMetadata() throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    let metadata = scratch.url.appendingPathComponent(
      "Ledger/articles/crespo-2020-05-27/article.json")
    let text = try String(contentsOf: metadata, encoding: .utf8)
    try text.replacingOccurrences(
      of: "\"textFile\": \"article.txt\"", with: "\"textFile\": \"article.json\""
    ).write(to: metadata, atomically: true, encoding: .utf8)
    let list = try CLIRunner.run(["list"], in: scratch.url)
    #expect(list.status == 2)
    #expect(
      list.stderr.contains(
        "'textFile' must be a file name in the article's folder, other than 'article.json'"))
  }
}
