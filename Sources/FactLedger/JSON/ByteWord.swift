/// Eight bytes of text read as one 64-bit word, so the scanner can step over plain runs eight
/// bytes at a time (the "has zero byte" tests of Hacker's Delight, §6-1).
///
/// Each test says exactly whether some byte of the word qualifies. A test's borrows run from
/// the low byte up, so it may also mark bytes above one that qualifies, never below: the lowest
/// byte marked is the first that qualifies, since the word is read little-endian (byte 0 of
/// the text in the low eight bits).
struct ByteWord {
  /// The word: the first byte in memory in the lowest eight bits.
  let bits: UInt64

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// A word of the given bits.
  @inline(__always)
  init(bits: UInt64) { self.bits = bits }

  /// Reads the eight bytes at `pointer`, which need not be aligned.
  @inline(__always)
  init(at pointer: UnsafePointer<UInt8>) {
    bits = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
  }

  /// The high bit of each byte of `word` that is below `limit` (at most 0x80), and perhaps of
  /// some bytes above the first such byte.
  @inline(__always)
  private static func bytes(of word: UInt64, below limit: UInt8) -> UInt64 {
    (word &- (ones &* UInt64(limit))) & ~word & highBits
  }

  /// Where the word holds a byte that ends a plain run of a string (a quote, a backslash or a
  /// control character): the high bit of each such byte set, perhaps of some above the first
  /// too; zero when there is none.
  @inline(__always)
  var stringDelimiters: UInt64 {
    let quotes = bits ^ (Self.ones &* UInt64(UInt8(ascii: "\"")))
    let backslashes = bits ^ (Self.ones &* UInt64(UInt8(ascii: "\\")))
    return Self.bytes(of: quotes, below: 1) | Self.bytes(of: backslashes, below: 1)
      | Self.bytes(of: bits, below: 0x20)
  }

  /// How many bytes stand before the lowest one whose high bit `marks` sets (at least one).
  @inline(__always)
  static func offset(ofFirstIn marks: UInt64) -> Int {
    marks.trailingZeroBitCount &>> 3
  }

  /// The bytes of the word before byte `offset`, which is less than 8; zero above them.
  @inline(__always)
  func prefix(_ offset: Int) -> UInt64 {
    bits & ((1 &<< UInt64(offset &* 8)) &- 1)
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
