import Foundation

/// Property names as JSON Schema compares them: code point by code point (so byte by byte in
/// UTF-8), not by Swift's canonical equivalence.
enum SchemaName {
  /// A hash of the name's UTF-8 bytes: a name of at most 15 bytes is hashed as the two words
  /// a small string holds it in (its bytes and their count), read from the string itself with
  /// no copy and no loop; a longer one by FNV-1a over its bytes.
  ///
  /// Inlined, so that a key read in place is not copied to be hashed.
  @inline(__always)
  static func hash(_ name: String) -> UInt64 {
    withUnsafePointer(to: name) { hash(at: UnsafeRawPointer($0)) }
  }

  /// The `hash` of the string stored at `text`, read in place.
  @inline(__always)
  static func hash(at text: UnsafeRawPointer) -> UInt64 {
    let words = SmallASCIIWords.words(at: text.assumingMemoryBound(to: String.self))
    if SmallASCIIWords.isAvailable, SmallASCIIWords.isSmall(words) {
      return mix(words.0, SmallASCIIWords.bytesAndCount(words))
    }
    return text.assumingMemoryBound(to: String.self).pointee.utf8
      .withContiguousStorageIfAvailable(hash(bytes:))
      ?? Array(text.assumingMemoryBound(to: String.self).pointee.utf8).withUnsafeBufferPointer(
        hash(bytes:))
  }

  /// The hash of UTF-8 bytes: those of at most 15 bytes packed as a small string packs them.
  static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard bytes.count > 15 else {
      var low: UInt64 = 0
      var high = UInt64(bytes.count) << 56
      for (index, byte) in bytes.enumerated() {
        if index < 8 {
          low |= UInt64(byte) << (8 * index)
        } else {
          high |= UInt64(byte) << (8 * (index - 8))
        }
      }
      return mix(low, high)
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }

  @inline(__always)
  private static func mix(_ low: UInt64, _ high: UInt64) -> UInt64 {
    var hash = low &* 0x9E37_79B9_7F4A_7C15
    hash ^= (high ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash >> 32)
  }

  /// Whether the strings stored at `left` and `right` have the same code points; two small
  /// strings are compared by their words (a small string's words are its bytes and count).
  @inline(__always)
  static func same(at left: UnsafeRawPointer, _ right: UnsafeRawPointer) -> Bool {
    let (leftWords, rightWords) = (
      left.load(as: SmallASCIIWords.Words.self), right.load(as: SmallASCIIWords.Words.self)
    )
    if leftWords == rightWords { return true }
    if SmallASCIIWords.isAvailable, SmallASCIIWords.isSmall(leftWords),
      SmallASCIIWords.isSmall(rightWords)
    {
      return false
    }
    return same(
      left.assumingMemoryBound(to: String.self).pointee,
      right.assumingMemoryBound(to: String.self).pointee)
  }

  /// Whether two names have the same code points.
  static func same(_ left: String, _ right: String) -> Bool {
    // The same representation is the same text: two short strings of the same bytes are
    // stored alike in the string itself, and a longer one shares its storage with its copies.
    // (A `String` is two 64-bit words on the 64-bit platforms Swift builds for here.)
    if unsafeBitCast(left, to: (UInt64, UInt64).self)
      == unsafeBitCast(right, to: (UInt64, UInt64).self)
    {
      return true
    }
    let count = left.utf8.count
    guard count == right.utf8.count else { return false }
    let equal = left.utf8.withContiguousStorageIfAvailable { leftBytes in
      right.utf8.withContiguousStorageIfAvailable { rightBytes in
        // Names are short: a loop beats a call to `memcmp`.
        for index in 0..<count where leftBytes[index] != rightBytes[index] { return false }
        return true
      }
    }
    return (equal ?? nil) ?? left.utf8.elementsEqual(right.utf8)
  }
}

extension SchemaProgram.Tables {
  /// The position within `table` of the name `key` (whose `SchemaName.hash` is `hash`), if
  /// the table holds it.
  func position(of key: String, hash: UInt64, in table: SchemaProgram.NameTable) -> Int? {
    withUnsafePointer(to: key) { position(ofNameAt: UnsafeRawPointer($0), hash: hash, in: table) }
  }

  /// The position within `table` of the string stored at `key` (whose `SchemaName.hash` is
  /// `hash`), read in place, if the table holds it.
  func position(ofNameAt key: UnsafeRawPointer, hash: UInt64, in table: SchemaProgram.NameTable)
    -> Int?
  {
    var slot = Int(truncatingIfNeeded: hash) & table.slotMask
    while true {
      let entry = Int(slots[table.slotStart + slot])
      if entry < 0 { return nil }
      if nameHashes[table.first + entry] == hash,
        SchemaName.same(at: UnsafeRawPointer(names.baseAddress! + table.first + entry), key)
      {
        return entry
      }
      slot = (slot + 1) & table.slotMask
    }
  }
}
