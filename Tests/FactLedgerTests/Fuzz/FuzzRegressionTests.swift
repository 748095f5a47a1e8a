import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Replays every seed input and every kept crash through its fuzz harness, so a bug a
/// harness once found stays fixed: `Tests/Fuzz/Corpus/<harness>/*` and
/// `Tests/Fuzz/Regressions/<harness>/*`. A new crash is kept by dropping its input in the
/// harness's `Regressions/` folder.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let fuzzFolder = RepositoryPaths.root.appendingPathComponent("Tests/Fuzz")

  /// The inputs kept for `harness`, as paths from `Tests/Fuzz`.
  static func inputs(for harness: FuzzHarness) -> [String] {
    ["Corpus", "Regressions"].flatMap { kind in
      let folder = fuzzFolder.appendingPathComponent("\(kind)/\(harness.rawValue)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map {
        "\(kind)/\(harness.rawValue)/\($0)"
      }
    }
  }

  @Test("every harness has seed inputs", arguments: FuzzHarness.allCases)
  func seeded(_ harness: FuzzHarness) {
    #expect(!Self.inputs(for: harness).filter { $0.hasPrefix("Corpus/") }.isEmpty)
  }

  @Test("every seed and kept crash passes its harness", arguments: FuzzHarness.allCases)
  func replay(_ harness: FuzzHarness) throws {
    let scratch = try TemporaryFolder()
    for input in Self.inputs(for: harness) {
      let bytes = try [UInt8](Data(contentsOf: Self.fuzzFolder.appendingPathComponent(input)))
      do {
        try harness.run(bytes, scratch: scratch.path)
      } catch {
        Issue.record("\(input): \(error)")
      }
    }
  }

  @Test("a broken promise is reported, not passed over")
  func failureIsReported() {
    #expect(throws: FuzzFailure.self) {
      try TextShape(text: "one line").check(SourceLocation(line: 2, column: 1), "a value")
    }
  }
}
