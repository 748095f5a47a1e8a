import Foundation
import TestSupport
import Testing

/// Files the tool reads or writes stay inside the ledger, and hostile sizes are refused before
/// they cost memory.
@Suite("factledger stays inside the ledger and its limits (the binary)")
struct LedgerContainmentTests {
  private let claims = "Ledger/articles/crespo-2020-05-27/claims"
  private let claim = "kochkin-joint-design-work"

  /// A scratch folder with a copy of the shipped ledger and a private file beside it.
  private func ledgerWithSecret() throws -> (TemporaryFolder, URL) {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let secret = scratch.url.appendingPathComponent("runner-secret.json")
    try #"{"token": "SECRET-TOKEN-1234"}"#.write(to: secret, atomically: true, encoding: .utf8)
    return (scratch, secret)
  }

  @Test("a claim file linked to a file outside the ledger is refused, its contents never shown")
  func claimLinkedOutside() throws {
    let (scratch, secret) = try ledgerWithSecret()
    let link = scratch.url.appendingPathComponent("\(claims)/stolen.json")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: secret)

    for command in [["list"], ["lint"], ["check"], ["verify"], ["validate"]] {
      let result = try CLIRunner.run(command, in: scratch.url)
      #expect(result.status == 2, "\(command)")
      #expect(
        result.stderr.contains(
          "\(claims)/stolen.json:1:1: error: a symbolic link leads outside the ledger"),
        "\(command): \(result.stderr)")
      #expect(!result.stderr.contains("SECRET") && !result.stdout.contains("SECRET"), "\(command)")
    }
    // Asked for, the link is followed (and the file is then an ordinary broken claim).
    let followed = try CLIRunner.run(["list", "--follow-links"], in: scratch.url)
    #expect(followed.status == 2)
    #expect(!followed.stderr.contains("leads outside the ledger"))
  }

  @Test(
    "evidence the policy names, linked outside the ledger, is refused; evidence a user names is read"
  )
  func policyEvidenceLinkedOutside() throws {
    let (scratch, _) = try ledgerWithSecret()
    let manager = FileManager.default
    let named = scratch.url.appendingPathComponent("Ledger/evidence/crespo-2020-05-27.json")
    let outside = scratch.url.appendingPathComponent("outside-evidence.json")
    try manager.moveItem(at: named, to: outside)
    try manager.createSymbolicLink(at: named, withDestinationURL: outside)

    let refused = try CLIRunner.run(["check"], in: scratch.url)
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains(
        "error: Ledger/evidence/crespo-2020-05-27.json: a symbolic link leads outside the ledger"),
      "\(refused.stderr)")
    let given = try CLIRunner.run(["check", "--evidence", outside.path], in: scratch.url)
    #expect(given.status == 0, "\(given.stderr)")
  }

  @Test("a claims folder linked outside the ledger is neither read nor written by mark")
  func claimsFolderLinkedOutside() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let manager = FileManager.default
    let outside = scratch.url.appendingPathComponent("outside-claims")
    let folder = scratch.url.appendingPathComponent(claims)
    try manager.moveItem(at: folder, to: outside)
    try manager.createSymbolicLink(at: folder, withDestinationURL: outside)
    let before = try Data(contentsOf: outside.appendingPathComponent("\(claim).json"))

    let result = try CLIRunner.run(["mark", claim, "verified", "--by", "Desk"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("\(claims):1:1: error: a symbolic link leads outside the ledger"))
    #expect(try Data(contentsOf: outside.appendingPathComponent("\(claim).json")) == before)
    #expect(try manager.contentsOfDirectory(atPath: outside.path).allSatisfy { !$0.hasPrefix(".") })
  }

  @Test("a claim file linked to another file inside the ledger stays a link when marked")
  func linkInsideStaysALink() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let manager = FileManager.default
    let file = scratch.url.appendingPathComponent("\(claims)/\(claim).json")
    let kept = scratch.url.appendingPathComponent("Ledger/kept/\(claim).json")
    try manager.createDirectory(
      at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
    try manager.moveItem(at: file, to: kept)
    try manager.createSymbolicLink(
      atPath: file.path, withDestinationPath: "../../../kept/\(claim).json")

    let result = try CLIRunner.run(["mark", claim, "verified", "--by", "Desk"], in: scratch.url)
    #expect(result.status == 0, "\(result.stderr)")
    let attributes = try manager.attributesOfItem(atPath: file.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(try String(contentsOf: kept, encoding: .utf8).contains("\"reviewer\": \"Desk\""))
    #expect(try CLIRunner.run(["verify"], in: scratch.url).status == 0)
  }

  @Test(
    "a string longer than the limit is refused, naming the limit and its setting; the policy can raise it"
  )
  func stringLimit() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.appendingPathComponent("articles/crespo-2020-05-27/claims/\(claim).json")
    let text = try String(contentsOf: file, encoding: .utf8)
    let long = String(repeating: "x", count: 2 << 20)
    try text.replacingOccurrences(of: "\"note\": \"", with: "\"note\": \"\(long)")
      .write(to: file, atomically: true, encoding: .utf8)

    let refused = try CLIRunner.run(["list"], in: scratch.url)
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains(
        "error: a string of more than 1048576 bytes goes past the limit of 1048576 (limits.maxStringBytes in factledger.json) [input-limit]"
      ), "\(refused.stderr)")

    let policy = ledger.appendingPathComponent("factledger.json")
    let raised = try String(contentsOf: policy, encoding: .utf8).replacingOccurrences(
      of: "\"version\": 1,", with: "\"version\": 1,\n  \"limits\": {\"maxStringBytes\": 4194304},")
    try raised.write(to: policy, atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["list"], in: scratch.url).status == 0)
  }

  @Test("a 1 GiB claim or evidence file is refused before it is read, in under 64 MiB of memory")
  func hugeFiles() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let huge = scratch.url.appendingPathComponent("huge.json")
    #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("[".utf8)))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 1 << 30)  // sparse: 1 GiB that takes no disk
    try handle.close()

    let report = scratch.url.appendingPathComponent("peak.txt")
    /// Runs the binary and returns its exit status and its own peak resident memory in bytes.
    func peak(_ arguments: [String]) throws -> (Int32, Int) {
      let result = try CLIRunner.run(
        arguments, in: scratch.url, environment: ["FACTLEDGER_TEST_PEAK_MEMORY": report.path])
      let line = try String(contentsOf: report, encoding: .utf8)  // "VmHWM:    26484 kB"
      let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? .max
      return (result.status, kibibytes * 1024)
    }

    let (evidenceStatus, evidencePeak) = try peak(["check", "--evidence", huge.path])
    #expect(evidenceStatus == 2)
    #expect(evidencePeak < 64 << 20, "peak \(evidencePeak) bytes")

    let claimFile = ledger.appendingPathComponent("articles/crespo-2020-05-27/claims/huge.json")
    try FileManager.default.moveItem(at: huge, to: claimFile)
    let (claimStatus, claimPeak) = try peak(["list"])
    #expect(claimStatus == 2)
    #expect(claimPeak < 64 << 20, "peak \(claimPeak) bytes")

    let message = try CLIRunner.run(["list"], in: scratch.url).stderr
    #expect(
      message.contains(
        "huge.json:1:1: error: refused before reading: the file has 1073741824 bytes, more than the limit of 16777216 (limits.maxFileBytes in factledger.json) [input-limit]"
      ), "\(message)")
  }
}
