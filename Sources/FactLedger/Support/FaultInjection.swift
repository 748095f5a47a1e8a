import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hooks that let the crash tests stop a writer at an exact point, as a power cut or `kill -9`
/// would. Inert unless the test's environment variable is set.
///
/// - `FACTLEDGER_TEST_FAULT=<point>` or `<point>:<count>`: the process kills itself with
///   SIGKILL at that point (the `count`-th time it is reached, for points reached once per file).
/// - `FACTLEDGER_TEST_PAUSE_BEFORE_RENAME=<seconds>`: once every temporary file is written and
///   flushed, before the write commits, writes `factledger: test pause before commit` to
///   stderr and sleeps, so a test can wait for that line and kill it from outside.
enum FaultInjection {
  private static let fault = ProcessInfo.processInfo.environment["FACTLEDGER_TEST_FAULT"]
  private static let pause = ProcessInfo.processInfo.environment[
    "FACTLEDGER_TEST_PAUSE_BEFORE_RENAME"
  ].flatMap(Double.init)

  /// Marks a point of a write; kills the process there when a test asks for it.
  static func point(_ name: String, count: Int? = nil) {
    guard let fault else { return }
    if fault == name || (count.map { fault == "\(name):\($0)" } ?? false) {
      kill(getpid(), SIGKILL)
    }
  }

  /// Marks the point before a write commits; pauses there when a test asks for it.
  static func beforeCommit() {
    if let pause {
      FileHandle.standardError.write(Data("factledger: test pause before commit\n".utf8))
      // Any value, however large, negative or not a number, sleeps within 0 and an hour, and a
      // signal held off by the write (`InterruptHold`) ends the pause.
      let seconds = pause.isFinite ? min(max(pause, 0), 3_600) : 0
      let end = Date().addingTimeInterval(seconds)
      while !InterruptHold.anyCaught, case let left = end.timeIntervalSinceNow, left > 0 {
        Thread.sleep(forTimeInterval: min(left, 0.02))
      }
    }
    point("before-commit")
  }
}
