import Foundation

/// Runs a shell script in a private user and mount namespace (`unshare -r -m`), where it may
/// mount a small or read-only file system to test what the tool does on one.
public enum PrivateMount {
  /// Whether `unshare -r -m` works here; tests that need it are skipped, saying so, when not.
  public static let isAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-r", "-m", "true"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// Runs `script` with `sh -c` in the namespace, its `$1`, `$2`... set to `arguments`, and
  /// returns what it printed.
  public static func run(_ script: String, arguments: [String]) throws -> (
    stdout: String, stderr: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-r", "-m", "sh", "-c", script, "sh"] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (output, errors)
  }
}
