import Foundation
import TestSupport
import Testing

/// What happens when the output cannot be written: a reader that went away ends the process as
/// `SIGPIPE` does, whether the signal is ignored or not; any other failure is an error, status 2;
/// never a crash with a stack trace.
@Suite("Output that cannot be written (the binary)")
struct OutputFailureTests {
  /// How a run ended, and what it wrote to stderr.
  struct Ending {
    var reason: Process.TerminationReason
    var status: Int32
    var stderr: String
  }

  /// Runs `factledger arguments` with `output` as its stdout; through a shell that ignores
  /// `SIGPIPE` (as some CI runners do, and every process they start inherits) when asked.
  private static func run(
    _ arguments: [String], output: Any, ignoringSIGPIPE: Bool = false,
    in directory: URL = CLIRunner.root
  ) throws -> Ending {
    let process = Process()
    if ignoringSIGPIPE {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments =
        ["-c", #"trap '' PIPE; exec "$0" "$@""#, CLIRunner.binary.path] + arguments
    } else {
      process.executableURL = CLIRunner.binary
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory
    process.standardOutput = output
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Ending(
      reason: process.terminationReason, status: process.terminationStatus,
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A pipe whose reading end is closed: whatever is written to it fails with `EPIPE`.
  private static func closedPipe() throws -> Pipe {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    return pipe
  }

  @Test(
    "a reader gone away ends the run by SIGPIPE with nothing on stderr, the signal ignored or not",
    arguments: [false, true])
  func readerGone(ignoringSIGPIPE: Bool) throws {
    let ending = try Self.run(
      ["lint", "--format", "json"], output: try Self.closedPipe(),
      ignoringSIGPIPE: ignoringSIGPIPE)
    #expect(ending.reason == .uncaughtSignal)
    #expect(ending.status == SIGPIPE)
    #expect(ending.stderr == "")
  }

  @Test("a full disk is an error naming the cause, status 2, not a crash")
  func fullDisk() throws {
    let full = try #require(
      FileHandle(forWritingAtPath: "/dev/full"), "no /dev/full on this system")
    let ending = try Self.run(["list", "--format", "json"], output: full)
    #expect(ending.reason == .exit)
    #expect(ending.status == 2)
    #expect(ending.stderr == "error: cannot write to standard output: No space left on device\n")
  }

  @Test("a closed standard output is an error, status 2")
  func closedOutput() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", #"exec "$0" "$@" >&-"#, CLIRunner.binary.path, "list"]
    process.currentDirectoryURL = CLIRunner.root
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(
      String(decoding: stderr, as: UTF8.self)
        == "error: cannot write to standard output: Bad file descriptor\n")
  }

  @Test(
    "with stdout and stderr closed, mark writes its review and nothing else into the ledger: no file it opens takes a stream's number"
  )
  func markWithClosedStreams() throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", #"exec "$0" "$@" >&- 2>&-"#, CLIRunner.binary.path, "mark",
      "kochkin-joint-design-work", "verified", "--by", "Desk",
    ]
    process.currentDirectoryURL = scratch.url
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    let verify = try CLIRunner.run(["verify"], in: scratch.url)
    #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    #expect(verify.stdout.contains("1 review on 1 claim"), "\(verify.stdout)")
    #expect(try CLIRunner.run(["validate"], in: scratch.url).status == 0)
  }

  @Test("a mark whose report finds no reader has still recorded its review once, the chain intact")
  func markWithNoReader() throws {
    let scratch = try TemporaryFolder()
    _ = try scratch.copyOfShippedLedger()
    let claim = "kochkin-joint-design-work"
    let ending = try Self.run(
      ["mark", claim, "verified", "--by", "Desk"], output: try Self.closedPipe(),
      ignoringSIGPIPE: true, in: scratch.url)
    #expect(ending.reason == .uncaughtSignal && ending.status == SIGPIPE)
    let history = try CLIRunner.run(["history", claim, "--format", "json"], in: scratch.url)
    let document =
      try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
    let reviews = document?["reviews"] as? [[String: Any]] ?? []
    #expect(reviews.compactMap { $0["reviewer"] as? String } == ["Desk"])
    #expect((document?["chain"] as? [String: Any])?["intact"] as? Bool == true)
    #expect(try CLIRunner.run(["verify"], in: scratch.url).status == 0)
  }
}

