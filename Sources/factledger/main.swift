import FactLedger
import Foundation

let exitCode = FactLedgerCommand.run(
  Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
exit(exitCode.rawValue)
