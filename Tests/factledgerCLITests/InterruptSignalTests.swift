import Foundation
import TestSupport
import Testing

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP in the middle of a write: the writer undoes what it
/// made and stops as asked, so neither temporary files nor a pending journal are left for
/// `lint` to fail on.
@Suite("Signals in the middle of a write (the binary)")
struct InterruptSignalTests {
  @Test(
    "mark stopped by a signal before its commit leaves the ledger exactly as it was",
    arguments: [SIGINT, SIGTERM, SIGHUP])
  func mark(signal: Int32) throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let before = try TemporaryFolder.files(under: ledger)
    let writer = try #require(
      try PausedWriter(
        ["mark", "headline", "vostok-2018-tsugol", "verified", "--by", "Desk"], in: scratch.url),
      "the writer never reached its pause")
    let ended = writer.stop(with: signal)
    #expect(ended.bySignal)
    #expect(ended.status == signal)
    #expect(writer.stderr.contains("interrupted by signal \(signal); nothing was written"))
    #expect(try TemporaryFolder.files(under: ledger) == before)
    let lint = try CLIRunner.run(["lint"], in: scratch.url)
    #expect(!lint.stderr.contains("interrupted write"), "\(lint.stderr)")
  }

  @Test("a write started under nohup (SIGHUP ignored) is not stopped by SIGHUP")
  func nohup() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.appendingPathComponent("articles/crespo-2020-05-27/claims/headline.json")
    let before = try Data(contentsOf: file)
    let writer = try #require(
      try PausedWriter(
        ["mark", "headline", "verified", "--by", "Desk"], in: scratch.url, ignoring: [SIGHUP]),
      "the writer never reached its pause")
    // SIGHUP is ignored; SIGTERM then ends the pause early and stops it, as asked.
    kill(writer.processIdentifier, SIGHUP)
    Thread.sleep(forTimeInterval: 0.3)
    let ended = writer.stop(with: SIGTERM)
    #expect(ended == (true, SIGTERM))
    #expect(writer.stderr.contains("interrupted by signal \(SIGTERM)"), "\(writer.stderr)")
    #expect(try Data(contentsOf: file) == before)
  }

  @Test("export stopped by a signal before its renames leaves no temporary file behind")
  func export() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let writer = try #require(
      try PausedWriter(["export", "-o", "site/"], in: scratch.url),
      "the writer never reached its pause")
    let ended = writer.stop(with: SIGTERM)
    #expect(ended.bySignal && ended.status == SIGTERM)
    // The folder the export made is gone too: nothing was written.
    let site = scratch.url.appendingPathComponent("site")
    #expect(!FileManager.default.fileExists(atPath: site.path))
    #expect(writer.stderr.contains("nothing was written"))
  }

  @Test("an export to a FIFO no reader opens still stops on SIGTERM")
  func fifo() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let fifo = scratch.url.appendingPathComponent("fifo").path
    try #require(mkfifo(fifo, 0o600) == 0)
    let writer = try #require(
      try PausedWriter(
        ["export", "--format", "claimreview", "-o", fifo], in: scratch.url, pausing: false))
    // Its open of the FIFO waits for a reader; give it time to get there.
    Thread.sleep(forTimeInterval: 1)
    let ended = writer.stop(with: SIGTERM, within: 10)
    #expect(ended.map { $0 == (true, SIGTERM) } ?? false, "the export did not stop on SIGTERM")
    if ended == nil {
      // Open the FIFO for it, so the test does not leave it waiting.
      let reader = open(fifo, O_RDONLY | O_NONBLOCK)
      _ = writer.stop(with: SIGKILL)
      close(reader)
    }
  }
}
