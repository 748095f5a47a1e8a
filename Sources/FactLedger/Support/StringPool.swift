import Foundation

/// Texts met again and again in evidence, each kept once: the loader hands back the first copy
/// of a text for every later one with the same bytes, so that all of them share its storage.
///
/// An evidence file names the same publisher, page, title, speaker and places on item after
/// item (the shipped one cites 27 pages in 97 items), and the evidence files of a ledger's
/// articles cite the same pages again; each copy was its own allocation, a seventh of what a
/// checked ledger held. Texts are pooled by bytes (`TextKey`), not by canonical equivalence,
/// so a text keeps the spelling it was written in. A text of 15 bytes or fewer is stored
/// inside the string itself and passes through. The files, and the items of a file, are read
/// on all cores; they share one pool, behind a lock.
final class StringPool: @unchecked Sendable {
  private let lock = NSLock()
  private var members: Set<TextKey> = []

  /// The pool's copy of `text`, which becomes it if the pool has none.
  func shared(_ text: String) -> String {
    guard text.utf8.count > 15 else { return text }
    lock.lock()
    defer { lock.unlock() }
    return members.insert(TextKey(text)).memberAfterInsert.text
  }

  func shared(_ text: String?) -> String? {
    text.map { shared($0) }
  }

  func shared(_ texts: [String]) -> [String] {
    texts.map { shared($0) }
  }
}
