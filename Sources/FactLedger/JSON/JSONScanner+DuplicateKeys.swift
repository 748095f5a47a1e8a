/// Duplicate keys: each key of an object is compared only with the earlier keys that could
/// equal it.
///
/// An object remembers, in one 64-bit word, a bit chosen by each of its keys' length, first and
/// last byte (`KeyFingerprint`). Equal keys choose the same bit, so a key whose bit is still
/// clear cannot repeat an earlier one, and most keys of a ledger record (about fifteen, most
/// with a bit of their own) are never compared with another. A key whose bit is set is looked for
/// among the object's earlier members as before: that search alone decides, and names the
/// first key's location.
extension JSONScanner {
  /// Throws when the object whose members start at `first` already has `key`.
  ///
  /// - Parameters:
  ///   - fingerprint: The key's fingerprint (`KeyFingerprint(of:)`).
  ///   - seen: The fingerprints of the object's earlier keys, ORed together.
  ///   - keyIndex: The object's keys by text, made once the object is too large to search.
  @inline(__always)
  func checkUnique(
    _ key: String, at location: SourceLocation, fingerprint: UInt64, seen: inout UInt64,
    amongMembersFrom first: Int, index keyIndex: inout [String: SourceLocation]?
  ) throws(JSONSyntaxError) {
    let earlierCount = members.count - first
    // Past 32 members the search is a dictionary, which must hold every key: no key skips it.
    if earlierCount < Self.keysSearchedInOrder, seen & fingerprint == 0 {
      seen |= fingerprint
      return
    }
    seen |= fingerprint
    let previous = members.elements(from: first)
    if earlierCount < Self.keysSearchedInOrder {
      // Keys are in NFC, so equal keys have equal UTF-8 lengths: most pairs differ there.
      let length = key.utf8.count
      if let member = previous.first(where: { $0.key.utf8.count == length && $0.key == key }) {
        throw .duplicateKey(key, first: member.keyLocation, second: location)
      }
      return
    }
    if keyIndex == nil {
      keyIndex = Dictionary(previous.map { ($0.key, $0.keyLocation) }) { first, _ in first }
    }
    if let earlier = keyIndex?.updateValue(location, forKey: key) {
      throw .duplicateKey(key, first: earlier, second: location)
    }
  }

  /// Objects are small: a linear scan finds a repeated key faster than hashing, until the
  /// object grows past this many members.
  static var keysSearchedInOrder: Int { 32 }

  /// The fingerprint of the key just scanned, whose opening quote stands at `quote`.
  @inline(__always)
  func fingerprint(ofKey key: String, from quote: Int) -> UInt64 {
    // Every escape is longer than the text it stands for, so a key whose raw bytes are as
    // long as its text has no escape, and its bytes in the file are its UTF-8.
    let raw = index - quote - 2
    if raw == key.utf8.count {
      return KeyFingerprint.of(UnsafeBufferPointer(rebasing: bytes[quote + 1..<index - 1]))
    }
    return KeyFingerprint.of(key)
  }
}

/// A bit (one of 64) chosen by a key's UTF-8 length, first byte and last byte: equal keys
/// have equal fingerprints.
enum KeyFingerprint {
  /// The fingerprint of the UTF-8 bytes of a key.
  @inline(__always)
  static func of(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let first = utf8.first, let last = utf8.last else { return 1 }
    let mixed =
      UInt64(truncatingIfNeeded: utf8.count) &* 0x9E37_79B9_7F4A_7C15
      ^ UInt64(first) &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(last) &* 0x1656_67B1_9E37_79F9
    return 1 &<< (mixed &>> 58)
  }

  /// The fingerprint of a key, from its text.
  static func of(_ key: String) -> UInt64 {
    var key = key
    return key.withUTF8 { of($0) }
  }
}
