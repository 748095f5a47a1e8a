import Dispatch

extension Array where Element: Sendable {
  /// Makes results for some positions of each element on all cores, joined in order: those of
  /// the first element, then of the second, and so on. Each result is made in its place in the
  /// joined array, so no array of results per element is held beside it and copied over.
  ///
  /// - Parameters:
  ///   - positions: For each element, the positions (of its own parts) to make results for.
  ///   - transform: The result for an element and one of its positions.
  /// - Returns: `positions[0]` mapped with `self[0]`, then `positions[1]` with `self[1]`, ...
  func parallelJoinedMap<Result: Sendable>(
    picking positions: [[Int]], _ transform: @Sendable (Element, Int) -> Result
  ) -> [Result] {
    precondition(positions.count == count, "one list of positions for each element")
    if count == 1 { return positions[0].map { transform(self[0], $0) } }
    var total = 0
    let starts = positions.map { picked in
      defer { total += picked.count }
      return total
    }
    return withUnsafeBufferPointer { elements in
      nonisolated(unsafe) let input = elements
      return [Result](unsafeUninitializedCapacity: total) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        // Each element writes its own run of slots, so the writes never overlap, and every
        // iteration has run when `concurrentPerform` returns.
        DispatchQueue.concurrentPerform(iterations: input.count) { index in
          for (offset, position) in positions[index].enumerated() {
            (slots.baseAddress! + starts[index] + offset).initialize(
              to: transform(input[index], position))
          }
        }
        initialized = total
      }
    }
  }
}
