import Foundation

// The libFuzzer entry point. `.ci/fuzz` compiles this file with the library's sources and the
// harnesses in `Tests/FactLedgerTests/Fuzz/` into one module (`-D FACTLEDGER_FUZZ`), so the
// harnesses reach the library's internal API. `FACTLEDGER_FUZZ_TARGET` names the harness.

private let harness: FuzzHarness = {
  let name = ProcessInfo.processInfo.environment["FACTLEDGER_FUZZ_TARGET"] ?? ""
  guard let harness = FuzzHarness(rawValue: name) else {
    let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
    fatalError("set FACTLEDGER_FUZZ_TARGET to one of \(names), not '\(name)'")
  }
  return harness
}()

/// A folder of this process's own for the harnesses that write files.
private let scratch: String = {
  let path =
    NSTemporaryDirectory() + "/factledger-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    try harness.run(bytes, scratch: scratch)
  } catch {
    fatalError("\(harness.rawValue): \(error)")
  }
  return 0
}
