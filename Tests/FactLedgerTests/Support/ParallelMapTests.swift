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

@Suite("Mapping picked positions on every core, joined in order")
struct ParallelJoinedMapTests {
  @Test(
    "the results are the picked positions of each element in turn, none for an element with none")
  func joinedInOrder() {
    let elements = (0..<300).map { element in (0..<(element % 7)).map { element * 100 + $0 } }
    let positions = elements.enumerated().map { index, parts in
      parts.indices.filter { ($0 + index) % 3 != 0 }
    }
    let expected = zip(elements, positions).flatMap { parts, picked in picked.map { parts[$0] } }
    #expect(elements.parallelJoinedMap(picking: positions) { $0[$1] } == expected)
    #expect(expected.count > 300)
    #expect([[Int]]().parallelJoinedMap(picking: []) { $0[$1] }.isEmpty)
  }

  @Test("results are released once the caller lets go of them")
  func releasesResults() {
    final class Tracked: Sendable {}
    var watchers: [() -> Bool] = []
    do {
      let results = Array(0..<8).parallelJoinedMap(picking: Array(repeating: [0, 1], count: 8)) {
        _, _ in Tracked()
      }
      watchers = results.map { result in { [weak result] in result == nil } }
      #expect(results.count == 16)
    }
    #expect(watchers.allSatisfy { $0() }, "some results were never released")
  }
}
