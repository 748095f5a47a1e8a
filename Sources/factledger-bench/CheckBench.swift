import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `factledger-bench --check`: whole `factledger check` commands, as a user runs them, beside
/// a Python baseline doing the same checks naively (`Tests/Benchmarks/naive_check.py`), on
/// synthetic ledgers in the real layout (`Tests/Benchmarks/make_ledger.py`: articles of the
/// shipped article's claims, 2 evidence items per claim), in one run, printing the ratios; and,
/// where Python has `jsonschema`, beside the same checker validating every file first
/// (`naive_check.py --validate`), as `check` does.
enum CheckBench {
  /// One measured process: wall-clock seconds and its peak resident memory.
  struct Run {
    var seconds: Double
    var peakMegabytes: Double
  }

  /// Runs the benchmark at each of `scales` (claim counts), `repeats` times each (the median
  /// is shown), with `binary`, or by default `factledger` from the bench's own folder.
  static func run(scales: [Int], repeats: Int, ledger: String, binary: String? = nil) {
    let binary =
      binary
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("factledger").path
    let scripts = "Tests/Benchmarks"
    guard FileManager.default.isExecutableFile(atPath: binary),
      FileManager.default.fileExists(atPath: scripts + "/naive_check.py")
    else {
      fail("run from the repository's root after 'swift build -c release' (needs \(binary))")
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "factledger-bench-check-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    var load = [Double](repeating: 0, count: 3)
    _ = getloadavg(&load, 3)
    print(
      "factledger-bench --check: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(String(format: "%.2f %.2f %.2f", load[0], load[1], load[2])), median of \(repeats)"
    )
    let validates = measure(["python3", "-c", "import jsonschema, referencing"]) != nil
    print(
      "claims    input MB  factledger check           µs/claim  peak/input  Python naive      ratio   Python + jsonschema  ratio"
    )
    for claims in scales {
      let folder = scratch + "/\(claims)"
      guard
        measure([
          "python3", scripts + "/make_ledger.py", "--claims", "\(claims)",
          "--ledger", ledger, "--out", folder,
        ]) != nil
      else { fail("could not generate a ledger of \(claims) claims") }
      let root = folder + "/Ledger"
      let swift = median(repeats) {
        measure([binary, "check", "--ledger", root, "--format", "json"], okExits: [0, 1])
      }
      let python = median(repeats) { measure(["python3", scripts + "/naive_check.py", root]) }
      let validating =
        validates
        ? median(repeats) { measure(["python3", scripts + "/naive_check.py", "--validate", root]) }
        : nil
      let input = megabytes(under: root)
      var line = String(
        format: "%-9d %8.0f  %7.2f s %7.0f MB  %8.1f  %9.1fx  %7.2f s  %7.1fx", claims, input,
        swift.seconds, swift.peakMegabytes, swift.seconds / Double(claims) * 1e6,
        swift.peakMegabytes / input, python.seconds, python.seconds / swift.seconds)
      line +=
        validating.map {
          String(format: "   %8.2f s       %7.1fx", $0.seconds, $0.seconds / swift.seconds)
        } ?? "   (no jsonschema: python3 -m pip install jsonschema)"
      print(line)
      try? FileManager.default.removeItem(atPath: folder)
    }
  }

  /// The size of every file under `folder`, in megabytes (10^6 bytes): the input `check` reads.
  private static func megabytes(under folder: String) -> Double {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
    var bytes = 0
    while let name = walker.nextObject() as? String {
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
      if attributes?[.type] as? FileAttributeType == .typeRegular {
        bytes += (attributes?[.size] as? Int) ?? 0
      }
    }
    return Double(bytes) / 1e6
  }

  private static func median(_ repeats: Int, _ body: () -> Run?) -> Run {
    var runs: [Run] = []
    for _ in 0..<repeats {
      guard let run = body() else { fail("a measured command failed") }
      runs.append(run)
    }
    runs.sort { $0.seconds < $1.seconds }
    return runs[runs.count / 2]
  }

  /// Runs `command` (found on PATH) with its output discarded; `nil` when it fails.
  static func measure(_ command: [String], okExits: Set<Int32> = [0]) -> Run? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let arguments = command.map { strdup($0) } + [nil]
    defer { for argument in arguments { free(argument) } }
    fflush(nil)
    let start = DispatchTime.now().uptimeNanoseconds
    var pid: pid_t = 0
    guard posix_spawnp(&pid, command[0], &actions, nil, arguments, environ) == 0 else {
      return nil
    }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let exited = status & 0x7f == 0
    guard exited, okExits.contains((status >> 8) & 0xff) else { return nil }
    // Megabytes here are 10^6 bytes, as the input's are (the two were once divided in
    // different units, 5% in the peak's favour). Linux gives ru_maxrss in kibibytes (1,024
    // bytes), macOS in bytes.
    #if os(macOS)
      let peakBytes = Double(usage.ru_maxrss)
    #else
      let peakBytes = Double(usage.ru_maxrss) * 1024
    #endif
    return Run(seconds: seconds, peakMegabytes: peakBytes / 1e6)
  }
}
