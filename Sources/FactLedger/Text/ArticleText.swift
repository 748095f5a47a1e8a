#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An article's text indexed by Unicode scalar, the unit of every anchor offset.
public struct ArticleText: Sendable {
  /// The scalars of the text.
  public let scalars: [Unicode.Scalar]
  /// The text as given: its UTF-8 is what words are compared against, with `byteMap`.
  private let string: String
  /// Where each scalar starts in the text's UTF-8.
  private let byteMap: ScalarByteMap

  /// Indexes `text`.
  public init(_ text: String) {
    string = text
    scalars = text.scalarArray
    byteMap = ScalarByteMap(scalars)
  }

  /// The length in scalars.
  public var count: Int { scalars.count }

  /// The text between two offsets, or `nil` when they fall outside it.
  public func text(from start: Int, to end: Int) -> String? {
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    let (low, high) = (byteMap.byteOffset(ofScalar: start), byteMap.byteOffset(ofScalar: end))
    var string = string
    return string.withUTF8 {
      String(decoding: UnsafeBufferPointer(rebasing: $0[low..<high]), as: UTF8.self)
    }
  }

  /// Whether exactly `expected` stands between two offsets (`false` when they fall outside the
  /// text). The same scalars are the same UTF-8 bytes, so the bytes are compared, with no
  /// string made.
  public func has(_ expected: String, from start: Int, to end: Int) -> Bool {
    guard start >= 0, start <= end, end <= scalars.count else { return false }
    let low = byteMap.byteOffset(ofScalar: start)
    let high = byteMap.byteOffset(ofScalar: end)
    return expected.utf8.count == high - low && hasBytes(of: expected, at: low)
  }

  /// Whether exactly `expected` stands just before the offset `end`, however many scalars it
  /// holds (an anchor's prefix); `false` when `end` falls outside the text.
  public func has(_ expected: String, endingAt end: Int) -> Bool {
    guard end >= 0, end <= scalars.count else { return false }
    let high = byteMap.byteOffset(ofScalar: end)
    // Bytes equal to whole scalars start where a scalar does, so no offset is cut.
    return expected.utf8.count <= high && hasBytes(of: expected, at: high - expected.utf8.count)
  }

  /// Whether exactly `expected` stands from the offset `start` on (an anchor's suffix);
  /// `false` when `start` falls outside the text.
  public func has(_ expected: String, startingAt start: Int) -> Bool {
    guard start >= 0, start <= scalars.count else { return false }
    return hasBytes(of: expected, at: byteMap.byteOffset(ofScalar: start))
  }

  /// Whether the text's UTF-8 holds the bytes of `expected` from the byte offset `low` on.
  private func hasBytes(of expected: String, at low: Int) -> Bool {
    var (string, expected) = (string, expected)
    return string.withUTF8 { text in
      expected.withUTF8 { bytes in
        low >= 0 && bytes.count <= text.count - low
          && (bytes.isEmpty
            || memcmp(text.baseAddress! + low, bytes.baseAddress!, bytes.count) == 0)
      }
    }
  }

  /// The start offsets of every occurrence of `needle`.
  public func occurrences(of needle: String) -> [Int] {
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
    return (0...(scalars.count - pattern.count)).filter { start in
      scalars[start] == pattern[0] && scalars[start..<start + pattern.count].elementsEqual(pattern)
    }
  }

  /// Whether a passage may start or end at `offset`: a boundary of user-perceived characters
  /// (grapheme clusters), so no letter is parted from its combining marks, no emoji from its
  /// skin tone or joiner, no flag from its other half.
  ///
  /// Found by breaking the 32 scalars around `offset` into characters, so it costs the same in
  /// any text (a cluster or a run of flags longer than 16 scalars is not followed further).
  public func isCharacterBoundary(_ offset: Int) -> Bool {
    guard offset > 0, offset < scalars.count else { return true }
    if scalars[offset - 1].isASCII && scalars[offset].isASCII {
      return !(scalars[offset - 1] == "\r" && scalars[offset] == "\n")
    }
    // Flags pair regional indicators from the start of their run, however long it is.
    let isIndicator = { (scalar: Unicode.Scalar) in (0x1F1E6...0x1F1FF).contains(scalar.value) }
    if isIndicator(scalars[offset]), isIndicator(scalars[offset - 1]) {
      var run = 0
      while offset - run - 1 >= 0, isIndicator(scalars[offset - run - 1]) { run += 1 }
      return run % 2 == 0
    }
    let start = max(0, offset - 16)
    var window = String.UnicodeScalarView()
    window.append(contentsOf: scalars[start..<min(scalars.count, offset + 16)])
    var position = start
    for character in String(window) {
      if position >= offset { break }
      position += character.unicodeScalars.count
    }
    return position == offset
  }

