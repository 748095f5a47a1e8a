/// The keys a record allows, looked up without hashing.
///
/// A record allows a dozen keys at most, so a look-up compares words or lengths first and text
/// only where they agree; a `Set<String>` hashed every member's key with a fresh `Hasher`.
/// The answers are the `Set`'s: Swift's `==` (canonical equivalence) finds an ASCII key equal
/// to text of another length only through the three non-ASCII scalars that stand for ASCII
/// characters (the Kelvin sign U+212A is a `K`, U+037E a `;`, U+1FEF a `` ` ``), so a key
/// with one of those characters (`sourcedKinds`) is always compared whole with text that is
/// not ASCII. Text that is small ASCII (every key a parsed file spells right) equals an ASCII
/// key only when their words do (`SmallASCIIWords`).
///
/// A class, made once per record type: a reader holds it with one reference count.
final class FieldKeys: ExpressibleByArrayLiteral, Sendable {
  /// The most keys a record may allow (`MemberSlots` holds one slot for each).
  static let capacity = MemberSlots.capacity

  private let keys: [String]
  private let lengths: [Int]
  /// Each key's words when it is small ASCII text; zeros, which no string has, otherwise.
  private let words: [SmallASCIIWords.Words]
  /// For each key, whether text of another length can equal it (see `hasOtherSpellings`).
  private let isSpeltOtherwise: [Bool]

  /// Whether every key is ASCII and words can be read: small ASCII text is then looked up by
  /// its words alone.
  private let matchesWords: Bool

  /// Whether some key can be spelt otherwise; a reader then compares every key whole.
  let hasKeysSpeltOtherwise: Bool

  init(arrayLiteral keys: String...) {
    precondition(keys.count <= Self.capacity, "a record allows at most \(Self.capacity) keys")
    self.keys = keys
    lengths = keys.map(\.utf8.count)
    words = keys.map { SmallASCIIWords.of($0) ?? (0, 0) }
    isSpeltOtherwise = keys.map(Self.hasOtherSpellings)
    hasKeysSpeltOtherwise = isSpeltOtherwise.contains(true)
    matchesWords =
      SmallASCIIWords.isAvailable && keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
  }

  /// Whether `key` is one of the allowed keys.
  func contains(_ key: String) -> Bool {
    slot(of: key) != nil
  }

  /// The position of the allowed key equal to `key` under `==`, if there is one.
  @inline(__always)
  func slot(of key: String) -> Int? {
    if matchesWords {
      let keyWords = unsafeBitCast(key, to: SmallASCIIWords.Words.self)
      if SmallASCIIWords.isSmallASCII(keyWords) { return slot(ofWords: keyWords) }
    }
    return slot(comparingWhole: key)
  }

  /// The position of the allowed key equal to the string at `key`, read in place: by its words
  /// when it is small ASCII text, as `slot(of:)` otherwise.
  @inline(__always)
  func slot(ofKeyAt key: UnsafePointer<String>) -> Int? {
    if matchesWords {
      let keyWords = SmallASCIIWords.words(at: key)
      if SmallASCIIWords.isSmallASCII(keyWords) { return slot(ofWords: keyWords) }
    }
    return slot(comparingWhole: key.pointee)
  }

  /// The position of the key whose words are `keyWords`, the words of small ASCII text; only
  /// when `matchesWords` (an ASCII key equals ASCII text only byte for byte).
  @inline(__always)
  private func slot(ofWords keyWords: SmallASCIIWords.Words) -> Int? {
    words.withUnsafeBufferPointer { words in
      var index = 0
      while index < words.count {
        if words[index].0 == keyWords.0 && words[index].1 == keyWords.1 { return index }
        index &+= 1
      }
      return nil
    }
  }

  /// The position of the key equal to `key`, comparing lengths first where no text of another
  /// length can be equal.
  private func slot(comparingWhole key: String) -> Int? {
    let length = key.utf8.count
    for index in keys.indices
    where (lengths[index] == length || isSpeltOtherwise[index]) && keys[index] == key {
      return index
    }
    return nil
  }

  /// Whether text of another UTF-8 length can be equal to `key` under `==`: it is not ASCII,
  /// or it holds a `K`, a `;` or a `` ` ``. (Asked once per allowed key, when the keys are
  /// made, not per look-up: even read in place, asking per field read was 1% of `list`'s CPU.)
  static func hasOtherSpellings(_ key: String) -> Bool {
    key.utf8.withContiguousStorageIfAvailable(hasOtherSpellings)
      ?? hasOtherSpellings(Array(key.utf8))
  }

  private static func hasOtherSpellings(_ bytes: some Collection<UInt8>) -> Bool {
    for byte in bytes
    where byte >= 0x80 || byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";")
      || byte == UInt8(ascii: "`")
    {
      return true
    }
    return false
  }
}
