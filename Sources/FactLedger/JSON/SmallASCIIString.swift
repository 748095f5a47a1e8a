/// Short ASCII strings made straight from their bytes, without the standard library checking
/// again what the scanner already knows.
///
/// Most keys and many values of a ledger file are ASCII and at most 15 bytes long, which a
/// `String` keeps inline, in its own two words, with no allocation. `String(decoding:as:)`
/// validates the bytes and picks a representation every time; for these strings that costs
/// far more than the rest of their scanning. A small ASCII string's two words are fixed by
/// the standard library's ABI: the bytes in memory order, then zeros, and the count in the
/// last byte beside the flags "immortal, small, ASCII" (`0xE0`). The layout is checked
/// against strings the standard library made, once per process; should it ever differ,
/// every string is made the ordinary way.
enum SmallASCIIString {
  /// The most bytes a small string holds on a 64-bit platform.
  static let capacity = 15

  /// Whether strings made from their words equal, bit for bit, those the standard library
  /// makes from the same bytes.
  static let isLayoutKnown: Bool = {
    guard MemoryLayout<String>.size == 16, UInt64(1).littleEndian == 1 else { return false }
    let samples = ["", "a", "id", "kind", "abcdefgh", "abcdefghi", "0123456789-+.eE", "\"\\/"]
    return samples.allSatisfy { sample in
      let bytes = Array(sample.utf8)
      let expected = String(decoding: bytes, as: UTF8.self)
      // Made both ways: copied, and read as two words from a buffer with bytes to spare.
      let padded = bytes + Array(repeating: UInt8(ascii: "x"), count: 16)
      let made = padded.withUnsafeBufferPointer { buffer in
        let text = UnsafeBufferPointer(rebasing: buffer[..<bytes.count])
        return [make(from: text), make(from: text, readable: buffer.count)]
      }
      return made.allSatisfy { text in
        unsafeBitCast(text, to: (UInt64, UInt64).self)
          == unsafeBitCast(expected, to: (UInt64, UInt64).self)
          && text == expected && text.utf8.elementsEqual(bytes)
      }
    }
  }()

  /// The string of `bytes`, which must be ASCII and at most `capacity` bytes long; only to
  /// be called when `isLayoutKnown`.
  ///
  /// - Parameter readable: How many bytes from the start of `bytes` may be read: with 16, the
  ///   bytes are read as two words and the extra ones masked off.
  @inline(__always)
  static func make(from bytes: UnsafeBufferPointer<UInt8>, readable: Int = 0) -> String {
    let count = bytes.count
    var words: (UInt64, UInt64) = (0, 0)
    if readable >= 16 {
      let raw = UnsafeRawPointer(bytes.baseAddress!)
      let low = raw.loadUnaligned(as: UInt64.self)
      let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      if count < 8 {
        words.0 = low & ((1 &<< UInt64(count &* 8)) &- 1)
      } else {
        words.0 = low
        words.1 = high & ((1 &<< UInt64((count &- 8) &* 8)) &- 1)
      }
    } else {
      withUnsafeMutableBytes(of: &words) { raw in
        raw.copyMemory(from: UnsafeRawBufferPointer(bytes))
      }
    }
    words.1 |= UInt64(0xE0 | count) << 56
    return unsafeBitCast(words, to: String.self)
  }
}
