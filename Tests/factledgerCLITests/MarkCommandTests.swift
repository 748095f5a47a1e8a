import Foundation
import TestSupport
import Testing

@Suite("factledger mark (the binary)")
struct MarkCommandTests {
  private let claim = "kochkin-joint-design-work"
  private var claimFile: String { "Ledger/articles/crespo-2020-05-27/claims/\(claim).json" }

  /// An environment with no reviewer anywhere: no variable, no git identity.
  private func noReviewer(_ scratch: TemporaryFolder) -> [String: String] {
    [
      "FACTLEDGER_REVIEWER": "", "HOME": scratch.url.path, "GIT_CONFIG_NOSYSTEM": "1",
      "GIT_CONFIG_GLOBAL": "/dev/null",
    ]
  }

  @Test("20 processes marking the same claim at once leave 20 reviews and an intact chain")
  func concurrentWriters() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    var processes: [Process] = []
    for index in 0..<20 {
      let process = Process()
      process.executableURL = CLIRunner.binary
      process.arguments = [
        "mark", claim, "unverified", "--by", "Writer \(index)", "--note", "run \(index)",
        "--lock-timeout", "60",
      ]
      process.currentDirectoryURL = scratch.url
      process.standardOutput = FileHandle.nullDevice
      processes.append(process)
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    let history = try CLIRunner.run(["history", claim, "--format", "json"], in: scratch.url)
    #expect(history.status == 0)
    let document =
      try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
    let reviews = document?["reviews"] as? [[String: Any]] ?? []
    #expect(reviews.count == 20)
    #expect(Set(reviews.compactMap { $0["reviewer"] as? String }).count == 20)
    #expect((document?["chain"] as? [String: Any])?["intact"] as? Bool == true)
  }

  @Test(
    "a writer killed with SIGKILL in the middle of a write leaves the previous file intact and loadable"
  )
  func killedWriter() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(claimFile)
    let before = try Data(contentsOf: file)
    let writer = try #require(
      try PausedWriter(["mark", claim, "verified", "--by", "Doomed"], in: scratch.url),
      "the writer never reached its pause")
    #expect(writer.stop(with: SIGKILL) == (true, SIGKILL))
    #expect(try Data(contentsOf: file) == before)
    let verify = try CLIRunner.run(["verify"], in: scratch.url)
    #expect(verify.status == 0)
    // The next writer is not blocked by the dead one's lock.
    #expect(
      try CLIRunner.run(
        ["mark", claim, "verified", "--by", "Next", "--lock-timeout", "5"], in: scratch.url
      ).status == 0)
  }

  @Test("with no reviewer from --by, FACTLEDGER_REVIEWER or git, mark refuses and writes nothing")
  func reviewerRequired() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(claimFile)
    let before = try Data(contentsOf: file)
    let refused = try CLIRunner.run(
      ["mark", claim, "verified"], in: scratch.url, environment: noReviewer(scratch))
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains(
        "no reviewer: pass --by NAME, set FACTLEDGER_REVIEWER, or set git config user.name"))
    #expect(try Data(contentsOf: file) == before)
    var environment = noReviewer(scratch)
    environment["FACTLEDGER_REVIEWER"] = "Night desk"
    let marked = try CLIRunner.run(
      ["mark", claim, "verified"], in: scratch.url, environment: environment)
    #expect(marked.stdout.hasPrefix("marked \(claim) verified by Night desk, review "))
  }

  @Test("an unknown --reason code is refused with the allowed codes, and nothing is written")
  func unknownReason() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(claimFile)
    let before = try Data(contentsOf: file)
    let result = try CLIRunner.run(
      ["mark", claim, "disputed", "--by", "Desk", "--reason", "date-mismatchh"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "error: reason 'date-mismatchh' is not a reason code; use one of: misquote, date-mismatch, "
      ))
    #expect(result.stderr.contains(", review-disagrees; nothing was written\n"))
    #expect(try Data(contentsOf: file) == before)
  }

  @Test("an --evidence id no evidence file of the policy has is a warning; the review is written")
  func unknownEvidence() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let file = scratch.url.appendingPathComponent(claimFile)
    let before = try Data(contentsOf: file)
    let result = try CLIRunner.run(
      [
        "mark", claim, "verified", "--by", "Desk", "--evidence",
        "ev-axios-gulf-of-oman-drills,ev-no-such-item",
      ], in: scratch.url)
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "warning: evidence 'ev-no-such-item' is in no evidence file of factledger.json (evidence/crespo-2020-05-27.json)\n"
    )
    #expect(try Data(contentsOf: file) != before)
    let known = try CLIRunner.run(
      ["mark", claim, "unverified", "--by", "Desk", "--evidence", "ev-axios-gulf-of-oman-drills"],
      in: scratch.url)
    #expect(known.status == 0)
    #expect(known.stderr.isEmpty)
  }

  @Test("with no evidence files in the policy, an --evidence id is not questioned")
  func noEvidenceFiles() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let policy = ledger.appendingPathComponent("factledger.json")
    let text = try String(contentsOf: policy, encoding: .utf8)
    try text.replacingOccurrences(
      of: ",\n  \"evidence\": [\n    \"evidence/crespo-2020-05-27.json\"\n  ]", with: ""
    ).write(to: policy, atomically: true, encoding: .utf8)
    #expect(try String(contentsOf: policy, encoding: .utf8) != text)
    let result = try CLIRunner.run(
      ["mark", claim, "verified", "--by", "Desk", "--evidence", "ev-no-such-item"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }

  @Test(
    "a read-only ledger gives a clear error and changes nothing",
    .enabled(
      if: PrivateMount.isAvailable,
      "needs unshare(1) to mount a read-only file system; skipped where it is unavailable"))
  func readOnlyLedger() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let mountPoint = scratch.url.appendingPathComponent("ro")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    // In a private mount namespace: a tmpfs holding a copy of the ledger, remounted read-only.
    let script = """
      mount -t tmpfs tmpfs "$1" && cp -R "$2" "$1/Ledger" && mount -o remount,ro "$1" && \
      cd "$1" && "$3" mark \(claim) verified --by Desk; echo "status $?"; \
      "$3" verify >/dev/null && echo "still loadable"
      """
    let (output, errors) = try PrivateMount.run(
      script, arguments: [mountPoint.path, ledger.path, CLIRunner.binary.path])
    #expect(output.contains("status 2"))
    #expect(output.contains("still loadable"))
    #expect(
      errors
        == "error: cannot lock the ledger (Ledger/.factledger.lock): Read-only file system; nothing was written\n"
    )
  }
}
