/// The two words of a `String` that the standard library keeps inline as small text, read as
/// two integers: the one place outside `SmallASCIIString` that reads a string's layout, used
/// by decoding (keys, enumeration values and numbers compared as words) and by validation
/// (property names hashed and compared as words). Nothing here is used unless `isAvailable`.
///
/// A small ASCII string's words hold its bytes, zeros, and its count beside the flags
/// "immortal, small, ASCII" (the top four bits are `0xE`; see `SmallASCIIString`); every small
/// ASCII string the standard library makes, from a literal, from bytes or by the scanner, has
/// those words and no others. So two small ASCII strings are equal under `==` exactly when
/// their words are, and an ASCII text equals another text under `==` only when its bytes do:
/// canonical equivalence joins no two ASCII texts.
enum SmallASCIIWords {
  /// The words of a string: its two 64-bit halves.
  typealias Words = (UInt64, UInt64)

  /// Whether strings' words can be read as small ASCII text (`SmallASCIIString.isLayoutKnown`).
  static let isAvailable = SmallASCIIString.isLayoutKnown

  /// The words of `text` when it is small ASCII text, `nil` otherwise (or when the layout is
  /// not the one known).
  static func of(_ text: String) -> Words? {
    guard isAvailable else { return nil }
    let words = unsafeBitCast(text, to: Words.self)
    return isSmallASCII(words) ? words : nil
  }

  /// Whether `words`, a string's, are those of small ASCII text; only meaningful when
  /// `isAvailable`.
  @inline(__always)
  static func isSmallASCII(_ words: Words) -> Bool {
    words.1 &>> 60 == 0xE
  }

  /// Whether `words`, a string's, are those of small text, ASCII or not: its bytes (at most
  /// 15) stand in them, zeros after, and its count in the low four bits of the top byte. Only
  /// meaningful when `isAvailable`.
  @inline(__always)
  static func isSmall(_ words: Words) -> Bool {
    words.1 & (1 << 61) != 0
  }

  /// The second word of small text without its flags: its last seven bytes and its count.
  @inline(__always)
  static func bytesAndCount(_ words: Words) -> UInt64 {
    words.1 & 0x0FFF_FFFF_FFFF_FFFF
  }

  /// The words of the string at `pointer`, read in place without a reference count.
  @inline(__always)
  static func words(at pointer: UnsafePointer<String>) -> Words {
    UnsafeRawPointer(pointer).load(as: Words.self)
  }
}
