import Foundation

/// Runs the built `factledger` binary and captures what it prints, as a user would see it.
public enum CLIRunner {
  /// What a run printed, and how it ended.
  public struct Result {
    public var stdout: String
    public var stderr: String
    public var status: Int32
    /// Whether the run was still going at its time limit and was stopped (`status` is then
    /// the signal's): a command that waits for ever fails its test instead of hanging it.
    public var timedOut = false
  }

  /// The package root.
  public static let root = RepositoryPaths.root

  /// The binary beside the test bundle (SwiftPM builds it because the tests depend on it).
  public static let binary: URL = {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("factledger")
      }
    #endif
    return Bundle.main.bundleURL.appendingPathComponent("factledger")
  }()

  /// Runs `factledger arguments` in `directory` with `environment` added to a clean one, and
  /// `input`, when given, on its standard input; stops it after `timeLimit` seconds.
  public static func run(
    _ arguments: [String], in directory: URL = root, environment: [String: String] = [:],
    input: Data? = nil, timeLimit: Double = 600
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var base = ProcessInfo.processInfo.environment
    base.removeValue(forKey: "FACTLEDGER_LEDGER")
    base.removeValue(forKey: "COLUMNS")
    process.environment = base.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = input.map { _ in Pipe() }
    if let stdin { process.standardInput = stdin }
    let ended = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in ended.signal() }
    try process.run()
    // Both pipes are read on their own threads from the start, so neither can fill and stall
    // the run while the input is written or the other is read.
    nonisolated(unsafe) var (outData, errData) = (Data(), Data())
    let reading = DispatchGroup()
    DispatchQueue.global().async(group: reading) {
      outData = out.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: reading) {
      errData = err.fileHandleForReading.readDataToEndOfFile()
    }
    if let stdin, let input {
      stdin.fileHandleForWriting.write(input)
      try stdin.fileHandleForWriting.close()
    }
    let finished = ended.wait(timeout: .now() + timeLimit) == .success
    if !finished {
      process.terminate()
      ended.wait()
    }
    reading.wait()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus, timedOut: !finished)
  }
}
