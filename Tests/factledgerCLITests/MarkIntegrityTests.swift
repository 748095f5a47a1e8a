import Foundation
import TestSupport
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
    let scratch = try TemporaryFolder()
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
    let scratch = try TemporaryFolder()
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

/// A mark of several claims is written all or nothing, whatever stops it.
@Suite("factledger mark writes all or nothing (the binary)")
struct MarkAtomicityTests {
  private let folder = "Ledger/articles/crespo-2020-05-27/claims"
  private let marked = ["geng-credential", "kochkin-credential", "putin-credential"]

  private func contents(_ scratch: TemporaryFolder, _ id: String) throws -> String {
    try String(
      contentsOf: scratch.url.appendingPathComponent("\(folder)/\(id).json"), encoding: .utf8)
  }

  private func reviewCount(_ scratch: TemporaryFolder, _ id: String) throws -> Int {
    try contents(scratch, id).components(separatedBy: "\"reviewer\": ").count - 1
  }

  private func hiddenFiles(_ scratch: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: scratch.url.appendingPathComponent(folder).path
    ).filter { $0.hasPrefix(".") }
  }

  /// Runs mark on `marked`, killed by the fault hook at `point`.
  private func killedMark(at point: String, in scratch: TemporaryFolder) throws -> CLIRunner.Result
  {
    try CLIRunner.run(
      ["mark"] + marked + ["verified", "--by", "Interrupted"], in: scratch.url,
      environment: ["FACTLEDGER_TEST_FAULT": point])
  }

  @Test(
    "killed before it commits: no claim changes; the next writer rolls it back; a retry marks each once"
  )
  func killedBeforeCommit() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let before = try marked.map { try contents(scratch, $0) }

    let killed = try killedMark(at: "temporary-written:2", in: scratch)
    #expect(killed.status == 9)  // SIGKILL
    #expect(try marked.map { try contents(scratch, $0) } == before)
    #expect(try hiddenFiles(scratch).count == 2)  // its temporary files, until the next writer
    #expect(try CLIRunner.run(["list"], in: scratch.url).status == 0)

    let next = try CLIRunner.run(
      ["mark", "tahani-credential", "unverified", "--by", "Next"], in: scratch.url)
    #expect(next.status == 0)
    #expect(
      next.stderr
        == "note: an interrupted write was rolled back: it had replaced none of its 3 files, and its temporary files were removed\n"
    )
    #expect(try hiddenFiles(scratch).isEmpty)
    #expect(try marked.map { try contents(scratch, $0) } == before)

    let retry = try CLIRunner.run(
      ["mark"] + marked + ["verified", "--by", "Retry"], in: scratch.url)
    #expect(retry.status == 0)
    #expect(try marked.map { try reviewCount(scratch, $0) } == [1, 1, 1])
    #expect(try CLIRunner.run(["verify"], in: scratch.url).status == 0)
  }

  @Test("killed between its renames after it commits: the next writer completes it, once")
  func killedAfterCommit() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()

    let killed = try killedMark(at: "renamed:1", in: scratch)
    #expect(killed.status == 9)
    #expect(try marked.map { try reviewCount(scratch, $0) } == [1, 0, 0])
    let journal = scratch.url.appendingPathComponent("Ledger/.factledger.journal")
    #expect(try String(contentsOf: journal, encoding: .utf8).contains("\"state\": \"committed\""))

    let next = try CLIRunner.run(
      ["mark", "tahani-credential", "unverified", "--by", "Next"], in: scratch.url)
    #expect(next.status == 0)
    #expect(
      next.stderr
        == "note: an interrupted write had committed and was completed: 3 files put in place\n")
    #expect(try marked.map { try reviewCount(scratch, $0) } == [1, 1, 1])
    #expect(!FileManager.default.fileExists(atPath: journal.path))
    #expect(try hiddenFiles(scratch).isEmpty)
    #expect(try CLIRunner.run(["verify"], in: scratch.url).status == 0)
  }

  @Test("temporary files left by a writer killed before journals existed are removed by the next")
  func strayTemporaryFiles() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let stray = scratch.url.appendingPathComponent("\(folder)/.geng-credential.json.4242.tmp")
    try "{ half a file".write(to: stray, atomically: true, encoding: .utf8)

    let next = try CLIRunner.run(
      ["mark", "tahani-credential", "unverified", "--by", "Next"], in: scratch.url)
    #expect(next.status == 0)
    #expect(next.stderr.contains("rolled back"))
    #expect(try hiddenFiles(scratch).isEmpty)
  }

  @Test("a journal planted to point outside the ledger is refused, and nothing is moved")
  func plantedJournal() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let journal = scratch.url.appendingPathComponent("Ledger/.factledger.journal")
    try """
    {"state": "committed", "files": [{"temporary": "../victim.tmp", "target": "../victim"}]}
    """.write(to: journal, atomically: true, encoding: .utf8)

    let next = try CLIRunner.run(
      ["mark", "tahani-credential", "unverified", "--by", "Next"], in: scratch.url)
    #expect(next.status == 2)
    #expect(next.stderr.contains("the journal of an interrupted write cannot be used"))
    #expect(try reviewCount(scratch, "tahani-credential") == 0)
  }

  @Test(
    "out of disk space part-way: a clear error, no claim changed, nothing left behind",
    .enabled(
      if: PrivateMount.isAvailable,
      "needs unshare(1) to mount a small file system; skipped where it is unavailable"))
  func diskFull() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let mountPoint = scratch.url.appendingPathComponent("small")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    // A 1 MiB tmpfs holding the ledger, filled up but for three pages: the journal and the first
    // temporary file fit, the next does not.
    let ids = marked.joined(separator: " ")
    let script = """
      mount -t tmpfs -o size=1m tmpfs "$1" && cp -R "$2" "$1/Ledger" && cd "$1" && \
      (dd if=/dev/zero of=fill bs=4096 2>/dev/null; true) && truncate -s -12K fill && \
      "$3" mark \(ids) verified --by Desk; echo "status $?"; \
      ls -A Ledger/articles/crespo-2020-05-27/claims | grep '^\\.' ; ls -A Ledger | grep journal; \
      rm fill; grep -c reviewer Ledger/articles/crespo-2020-05-27/claims/*-credential.json | grep -v ':0$'; \
      "$3" verify >/dev/null && echo "still loadable"
      """
    let (output, errors) = try PrivateMount.run(
      script, arguments: [mountPoint.path, ledger.path, CLIRunner.binary.path])
    #expect(output == "status 2\nstill loadable\n", "\(output)")
    #expect(errors.contains("No space left on device; no claim was changed"), "\(errors)")
  }
}
