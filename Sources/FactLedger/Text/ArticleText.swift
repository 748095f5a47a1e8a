/// An article's text indexed by Unicode scalar, the unit of every anchor offset.
public struct ArticleText: Sendable {
  /// The scalars of the text.
  public let scalars: [Unicode.Scalar]

  /// Indexes `text`.
  public init(_ text: String) {
    scalars = text.scalarArray
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
    let answer = expected.utf8.withContiguousStorageIfAvailable { bytes in
      scalars.withUnsafeBufferPointer { Self.decoding(bytes, equals: $0[start..<end]) }
    }
    return answer ?? scalars[start..<end].elementsEqual(expected.unicodeScalars)
  }

  /// Whether the scalars `utf8` encodes (valid UTF-8, as a `String`'s bytes are) are `scalars`:
  /// decoded as they are compared, with no string or array made.
  private static func decoding(
    _ utf8: UnsafeBufferPointer<UInt8>, equals scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>
  ) -> Bool {
    var byte = 0
    var next = scalars.startIndex
    while byte < utf8.count {
      let (value, length) = UTF8Scalar.decode(utf8, at: byte)
      guard next < scalars.endIndex, scalars[next].value == value else { return false }
      next += 1
      byte += length
    }
    return next == scalars.endIndex
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
      if scalars[start..<offset].contains(where: Self.isLetterOrDigit) {
        runs.append(start..<offset)
      }
    }
    return runs
  }

  /// Whether `scalar` is a letter or a digit (alphabetic, or of a numeric type); an ASCII
  /// scalar is answered without looking up Unicode's properties.
  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else {
      return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
    let lowered = scalar.value | 0x20
    return (0x30...0x39).contains(scalar.value) || (0x61...0x7A).contains(lowered)
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
