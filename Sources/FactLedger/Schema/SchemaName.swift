import Foundation

/// Property names as JSON Schema compares them: code point by code point (so byte by byte in
/// UTF-8), not by Swift's canonical equivalence.
enum SchemaName {
  /// FNV-1a over the UTF-8 bytes: cheap for the short keys of JSON objects.
  ///
  /// Inlined, so that a key read in place is not copied to be hashed.
  @inline(__always)
  static func hash(_ name: String) -> UInt64 {
    name.utf8.withContiguousStorageIfAvailable(hash)
      ?? Array(name.utf8).withUnsafeBufferPointer(hash)
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
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
    var slot = Int(truncatingIfNeeded: hash) & table.slotMask
    while true {
      let entry = Int(slots[table.slotStart + slot])
      if entry < 0 { return nil }
      if nameHashes[table.first + entry] == hash, SchemaName.same(names[table.first + entry], key) {
        return entry
      }
      slot = (slot + 1) & table.slotMask
    }
  }
}
