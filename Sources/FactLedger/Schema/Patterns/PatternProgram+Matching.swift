/// Running a program: a search for any match, over the string's UTF-8 bytes decoded to
/// scalars on the fly (ASCII bytes are their own scalars), with no allocation on the heap.
extension PatternProgram {
  /// Whether the pattern matches anywhere in `text` (or at its start, when anchored there).
  func matches(_ text: String) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable({ run($0) }) { return found }
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable { run($0) } ?? false
  }

  private func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = instructions.count
    return instructions.withUnsafeBufferPointer { program in
      ranges.withUnsafeBufferPointer { ranges in
        // Two thread lists, the generation each instruction was last reached in, and a stack
        // for following jumps and splits.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * 5 + 4) { memory in
          var machine = Machine(
            program: program, ranges: ranges, bytes: bytes, memory: memory.baseAddress!,
            count: count)
          return machine.search(anchored: isAnchoredAtStart)
        }
      }
    }
  }
}

/// The state of one search.
private struct Machine {
  let program: UnsafeBufferPointer<PatternProgram.Instruction>
  let ranges: UnsafeBufferPointer<UInt32>
  let bytes: UnsafeBufferPointer<UInt8>
  var current: UnsafeMutablePointer<Int32>
  var following: UnsafeMutablePointer<Int32>
  let marks: UnsafeMutablePointer<Int32>
  let stack: UnsafeMutablePointer<Int32>
  var currentCount = 0
  var followingCount = 0
  var generation: Int32 = 0

  init(
    program: UnsafeBufferPointer<PatternProgram.Instruction>, ranges: UnsafeBufferPointer<UInt32>,
    bytes: UnsafeBufferPointer<UInt8>, memory: UnsafeMutablePointer<Int32>, count: Int
  ) {
    self.program = program
    self.ranges = ranges
    self.bytes = bytes
    current = memory
    following = memory + count
    marks = memory + 2 * count
    stack = memory + 3 * count
    marks.initialize(repeating: -1, count: count)
  }

  mutating func search(anchored: Bool) -> Bool {
    var offset = 0
    generation = 0
    if add(0, at: 0, toFollowing: false) { return true }
    while offset < bytes.count {
      if currentCount == 0 {
        if anchored { return false }
      }
      let (scalar, width) = decode(at: offset)
      let next = offset + width
      generation += 1
      followingCount = 0
      for index in 0..<currentCount {
        let pc = Int(current[index])
        if accepts(program[pc], scalar), add(Int32(pc + 1), at: next, toFollowing: true) {
          return true
        }
      }
      swap(&current, &following)
      currentCount = followingCount
      offset = next
      if !anchored, add(0, at: offset, toFollowing: false) { return true }
    }
    return false
  }

  /// Follows jumps, splits and assertions from `start` at `offset`, queueing each instruction
  /// that consumes a scalar; `true` when the program can match here.
  private mutating func add(_ start: Int32, at offset: Int, toFollowing: Bool) -> Bool {
    var depth = 1
    stack[0] = start
    while depth > 0 {
      depth -= 1
      let pc = Int(stack[depth])
      guard marks[pc] != generation else { continue }
      marks[pc] = generation
      switch program[pc] {
      case .scalars:
        if toFollowing {
          following[followingCount] = Int32(pc)
          followingCount += 1
        } else {
          current[currentCount] = Int32(pc)
          currentCount += 1
        }
      case .split(let first, let second):
        stack[depth] = second
        stack[depth + 1] = first
        depth += 2
      case .jump(let target):
        stack[depth] = target
        depth += 1
      case .assertStart:
        if offset == 0 {
          stack[depth] = Int32(pc + 1)
          depth += 1
        }
      case .assertEnd:
        if offset == bytes.count {
          stack[depth] = Int32(pc + 1)
          depth += 1
        }
      case .match:
        return true
      }
    }
    return false
  }

  private func accepts(_ instruction: PatternProgram.Instruction, _ scalar: UInt32) -> Bool {
    guard case .scalars(let low, let high, let first, let count) = instruction else { return false }
    if scalar < 64 { return low & (1 << UInt64(scalar)) != 0 }
    if scalar < 128 { return high & (1 << UInt64(scalar - 64)) != 0 }
    // Binary search over the sorted, disjoint ranges.
    var lower = Int(first)
    var upper = Int(first + count)
    while lower < upper {
      let middle = (lower + upper) / 2
      if scalar < ranges[2 * middle] {
        upper = middle
      } else if scalar > ranges[2 * middle + 1] {
        lower = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// The scalar at `offset` of well-formed UTF-8, and its width in bytes.
  private func decode(at offset: Int) -> (UInt32, Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index]) & 0x3F }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
    }
    return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
  }
}
