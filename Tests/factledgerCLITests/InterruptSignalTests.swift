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

  @Test("export stopped by a signal before its renames leaves no temporary file behind")
  func export() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let writer = try #require(
      try PausedWriter(["export", "-o", "site/"], in: scratch.url),
      "the writer never reached its pause")
    let ended = writer.stop(with: SIGTERM)
    #expect(ended.bySignal && ended.status == SIGTERM)
    let site = scratch.url.appendingPathComponent("site")
    let left = (try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? []
    #expect(left.isEmpty, "\(left)")
  }
}