/// Output paths a user may type: one character (`x`, `-`), a bare name, a folder. Foundation's
/// path methods trapped on a one-character path (status 132, no message) in every command
/// that writes a file a user names.
@Suite("Output paths a user names (the binary)")
struct OutputPathTests {
  @Test(
    "a one-character or bare output path is written in the current folder, as a shell writes it",
    arguments: [
      ["export", "-o", "x"], ["export", "--format", "claimreview", "-o", "y"],
      ["lint", "--write-baseline", "-"], ["lint", "--write-baseline", "b.json"],
    ])
  func shortPath(arguments: [String]) throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 0 || result.status == 1, "\(result.status) \(result.stderr)")
    let written = scratch.url.appendingPathComponent(arguments.last!)
    #expect(FileManager.default.fileExists(atPath: written.path), "\(arguments)")
    let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
    #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
  }

  @Test(
    "a folder as the output file is refused, exit 2, naming it; nothing is written",
    arguments: [
      ["export", "--format", "claimreview", "-o", "."], ["lint", "--write-baseline", "d"],
    ])
  func folderTarget(arguments: [String]) throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    try FileManager.default.createDirectory(
      at: scratch.url.appendingPathComponent("d"), withIntermediateDirectories: true)
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("it is a folder; name a file"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/d").isEmpty)
  }

  @Test(
    "an output file in a folder that does not exist, or named with a final '/', is refused, exit 2, saying which",
    arguments: [
      (["export", "--format", "claimreview", "-o", "out/"], "a path ending in '/' names a folder"),
      (["lint", "--write-baseline", "new/"], "a path ending in '/' names a folder"),
      (
        ["export", "--format", "claimreview", "-o", "out/x.json"], "the folder 'out' does not exist"
      ),
      (["lint", "--write-baseline", "a/b/c.json"], "the folder 'a/b' does not exist"),
      (["lint", "--write-baseline", "f/c.json"], "'f' is not a folder"),
      (["lint", "--write-baseline", "f/g/c.json"], "a part of 'f/g' is a file, not a folder"),
    ])
  func missingFolder(arguments: [String], reason: String) throws {
    let scratch = try TemporaryFolder()
    try scratch.copyOfShippedLedger()
    try scratch.write("a file\n", to: "f")
    let before = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
    let result = try CLIRunner.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("'\(arguments.last!)': \(reason)"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == before)
  }

  @Test(
    "merge-driver names the file it cannot read and its part (%O, %A, %B), exit 2; OURS untouched",
    arguments: [
      (0, "the common ancestor's version (%O) 'gone': missing file"),
      (1, "this branch's version (%A) 'gone': missing file"),
      (2, "the other branch's version (%B) 'gone': missing file"),
    ])
  func mergeDriverMissingFile(missing: Int, message: String) throws {
    let scratch = try TemporaryFolder()
    let claim = try String(
      contentsOfFile: RepositoryPaths.ledger
        + "/articles/crespo-2020-05-27/claims/headline.json", encoding: .utf8)
    var files = ["O", "A", "B"]
    for name in files { try scratch.write(claim, to: name) }
    files[missing] = "gone"
    let result = try CLIRunner.run(
      ["merge-driver"] + files + ["Ledger/articles/a/claims/c.json"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr == "error: Ledger/articles/a/claims/c.json: cannot merge: \(message)\n",
      "\(result.stderr)")
    #expect(
      try String(contentsOf: scratch.url.appendingPathComponent("A"), encoding: .utf8) == claim)
  }

  @Test("merge-driver on three one-character file names merges, no crash")
  func mergeDriver() throws {
    let scratch = try TemporaryFolder()
    let claim = try String(
      contentsOfFile: RepositoryPaths.ledger
        + "/articles/crespo-2020-05-27/claims/headline.json", encoding: .utf8)
    for name in ["O", "A", "B"] { try scratch.write(claim, to: name) }
    let result = try CLIRunner.run(["merge-driver", "O", "A", "B"], in: scratch.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOfFile: scratch.path + "/A", encoding: .utf8) == claim)
  }
}
