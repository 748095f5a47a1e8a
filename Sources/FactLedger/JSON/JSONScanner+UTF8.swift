/// UTF-8: checking sequences, and counting the bytes that start no scalar (for columns).
extension JSONScanner {
  /// Steps over one well-formed UTF-8 sequence (Unicode table 3-7), or throws.
  mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    guard let length = utf8SequenceLength(at: index) else { throw .invalidUTF8(at: here) }
    index += length
  }

  /// The length of the well-formed UTF-8 sequence of two to four bytes at `offset`, or `nil`
  /// when the bytes there are not one (Unicode table 3-7).
  func utf8SequenceLength(at offset: Int) -> Int? {
    let lead = bytes[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: return nil
    }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
      return nil
    }
    for position in offset + 2..<offset + length where bytes[position] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  /// Whether `range` holds only whole, well-formed UTF-8 sequences.
  func isValidUTF8(_ range: Range<Int>) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      if offset + 8 <= range.upperBound, ByteWord(at: bytes.baseAddress! + offset).isASCII {
        offset += 8
      } else if bytes[offset] < 0x80 {
        offset += 1
      } else {
        guard let length = utf8SequenceLength(at: offset), offset + length <= range.upperBound
        else { return false }
        offset += length
      }
    }
    return true
  }

  /// How many bytes of `range` are UTF-8 continuation bytes, which add no column.
  @inline(__always)
  func continuationByteCount(in range: Range<Int>) -> Int {
    var count = 0
    var offset = range.lowerBound
    while offset + 8 <= range.upperBound {
      count += ByteWord(at: bytes.baseAddress! + offset).continuationByteCount
      offset += 8
    }
    while offset < range.upperBound {
      if bytes[offset] & 0xC0 == 0x80 { count += 1 }
      offset += 1
    }
    return count
  }
}
