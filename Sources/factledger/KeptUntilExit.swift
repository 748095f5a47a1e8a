import Foundation

/// Values a command holds until the process exits instead of freeing them one by one.
///
/// `factledger` runs one command and exits; the operating system takes back all of its memory
/// at once. A ledger of 100,000 records, its evidence and its report are millions of small
/// allocations, and freeing them one at a time on one core took about 0.4 s of a 6 s `check`.
/// The values kept are the ones that live to the end of a command anyway, so nothing is held
/// longer than before and the peak is the same.
enum KeptUntilExit {
  private final class Store: @unchecked Sendable {
    let lock = NSLock()
    var values: [any Sendable] = []
  }

  private static let store = Store()

  /// Holds `value` until the process exits.
  static func keep(_ value: some Sendable) {
    store.lock.lock()
    store.values.append(value)
    store.lock.unlock()
  }
}
