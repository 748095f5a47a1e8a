import Foundation
import Testing

@testable import FactLedger

@Suite("Mapping on every core")
struct ParallelMapTests {
  /// An object whose release can be seen.
  private final class Tracked: @unchecked Sendable {
    let value: Int
    init(_ value: Int) { self.value = value }
  }

  @Test("results keep their order")
  func order() {
    let numbers = Array(0..<10_000)
    #expect(numbers.parallelMap { $0 * 2 } == numbers.map { $0 * 2 })
  }

  @Test("results are released once the caller lets go of them (a large ledger's records, here)")
  func releasesResults() {
    var watchers: [WeakBox] = []
    do {
      let results = Array(0..<64).parallelMap { Tracked($0) }
      watchers = results.map(WeakBox.init)
      #expect(results.map(\.value) == Array(0..<64))
    }
    #expect(watchers.allSatisfy { $0.object == nil }, "some results were never released")
  }

  private final class WeakBox {
    weak var object: Tracked?
    init(_ object: Tracked) { self.object = object }
  }
}
