import FactLedger
import Foundation

// Before anything opens a descriptor: closed standard streams are held on /dev/null.
_ = StandardStream.closedAtStart
let environment = ProcessInfo.processInfo.environment
let exitCode = FactLedgerCommand.run(
  Array(CommandLine.arguments.dropFirst()), environment: environment)
if let path = environment["FACTLEDGER_TEST_PEAK_MEMORY"] {
  // For the memory tests: this process's own peak resident memory (VmHWM, counted from exec,
  // unlike a parent's view through wait4, which includes what it shared before exec).
  let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
  let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
  try? String(peak ?? "VmHWM: unknown").write(toFile: path, atomically: true, encoding: .utf8)
}
exit(exitCode.rawValue)
