/// Eight bytes of text read as one 64-bit word, so the scanner can step over plain runs eight
/// bytes at a time (the "has zero byte" tests of Hacker's Delight, §6-1).
///
/// Each test says exactly whether some byte of the word qualifies, never which one: the scanner
/// finds the byte itself, one at a time, once a word says it holds one.
struct ByteWord {
  /// The word, in memory order on a little-endian machine (the tests do not depend on the order).
  let bits: UInt64

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// A word of the given bits.
  @inline(__always)
  init(bits: UInt64) { self.bits = bits }

  /// Reads the eight bytes at `pointer`, which need not be aligned.
  @inline(__always)
  init(at pointer: UnsafePointer<UInt8>) {
    bits = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
  }

  /// Whether a byte of the word is below `limit`, which is at most 0x80.
  @inline(__always)
  func hasByte(below limit: UInt8) -> Bool {
    (bits &- (Self.ones &* UInt64(limit))) & ~bits & Self.highBits != 0
  }

  /// Whether a byte of the word equals `byte`.
  @inline(__always)
  func hasByte(_ byte: UInt8) -> Bool {
    ByteWord(bits: bits ^ (Self.ones &* UInt64(byte))).hasByte(below: 1)
  }

  /// Whether the word holds a byte that ends a plain run of a string: a quote, a backslash or a
  /// control character.
  @inline(__always)
  var hasStringDelimiter: Bool {
    // The three tests of `hasByte`, ORed before their one branch.
    let quotes = bits ^ (Self.ones &* UInt64(UInt8(ascii: "\"")))
    let backslashes = bits ^ (Self.ones &* UInt64(UInt8(ascii: "\\")))
    let found =
      ((quotes &- Self.ones) & ~quotes) | ((backslashes &- Self.ones) & ~backslashes)
      | ((bits &- Self.ones &* 0x20) & ~bits)
    return found & Self.highBits != 0
  }

  /// Whether every byte is ASCII.
  @inline(__always)
  var isASCII: Bool { bits & Self.highBits == 0 }

  /// How many bytes are UTF-8 continuation bytes (`10xxxxxx`), which start no scalar.
  @inline(__always)
  var continuationByteCount: Int {
    // Shifting the word left by one moves bit 6 of each byte to bit 7 of the same byte.
    (bits & ~(bits << 1) & Self.highBits).nonzeroBitCount
  }

  /// Eight spaces.
  static let spaces: UInt64 = ones &* 0x20
}
