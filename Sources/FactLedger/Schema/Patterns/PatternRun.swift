/// A pattern that is a run of ASCII sets from `^` to `$`, every set taken a fixed number of
/// times except perhaps the last (`^[a-z0-9][a-z0-9-]*$`, `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`):
/// matched by one pass over the bytes, with no machine to run.
///
/// Only the last set may repeat a varying number of times, so no choice is ever open: the
/// pass matches exactly what the machine would.
struct PatternRun {
  /// One set of the run: ASCII by bitmap, taken `minimum` times and at most `maximum`.
  struct Step {
    let low: UInt64
    let high: UInt64
    let minimum: Int
    let maximum: Int?

    /// Inlined, with a masking shift (the bit of a byte under 128 is in one of the words).
    @inline(__always)
    func accepts(_ byte: UInt8) -> Bool {
      byte < 128 && (byte < 64 ? low : high) &>> UInt64(byte & 63) & 1 != 0
    }
  }

  let steps: [Step]

  /// The run `node` is, or `nil` when it is any other pattern.
  init?(_ node: PatternNode) {
    guard case .sequence(let terms) = node, terms.count >= 2, terms.first == .start,
      terms.last == .end
    else { return nil }
    var steps: [Step] = []
    for term in terms.dropFirst().dropLast() {
      guard let step = Self.step(term), steps.last.map({ $0.minimum == $0.maximum }) ?? true
      else { return nil }
      steps.append(step)
    }
    self.steps = steps
  }

  private static func step(_ term: PatternNode) -> Step? {
    switch term {
    case .scalars(let set): return step(set, minimum: 1, maximum: 1)
    case .repetition(.scalars(let set), let minimum, let maximum):
      return step(set, minimum: minimum, maximum: maximum)
    default: return nil
    }
  }

  private static func step(_ set: PatternScalarSet, minimum: Int, maximum: Int?) -> Step? {
    guard set.ranges.allSatisfy({ $0.upperBound < 128 }) else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for range in set.ranges {
      for scalar in range {
        if scalar < 64 { low |= 1 << scalar } else { high |= 1 << (scalar - 64) }
      }
    }
    return Step(low: low, high: high, minimum: minimum, maximum: maximum)
  }

  /// Whether the whole of `bytes` (UTF-8) is the run.
  func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    steps.withUnsafeBufferPointer { matches(bytes, $0) }
  }

  private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ steps: UnsafeBufferPointer<Step>)
    -> Bool
  {
    var offset = 0
    for step in steps {
      let fixedEnd = offset + step.minimum
      guard fixedEnd <= bytes.count else { return false }
      while offset < fixedEnd {
        guard step.accepts(bytes[offset]) else { return false }
        offset += 1
      }
      let end = step.maximum.map { min(bytes.count, offset + $0 - step.minimum) } ?? bytes.count
      while offset < end, step.accepts(bytes[offset]) { offset += 1 }
    }
    return offset == bytes.count
  }
}
