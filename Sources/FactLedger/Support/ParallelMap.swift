import Dispatch

extension Array where Element: Sendable {
  /// Maps the elements on all cores, keeping their order.
  ///
  /// Loading a large ledger is parsing many independent files; this spreads them over the
  /// machine's cores. `transform` must not depend on the order it is called in.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    // The slots hold references: release them before the memory goes, or every result leaks.
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let slots = results
    // Each index is written by exactly one iteration, so the writes never overlap.
    self.withUnsafeBufferPointer { elements in
      nonisolated(unsafe) let input = elements
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = transform(input[index])
      }
    }
    return results.map { $0! }
  }
}
