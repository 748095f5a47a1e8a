import Testing

@testable import FactLedger

@Suite("Highlights over a text: nested ranges nest, crossing ranges split")
struct HighlightLayoutTests {
  /// The layout written compactly: `[0` opens 0 (`[0'` a later piece), `]0` closes it, and
  /// text pieces as `start-end`.
  private func sketch(_ length: Int, _ ranges: [(Int, Int, Int)]) -> String {
    let layout = HighlightLayout(
      length: length, highlights: ranges.map { .init(index: $0.0, start: $0.1, end: $0.2) })
    return layout.pieces.map { piece in
      switch piece {
      case .open(let index, let isFirst): "[\(index)\(isFirst ? "" : "'")"
      case .close(let index): "]\(index)"
      case .text(let start, let end): "\(start)-\(end)"
      }
    }.joined(separator: " ")
  }

  @Test("a credential inside its quote's sentence nests inside it")
  func nested() {
    #expect(sketch(10, [(0, 0, 8), (1, 2, 5)]) == "[0 0-2 [1 2-5 ]1 5-8 ]0 8-10")
  }

  @Test("two records that start together: the longer one is outside")
  func sameStart() {
    #expect(sketch(10, [(1, 0, 4), (0, 0, 8)]) == "[0 [1 0-4 ]1 4-8 ]0 8-10")
  }

  @Test("crossing records: the inner one is closed where the outer ends and opened again")
  func crossing() {
    #expect(sketch(10, [(0, 0, 6), (1, 4, 9)]) == "[0 0-4 [1 4-6 ]1 ]0 [1' 6-9 ]1 9-10")
  }

  @Test("every opened element is closed, properly nested, for many random overlaps")
  func balanced() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for _ in 0..<200 {
      let ranges = (0..<6).map { index -> HighlightLayout.Highlight in
        let start = Int.random(in: 0..<30, using: &generator)
        return .init(
          index: index, start: start, end: start + Int.random(in: 0...12, using: &generator))
      }
      let layout = HighlightLayout(length: 30, highlights: ranges)
      var stack: [Int] = []
      var covered = 0
      var firsts: [Int: Int] = [:]
      for piece in layout.pieces {
        switch piece {
        case .open(let index, let isFirst):
          stack.append(index)
          if isFirst { firsts[index, default: 0] += 1 }
        case .close(let index):
          #expect(stack.popLast() == index, "\(ranges), seed \(seed)")
        case .text(let start, let end):
          #expect(start == covered, "\(ranges), seed \(seed)")
          covered = end
          // Each piece of text lies inside exactly the ranges that cover it.
          let inside = Set(
            ranges.filter {
              $0.start <= start && end <= min($0.end, 30) && $0.start < min($0.end, 30)
            }.map(\.index))
          #expect(Set(stack) == inside, "\(ranges), seed \(seed)")
        }
      }
      #expect(stack.isEmpty, "\(ranges), seed \(seed)")
      #expect(covered == 30, "\(ranges), seed \(seed)")
      #expect(firsts.values.allSatisfy { $0 == 1 }, "\(ranges), seed \(seed)")
    }
  }

  @Test("ranges past the text are clipped, empty ones dropped")
  func clipped() {
    #expect(sketch(5, [(0, 3, 99), (1, 2, 2)]) == "0-3 [0 3-5 ]0")
  }
}
