import FactLedger
import Foundation

// factledger-bench: generates a synthetic ledger at scale from the shipped one and measures
// loading (parse, schema validation, decoding, cross-checks on all cores), and each stage
// alone, beside a plain Python baseline (json.load of the same files) measured in the same run.
// With --check, it times whole `factledger check` commands against a naive Python checker
// instead (`CheckBench`): at 10,000, 100,000 and 200,000 claims, or 1,000 and 2,000 with
// --scale small, beside Python with and without jsonschema validation.
//
//   swift run -c release factledger-bench [--claims N] [--ledger DIR]
//   swift build -c release && .build/release/factledger-bench --check [--scale small]
//     [--claims N,N...] [--repeats N] [--binary PATH-TO-factledger]
//   swift build -c release && .build/release/factledger-bench --extract [--scale small]

let arguments = CommandLine.arguments
let usage = """
  USAGE: factledger-bench [--claims N] [--ledger DIR]
         factledger-bench --check [--scale small] [--claims N,N...] [--repeats N] [--binary PATH]
         factledger-bench --extract [--scale small] [--copies N,N...] [--repeats N] [--binary PATH]

  Without --check: generates a synthetic ledger of N claims (default 100000) from the ledger at
  DIR (default ./Ledger) and times loading it on all cores and each stage on one core (parsing,
  schema validation, decoding), beside Foundation's JSONSerialization and Python's json.load.

  With --check: times whole `factledger check` commands (the binary beside this one, or PATH)
  at 10000, 100000 and 200000 claims (1000 and 2000 with --scale small; or the sizes given),
  beside Tests/Benchmarks/naive_check.py with and without jsonschema validation, printing
  seconds, microseconds per claim, peak memory over input size and the ratios. --repeats N
  takes the median of N runs.

  With --extract: times whole `factledger extract --stdout` commands on articles made of the
  shipped article's text written out 10, 20 and 40 times (2 and 4 with --scale small; or the
  counts given), in its paragraphs and as one paragraph, printing seconds, milliseconds per KB
  and how the time grows with the text (1.00x is linear).

  Run it from the repository root, built for release:
    swift build -c release && .build/release/factledger-bench --check
  """
let valueOptions: Set = ["--claims", "--ledger", "--scale", "--repeats", "--binary", "--copies"]
if arguments.contains("--help") || arguments.contains("-h") {
  print(usage)
  exit(0)
}
var argumentProblems: [String] = []
var position = 1
while position < arguments.count {
  let argument = arguments[position]
  if valueOptions.contains(argument) {
    if position + 1 >= arguments.count { argumentProblems.append("'\(argument)' needs a value") }
    position += 2
  } else {
    if argument != "--check", argument != "--extract" {
      argumentProblems.append("unknown argument '\(argument)'")
    }
    position += 1
  }
}
// Counts are whole numbers above 0, comma-separated where several are taken: none is dropped.
for name in ["--claims", "--copies", "--repeats"] {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { continue }
  let value = arguments[index + 1]
  if value.split(separator: ",", omittingEmptySubsequences: false).contains(where: {
    (Int($0) ?? 0) <= 0
  }) {
    argumentProblems.append(
      "'\(name)' takes whole numbers above 0, comma-separated; not '\(value)'")
  }
}
if !argumentProblems.isEmpty {
  let lines = argumentProblems.map { "factledger-bench: error: \($0)\n" }.joined()
  FileHandle.standardError.write(Data("\(lines)\n\(usage)\n".utf8))
  exit(2)
}
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap {
    arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil
  }
}
let claimCount = option("--claims").flatMap(Int.init) ?? 100_000
let sourceLedger = option("--ledger") ?? "Ledger"

if arguments.contains("--check") {
  let isSmall = option("--scale") == "small"
  let scales =
    option("--claims").map { $0.split(separator: ",").compactMap { Int($0) } }
    ?? (isSmall ? [1_000, 2_000] : [10_000, 100_000, 200_000])
  let repeats = option("--repeats").flatMap(Int.init) ?? 1
  CheckBench.run(
    scales: scales, repeats: repeats, ledger: sourceLedger, binary: option("--binary"))
  exit(0)
}
if arguments.contains("--extract") {
  let copies =
    option("--copies").map { $0.split(separator: ",").compactMap { Int($0) } }
    ?? (option("--scale") == "small" ? [2, 4] : [10, 20, 40])
  ExtractBench.run(
    copies: copies, repeats: option("--repeats").flatMap(Int.init) ?? 1, ledger: sourceLedger,
    binary: option("--binary"))
  exit(0)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("factledger-bench: \(message)\n".utf8))
  exit(2)
}

