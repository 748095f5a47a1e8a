extension String {
  /// The number of Unicode scalars, the unit of every offset in the ledger; the same as
  /// `unicodeScalars.count`, counted on the UTF-8 bytes: each byte that does not continue a
  /// scalar (`10xxxxxx`) starts one.
  var scalarCount: Int {
    let counted = utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
    return counted ?? unicodeScalars.count
  }
}

extension String {
  /// The Unicode scalars, as `Array(unicodeScalars)` gives them, decoded from the UTF-8 bytes
  /// where they stand into an array made once (the scalar view went through its generic
  /// iterator and grew the array as it went: about 44 instructions a byte of an article).
  var scalarArray: [Unicode.Scalar] {
    let decoded = utf8.withContiguousStorageIfAvailable { utf8 in
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalars, count in
        var byte = 0
        while byte < utf8.count {
          let (value, length) = UTF8Scalar.decode(utf8, at: byte)
          scalars[count] = Unicode.Scalar(value)!
          count += 1
          byte += length
        }
      }
    }
    return decoded ?? Array(unicodeScalars)
  }
}

/// Reading a scalar straight from valid UTF-8 (a `String`'s bytes).
enum UTF8Scalar {
  /// The value of the scalar whose first byte is at `byte`, and its length in bytes.
  @inline(__always)
  static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at byte: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = UInt32(utf8[byte])
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
    for offset in 1..<length {
      value = value << 6 | UInt32(utf8[byte + offset] & 0x3F)
    }
    return (value, length)
  }
}
