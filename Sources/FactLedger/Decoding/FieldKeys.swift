/// The keys a record allows, looked up without hashing.
///
/// A record allows a dozen keys at most, so a look-up compares lengths first and text only
/// where the lengths agree; a `Set<String>` hashed every member's key with a fresh `Hasher`.
/// The answers are the `Set`'s: Swift's `==` (canonical equivalence) finds an ASCII key equal
/// to text of another length only through the three non-ASCII scalars that stand for ASCII
/// characters (the Kelvin sign U+212A is a `K`, U+037E a `;`, U+1FEF a `` ` ``), so a key
/// with one of those characters (`sourcedKinds`) is always compared whole.
struct FieldKeys: ExpressibleByArrayLiteral {
  private let keys: [String]
  /// For each key, whether text of another length can equal it (see `hasOtherSpellings`).
  private let isSpeltOtherwise: [Bool]

  /// Whether some key can be spelt otherwise; a reader then compares every key whole.
  let hasKeysSpeltOtherwise: Bool

  init(arrayLiteral keys: String...) {
    self.keys = keys
    isSpeltOtherwise = keys.map(Self.hasOtherSpellings)
    hasKeysSpeltOtherwise = isSpeltOtherwise.contains(true)
  }

  /// Whether `key` is one of the allowed keys.
  func contains(_ key: String) -> Bool {
    let length = key.utf8.count
    for index in keys.indices
    where keys[index].utf8.count == length || isSpeltOtherwise[index] {
      if keys[index] == key { return true }
    }
    return false
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
