import Foundation

/// A number for every distinct folded word, shared by every thread: equal keys, equal
/// numbers, so a quote and a source are aligned word by word without comparing text.
///
/// A source text's words are numbered under one lock once, and kept by the text's bytes,
/// rather than hashed again for every comparison.
final class WordNumbering: @unchecked Sendable {
  private let lock = NSLock()
  private var numberByKey: [String: Int] = [:]
  private let byText = TextMemo<TextKey, [Int]>()

  /// The numbers of `words`, the words of `text`, worked out once per distinct text.
  func numbers(of words: [FoldedWord], in text: String) -> [Int] {
    byText.value(for: TextKey(text)) { _ in numbers(of: words) }
  }

  /// The number of each word's key, made the first time a key is met.
  func numbers(of words: [FoldedWord]) -> [Int] {
    lock.lock()
    defer { lock.unlock() }
    return words.map { word in
      if let known = numberByKey[word.key] { return known }
      let number = numberByKey.count
      numberByKey[word.key] = number
      return number
    }
  }
}
