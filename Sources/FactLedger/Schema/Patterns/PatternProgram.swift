/// A parsed pattern compiled to instructions for a Thompson (Pike) machine, which runs every
/// match in time linear in the input: no pattern can make validation backtrack for ever.
struct PatternProgram {
  /// One step of the machine.
  enum Instruction {
    /// Consume one scalar of a set: ASCII by bitmap, the rest by the ranges at
    /// `ranges[first..<first + count]` (pairs of bounds).
    case scalars(low: UInt64, high: UInt64, first: Int32, count: Int32)
    /// Continue at both targets.
    case split(Int32, Int32)
    /// Continue at the target.
    case jump(Int32)
    /// Continue only at the start of the input.
    case assertStart
    /// Continue only at the end of the input.
    case assertEnd
    /// The pattern matched.
    case match
  }

  private(set) var instructions: [Instruction] = []
  /// The bounds of the non-ASCII ranges of every set, lower then upper.
  private(set) var ranges: [UInt32] = []
  /// Whether every match must start at the start of the input (`^...`).
  let isAnchoredAtStart: Bool

  /// Past this many instructions (`(...){1000}` nested) a pattern is left to ICU.
  static let instructionLimit = 20_000

  /// Compiles `node`, or returns `nil` when the program would be too large.
  init?(_ node: PatternNode) {
    isAnchoredAtStart = Self.isAnchored(node)
    guard emit(node) else { return nil }
    instructions.append(.match)
  }

  private static func isAnchored(_ node: PatternNode) -> Bool {
    switch node {
    case .start: true
    case .sequence(let terms): terms.first.map(isAnchored) ?? false
    case .alternation(let alternatives): alternatives.allSatisfy(isAnchored)
    default: false
    }
  }

  private var position: Int32 { Int32(instructions.count) }

  /// Appends the instructions of `node`; `false` when the program grows past the limit.
  private mutating func emit(_ node: PatternNode) -> Bool {
    guard instructions.count < Self.instructionLimit else { return false }
    switch node {
    case .scalars(let set):
      instructions.append(instruction(for: set))
    case .sequence(let terms):
      for term in terms where !emit(term) { return false }
    case .alternation(let alternatives):
      var jumps: [Int] = []
      for (index, alternative) in alternatives.enumerated() {
        if index == alternatives.count - 1 {
          guard emit(alternative) else { return false }
          break
        }
        let split = instructions.count
        instructions.append(.split(position + 1, 0))
        guard emit(alternative) else { return false }
        jumps.append(instructions.count)
        instructions.append(.jump(0))
        instructions[split] = .split(Int32(split) + 1, position)
      }
      for jump in jumps { instructions[jump] = .jump(position) }
    case .repetition(let body, let min, let max):
      return emitRepetition(body, min: min, max: max)
    case .start:
      instructions.append(.assertStart)
    case .end:
      instructions.append(.assertEnd)
    }
    return instructions.count <= Self.instructionLimit
  }

  private mutating func emitRepetition(_ body: PatternNode, min: Int, max: Int?) -> Bool {
    for _ in 0..<min where !emit(body) { return false }
    guard let max else {
      // body*: split(body, out); body; jump back to the split.
      let split = instructions.count
      instructions.append(.split(position + 1, 0))
      guard emit(body) else { return false }
      instructions.append(.jump(Int32(split)))
      instructions[split] = .split(Int32(split) + 1, position)
      return true
    }
    // Each optional copy: split(body, out of all of them).
    var splits: [Int] = []
    for _ in min..<max {
      splits.append(instructions.count)
      instructions.append(.split(position + 1, 0))
      guard emit(body) else { return false }
    }
    for split in splits { instructions[split] = .split(Int32(split) + 1, position) }
    return true
  }

  private mutating func instruction(for set: PatternScalarSet) -> Instruction {
    var low: UInt64 = 0
    var high: UInt64 = 0
    let first = Int32(ranges.count / 2)
    for range in set.ranges {
      for scalar in range.lowerBound..<max(range.lowerBound, min(range.upperBound + 1, 128)) {
        if scalar < 64 { low |= 1 << scalar } else { high |= 1 << (scalar - 64) }
      }
      if range.upperBound >= 128 {
        ranges.append(max(range.lowerBound, 128))
        ranges.append(range.upperBound)
      }
    }
    return .scalars(low: low, high: high, first: first, count: Int32(ranges.count / 2) - first)
  }
}
