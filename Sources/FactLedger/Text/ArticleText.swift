/// An article's text indexed by Unicode scalar, the unit of every anchor offset.
public struct ArticleText: Sendable {
  /// The scalars of the text.
  public let scalars: [Unicode.Scalar]

  /// Indexes `text`.
  public init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// The length in scalars.
  public var count: Int { scalars.count }

  /// The text between two offsets, or `nil` when they fall outside it.
  public func text(from start: Int, to end: Int) -> String? {
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(end - start)
    for scalar in scalars[start..<end] {
      UTF8.encode(scalar) { bytes.append($0) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether exactly `expected` stands between two offsets (`false` when they fall outside the
  /// text); compared scalar by scalar, with no string made.
  public func has(_ expected: String, from start: Int, to end: Int) -> Bool {
    guard start >= 0, start <= end, end <= scalars.count else { return false }
    if let same = hasASCII(expected, from: start, to: end) { return same }
    return scalars[start..<end].elementsEqual(expected.unicodeScalars)
  }

  /// `has(_:from:to:)` read on the bytes of `expected` while they are ASCII (a byte, a
  /// scalar): the answer, or `nil` when a byte that is not ASCII comes before it does.
  private func hasASCII(_ expected: String, from start: Int, to end: Int) -> Bool? {
    let answer = expected.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      scalars.withUnsafeBufferPointer { scalars in
        for (index, byte) in bytes.enumerated() {
          guard byte < 0x80 else { return nil }
          guard start + index < end, scalars[start + index].value == UInt32(byte) else {
            return false
          }
        }
        return start + bytes.count == end
      }
    }
    return answer ?? nil
  }

  /// The start offsets of every occurrence of `needle`.
  public func occurrences(of needle: String) -> [Int] {
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
    return (0...(scalars.count - pattern.count)).filter { start in
      scalars[start] == pattern[0] && scalars[start..<start + pattern.count].elementsEqual(pattern)
    }
  }

  /// The runs of text that no range covers and that hold a letter or digit: the words that
  /// no record accounts for. Punctuation and white space between records need no record.
  public func uncoveredRuns(by ranges: [Range<Int>]) -> [Range<Int>] {
    var covered = [Bool](repeating: false, count: scalars.count)
    for range in ranges {
      let clamped = range.clamped(to: 0..<scalars.count)
      for offset in clamped { covered[offset] = true }
    }
    var runs: [Range<Int>] = []
    var offset = 0
    while offset < scalars.count {
      guard !covered[offset] else {
        offset += 1
        continue
      }
      let start = offset
      while offset < scalars.count, !covered[offset] { offset += 1 }
      if scalars[start..<offset].contains(where: {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      }) {
        runs.append(start..<offset)
      }
    }
    return runs
  }
}

/// Whether an anchor still finds its text.
public enum AnchorStatus: Sendable, Equatable {
  /// The exact text stands at the offsets, with its prefix and suffix around it.
  case intact
  /// The exact text stands at the offsets, but the context around it changed.
  case contextChanged
  /// The exact text is no longer at the offsets, but stands once elsewhere, at this start.
  case moved(start: Int)
  /// The exact text is not at the offsets and not found exactly once elsewhere.
  case missing
}

extension Anchor {
  /// Checks the anchor against `text`.
  public func status(in text: ArticleText) -> AnchorStatus {
    if text.has(exact, from: start, to: end) {
      let hasPrefix = text.has(
        prefix, from: max(0, start - prefix.scalarCount), to: start)
      let hasSuffix = text.has(
        suffix, from: end, to: min(text.count, end + suffix.scalarCount))
      return hasPrefix && hasSuffix ? .intact : .contextChanged
    }
    let found = text.occurrences(of: exact)
    return found.count == 1 ? .moved(start: found[0]) : .missing
  }
}
