import Dispatch

extension Array where Element: Sendable {
  /// Maps the elements on all cores, keeping their order.
  ///
  /// Loading a large ledger is parsing many independent files; this spreads them over the
  /// machine's cores. `transform` must not depend on the order it is called in.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    return withUnsafeBufferPointer { elements in
      nonisolated(unsafe) let input = elements
      // Each result is made in its place in the new array: no slot of an optional copied out
      // afterwards (a copy of a large result is a reference count for each of its strings).
      return [Result](unsafeUninitializedCapacity: input.count) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        // Each index is written by exactly one iteration, so the writes never overlap, and
        // every iteration has run when `concurrentPerform` returns.
        DispatchQueue.concurrentPerform(iterations: input.count) { index in
          (slots.baseAddress! + index).initialize(to: transform(input[index]))
        }
        initialized = input.count
      }
    }
  }
}