  /// The runs of text that no range covers and that hold a letter or digit: the words that
  /// no record accounts for. Punctuation and white space between records need no record.
  public func uncoveredRuns(by ranges: [Range<Int>]) -> [Range<Int>] {
    // The gaps between the ranges, by start: the scalars before each range that no earlier
    // one reached, and those after the last.
    let covered = ranges.map { $0.clamped(to: 0..<scalars.count) }.filter { !$0.isEmpty }
      .sorted { $0.lowerBound < $1.lowerBound }
    var runs: [Range<Int>] = []
    var reached = 0
    for range in covered + [scalars.count..<scalars.count] {
      let gap = reached..<max(reached, range.lowerBound)
      if scalars[gap].contains(where: Self.isLetterOrDigit) { runs.append(gap) }
      reached = max(reached, range.upperBound)
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
  /// The exact text stands at the offsets, but the context around it changed: it stands
  /// nowhere else, or the offsets keep its prefix or its suffix, and no other place keeps both.
  case contextChanged
  /// The exact text stands at this start, where a tool may move the anchor without a person:
  /// the one place it stands between its prefix and suffix; or the one place it stands at all
  /// when that keeps its prefix or its suffix (more than white space), or starts where the
  /// record says (its end was wrong).
  case moved(start: Int)
  /// The exact text stands at no place that is sure: nowhere, several times with no one place
  /// between its prefix and suffix (the offsets keeping neither), or once amid other words.
  case missing
}

extension AnchorStatus {
  /// Where the words of `anchor`, whose status this is, stand now: at its offsets, or where
  /// they moved; `nil` when no place is sure.
  public func range(of anchor: Anchor) -> Range<Int>? {
    switch self {
    case .intact, .contextChanged: anchor.start..<anchor.end
    case .moved(let start): start..<start + anchor.exact.unicodeScalars.count
    case .missing: nil
    }
  }

  /// Whether the words moved from the anchor's offsets.
  var isMoved: Bool {
    if case .moved = self { true } else { false }
  }
}

extension Anchor {
  /// Checks the anchor against `text`.
  public func status(in text: ArticleText) -> AnchorStatus {
    let atOffsets = text.has(exact, from: start, to: end)
    if atOffsets, text.has(prefix, endingAt: start), text.has(suffix, startingAt: end) {
      return .intact
    }
    let found = text.occurrences(of: exact)
    let length = exact.unicodeScalars.count
    let holdsPrefix = { (place: Int) in text.has(prefix, endingAt: place) }
    let holdsSuffix = { (place: Int) in text.has(suffix, startingAt: place + length) }
    let inContext = found.filter { holdsPrefix($0) && holdsSuffix($0) }
    if inContext.count == 1 { return .moved(start: inContext[0]) }
    // One side kept is a sign only when it is more than white space (a suffix of "\n" is
    // kept by the end of every paragraph; an empty one, by every place).
    let keepsOneSide = { (place: Int) in
      (holdsPrefix(place) && prefix.contains { !$0.isWhitespace })
        || (holdsSuffix(place) && suffix.contains { !$0.isWhitespace })
    }
    if atOffsets {
      return found.count == 1 || keepsOneSide(start) ? .contextChanged : .missing
    }
    if found.count == 1, found[0] == start || keepsOneSide(found[0]) {
      return .moved(start: found[0])
    }
    return .missing
  }
}