// MARK: - A synthetic ledger

let shipped: Ledger
do {
  shipped = try LedgerLoader().load(at: sourceLedger)
} catch {
  fail("cannot load '\(sourceLedger)': \(error.message)")
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
  "factledger-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }
let root = scratch.appendingPathComponent("Ledger").path
try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
for name in ["factledger.json", "sources.json"] {
  try FileManager.default.copyItem(atPath: sourceLedger + "/" + name, toPath: root + "/" + name)
}
let article = try require(shipped.articles.first)
let articleFolder = root + "/articles/" + article.article.id
try FileManager.default.createDirectory(
  atPath: articleFolder + "/claims", withIntermediateDirectories: true)
try FileManager.default.copyItem(atPath: article.path, toPath: articleFolder + "/article.json")
try FileManager.default.copyItem(
  atPath: article.textPath, toPath: articleFolder + "/" + article.article.textFile)

let templates = article.claims.map(\.claim)
var totalBytes = 0
var paths: [String] = []
let writer = JSONWriter()
let generation = try seconds {
  for index in 0..<claimCount {
    var claim = templates[index % templates.count]
    claim.id = "\(claim.id)-\(index)"
    // Ids in `carriedBy` must name records that exist: point them at this copy's round.
    if let carrier = claim.attribution.carriedBy {
      claim.attribution.carriedBy =
        "\(carrier)-\(index - index % templates.count + templates.firstIndex { $0.id == carrier }!)"
    }
    let path = "\(articleFolder)/claims/\(claim.id).json"
    let text = writer.string(for: claim.json)
    totalBytes += text.utf8.count
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    paths.append(path)
  }
}
let megabytes = Double(totalBytes) / 1_048_576

// MARK: - Measurements

var rows: [(String, Double, String)] = []
@MainActor func record(_ name: String, _ time: Double, _ unit: String = "") {
  rows.append((name, time, unit))
}

let contents = paths.map { FileManager.default.contents(atPath: $0)! }.map { [UInt8]($0) }

var loadedCount = 0
let load = try seconds {
  loadedCount = try LedgerLoader().load(at: root).claims.count
}
record("load the ledger (parse + validate + decode, all cores)", load)

var parsed: [JSONValue] = []
let parse = try seconds {
  parsed = try contents.map { try JSONParser().parse($0) }
}
record("parse with positions (1 core)", parse)

let validation = seconds {
  for value in parsed where !LedgerSchemas.shared.validate(value, as: .claim).isEmpty {
    fail("a generated claim failed its schema")
  }
}
record("schema validation of parsed claims (1 core)", validation)

let decoding = seconds {
  for value in parsed {
    var problems: [DecodingProblem] = []
    guard Claim(json: value, problems: &problems) != nil else {
      fail("a generated claim failed to decode")
    }
  }
}
record("decode parsed claims into the model (1 core)", decoding)

let foundation = try seconds {
  for data in contents { _ = try JSONSerialization.jsonObject(with: Data(data)) }
}
record("Foundation JSONSerialization, for reference (1 core)", foundation)

// Python baseline: json.load of the same files, timed inside Python.
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
python.arguments = [
  "python3", "-c",
  "import json,sys,time,glob; f=sorted(glob.glob(sys.argv[1]+'/*.json')); t=time.perf_counter(); [json.load(open(p,'rb')) for p in f]; print(time.perf_counter()-t)",
  articleFolder + "/claims",
]
let pipe = Pipe()
python.standardOutput = pipe
var pythonTime: Double?
if (try? python.run()) != nil {
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  python.waitUntilExit()
  pythonTime = Double(
    String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}
if let pythonTime { record("Python json.load, baseline (1 core)", pythonTime) }

// MARK: - Report

print(
  "factledger-bench: \(loadedCount) claims, \(String(format: "%.1f", megabytes)) MiB of claim files (generated in \(String(format: "%.1f", generation)) s)"
)
print("")
print("stage".padding(toLength: 58, withPad: " ", startingAt: 0) + "seconds   claims/s      MiB/s")
for (name, time, _) in rows {
  let perSecond = Double(claimCount) / time
  print(
    name.padding(toLength: 58, withPad: " ", startingAt: 0)
      + String(format: "%7.2f %10.0f %10.1f", time, perSecond, megabytes / time))
}

func `require`<T>(_ value: T?) throws -> T {
  guard let value else { fail("the shipped ledger has no article") }
  return value
}
