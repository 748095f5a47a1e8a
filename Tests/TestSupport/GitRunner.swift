import Foundation

/// Runs git in a test's scratch folder, as a user would: with a committer set and signing off,
/// whatever the machine's configuration.
public enum GitRunner {
  /// What git printed and how it ended.
  public struct Result {
    public var stdout: String
    public var status: Int32
  }

  /// Whether `git` is on `PATH`: the suites that need it are skipped, saying so, without it.
  public static let isAvailable: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/git")
    }
  }()

  /// Runs `git arguments` in `folder`.
  @discardableResult
  public static func run(_ arguments: [String], in folder: URL) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c",
        "commit.gpgsign=false", "-c", "init.defaultBranch=main",
      ] + arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(stdout: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
  }
}
