/// A set of Unicode scalar values, as sorted, disjoint, non-adjacent closed ranges: what one
/// position of a pattern (a literal, `.`, `\d`, `[a-z]`) accepts.
struct PatternScalarSet: Equatable {
  /// The ranges, sorted and merged.
  private(set) var ranges: [ClosedRange<UInt32>]

  /// The largest scalar value.
  static let maximum: UInt32 = 0x10_FFFF

  init(_ ranges: [ClosedRange<UInt32>] = []) {
    self.ranges = []
    for range in ranges { insert(range) }
  }

  /// Adds `range`, merging it with the ranges it touches.
  mutating func insert(_ range: ClosedRange<UInt32>) {
    var merged = range
    var kept: [ClosedRange<UInt32>] = []
    kept.reserveCapacity(ranges.count + 1)
    for existing in ranges {
      if existing.upperBound &+ 1 < merged.lowerBound
        || merged.upperBound &+ 1 < existing.lowerBound
      {
        kept.append(existing)
      } else {
        merged =
          min(existing.lowerBound, merged.lowerBound)...max(existing.upperBound, merged.upperBound)
      }
    }
    kept.append(merged)
    ranges = kept.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Adds every scalar of `other`.
  mutating func formUnion(_ other: PatternScalarSet) {
    for range in other.ranges { insert(range) }
  }

  /// Every scalar this set leaves out.
  var inverted: PatternScalarSet {
    var result: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in ranges {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      next = range.upperBound &+ 1
    }
    if !ranges.isEmpty, ranges[ranges.count - 1].upperBound == Self.maximum { return Self(result) }
    result.append(next...Self.maximum)
    return Self(result)
  }

  func contains(_ scalar: UInt32) -> Bool {
    ranges.contains { $0.contains(scalar) }
  }

  // MARK: - ECMA-262 classes

  /// One scalar.
  static func scalar(_ value: UInt32) -> PatternScalarSet { Self([value...value]) }

  /// `\d`: ASCII digits only, as ECMA-262 defines it.
  static let digits = Self([0x30...0x39])

  /// `\w`: ASCII letters, digits and `_` only.
  static let wordCharacters = Self([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])

  /// The line terminators: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR.
  static let lineTerminators = Self([0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029])

  /// `\s`: ECMA-262's WhiteSpace (tab, vertical tab, form feed, space, no-break space, U+FEFF
  /// and the Zs category) and LineTerminator.
  static let whitespace = Self([
    0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
    0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
  ])

  /// `.`: anything but a line terminator.
  static let dot = lineTerminators.inverted
}
