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

/// Two texts, as one key.
struct TextPair: Hashable, Sendable {
  var first: String
  var second: String
}
