import Testing

@testable import FactLedger

/// The ids `extract` gives its drafts: a slug, or the first free `slug-N`, never one taken.
@Suite("Draft ids")
struct IDAllocatorTests {
  @Test("random slugs get the ids counting up from 2 for each gives, never one taken twice")
  func sameAsCounting() {
    // A failure names its seed: `SplitMix64(seed:)` with it replays the run.
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    let bases = ["smith-said", "smith-said-2", "smith-said-3", "li-said", "li", "li-2"]
    for _ in 0..<200 {
      let taken = Set(bases.filter { _ in Bool.random(using: &generator) })
      var allocator = IDAllocator(taken: taken, folder: "/nonexistent-folder")
      var counted = taken
      for _ in 0..<60 {
        let base = bases.randomElement(using: &generator)!
        var expected = base
        var suffix = 2
        while counted.contains(expected) {
          expected = "\(base)-\(suffix)"
          suffix += 1
        }
        counted.insert(expected)
        #expect(
          allocator.allocate(base) == expected, "\(base) with \(taken.sorted()) (seed \(seed))")
      }
    }
  }

  @Test("a thousand drafts with one slug get distinct ids, in order")
  func oneSlug() {
    var allocator = IDAllocator(taken: ["said"], folder: "/nonexistent-folder")
    let ids = (0..<1000).map { _ in allocator.allocate("said") }
    #expect(ids.first == "said-2")
    #expect(ids.last == "said-1001")
    #expect(Set(ids).count == 1000)
  }
}
