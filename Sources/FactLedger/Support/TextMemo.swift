import Foundation

/// Values computed from a text (or another key) once and kept by it, shared by every thread.
///
/// The checker meets the same names, excerpts and quotes again and again (a publisher on
/// every item, a speaker on every claim); splitting and folding each once is most of the
/// speed of `check`. The ledger's files resolve each folder's real path once. A value is
/// computed outside the lock, so two threads may both compute the same key the first time;
/// both get equal values.
final class TextMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Key: Value] = [:]

  /// The value for `key`, computed by `compute` the first time.
  func value(for key: Key, _ compute: (Key) -> Value) -> Value {
    lock.lock()
    let known = values[key]
    lock.unlock()
    if let known { return known }
    let value = compute(key)
    lock.lock()
    values[key] = value
    lock.unlock()
    return value
  }

  /// The value for `key`, computed by `compute` until it gives one: a `nil` is not kept, so
  /// a later call computes again (a folder not there yet may be made).
  func value(for key: Key, _ compute: (Key) -> Value?) -> Value? {
    lock.lock()
    let known = values[key]
    lock.unlock()
    if let known { return known }
    guard let value = compute(key) else { return nil }
    lock.lock()
    values[key] = value
    lock.unlock()
    return value
  }
}

/// A text as a key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which costs a normalisation pass over
/// any text outside ASCII at every look-up. Bytes are cheaper; two spellings of one text (a
/// precomposed letter, or a letter and a combining mark) are then two keys, each value
/// computed from its own text as before (a text's words are taken in NFC, so they agree; a
/// detail that quotes the text as written quotes each spelling as written).
struct TextKey: Hashable, Sendable {
  var text: String

  init(_ text: String) {
    self.text = text
  }

  static func == (lhs: TextKey, rhs: TextKey) -> Bool {
    lhs.text.hasSameBytes(as: rhs.text)
  }

  func hash(into hasher: inout Hasher) {
    text.withUTF8Bytes { hasher.combine(bytes: $0) }
  }
}

/// Two texts, as one key, hashed and compared by their bytes as `TextKey` is.
struct TextPair: Hashable, Sendable {
  var first: String
  var second: String

  static func == (lhs: TextPair, rhs: TextPair) -> Bool {
    lhs.first.hasSameBytes(as: rhs.first) && lhs.second.hasSameBytes(as: rhs.second)
  }

  func hash(into hasher: inout Hasher) {
    // The first text's length keeps "ab" + "c" apart from "a" + "bc".
    hasher.combine(first.utf8.count)
    first.withUTF8Bytes { hasher.combine(bytes: $0) }
    second.withUTF8Bytes { hasher.combine(bytes: $0) }
  }
}

extension String {
  /// Calls `body` with the text's UTF-8 bytes, in place when the string stores them so.
  fileprivate func withUTF8Bytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
      return result
    }
    return Array(utf8).withUnsafeBytes(body)
  }

  /// Whether the two texts are the same bytes (not merely canonically equivalent).
  fileprivate func hasSameBytes(as other: String) -> Bool {
    guard utf8.count == other.utf8.count else { return false }
    return withUTF8Bytes { lhs in
      other.withUTF8Bytes { rhs in
        lhs.count == 0 || memcmp(lhs.baseAddress!, rhs.baseAddress!, lhs.count) == 0
      }
    }
  }
}
