import Foundation

#if canImport(Glibc)
  import Glibc
  private typealias SignalHandler = sighandler_t
#elseif canImport(Darwin)
  import Darwin
  private typealias SignalHandler = sig_t
#endif

/// The signal that came while an `InterruptHold` was held, 0 for none. A plain global of a
/// constant value: initialised before any handler can run, and written by the handler only.
nonisolated(unsafe) private var heldSignal: Int32 = 0

/// Holds Ctrl-C (SIGINT), SIGTERM and SIGHUP off while a write is under way, so that a stop
/// asked for in the middle of it is answered at a point where the files are whole.
///
/// While held, such a signal is only noted (`caught`). The writer asks at its safe points:
/// before it commits, it undoes what it made and ends the hold; once it has committed, it
/// finishes and ends the hold. Ending the hold puts the previous handlers back and raises the
/// signal noted, so the process stops as it would have (status 128 + the signal), just later.
/// A signal the process ignored before (`nohup`) stays ignored.
///
/// SIGKILL and a power cut cannot be held off; the journal of `LedgerTransaction` is for them.
final class InterruptHold {
  private static let signals = [SIGINT, SIGTERM, SIGHUP]
  /// The holds not yet released, process-wide: the first installs the handlers, the last
  /// puts the previous ones back and raises; one inside another shares them.
  nonisolated(unsafe) private static var depth = 0
  nonisolated(unsafe) private static var previous: [(Int32, SignalHandler?)] = []
  private static let lock = NSLock()
  private var released = false

  /// Starts holding the signals off.
  init() {
    Self.lock.withLock {
      Self.depth += 1
      guard Self.depth == 1 else { return }
      heldSignal = 0
      Self.previous = []
      for number in Self.signals where !Self.isIgnored(number) {
        Self.previous.append((number, signal(number) { heldSignal = $0 }))
      }
    }
  }

  /// Whether `number` is ignored now (`nohup`, a background job's SIGINT): it stays ignored.
  private static func isIgnored(_ number: Int32) -> Bool {
    var current = sigaction()
    guard sigaction(number, nil, &current) == 0 else { return false }
    #if canImport(Glibc)
      let handler = current.__sigaction_handler.sa_handler
    #else
      let handler = current.__sigaction_u.__sa_handler
    #endif
    // SIG_IGN is the handler 1 on Linux and Darwin alike.
    return unsafeBitCast(handler, to: Int.self) == 1
  }

  /// Whether a signal came while a hold is held (for the crash tests' pause).
  static var anyCaught: Bool { heldSignal != 0 }

  /// The signal that came since the first hold began, or `nil`.
  var caught: Int32? { heldSignal == 0 ? nil : heldSignal }

  /// At a writer's safe point before it commits: when a signal came, runs `undo`, says on
  /// standard error that nothing was written, and ends the hold, which stops the process.
  ///
  /// - Returns: The signal, when its own handler let the process go on (the caller then
  ///   fails the write); `nil` when none came.
  func stopIfCaught(undo: () -> Void) -> Int32? {
    guard let signal = caught else { return nil }
    undo()
    FileHandle.standardError.write(
      Data("factledger: interrupted by signal \(signal); nothing was written\n".utf8))
    release()
    return signal
  }

  /// Ends this hold; the last one ends puts the previous handlers back and raises a signal
  /// that came. Ending it again does nothing.
  func release() {
    let noted: Int32? = Self.lock.withLock {
      guard !released else { return nil }
      released = true
      Self.depth -= 1
      guard Self.depth == 0 else { return nil }
      for (number, handler) in Self.previous { signal(number, handler) }
      Self.previous = []
      let noted = heldSignal
      heldSignal = 0
      return noted
    }
    if let noted, noted != 0 { raise(noted) }
  }

  deinit { release() }
}
