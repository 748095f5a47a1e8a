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
  private var previous: [(Int32, SignalHandler?)] = []
  private var released = false

  /// Starts holding the signals off.
  init() {
    heldSignal = 0
    for number in Self.signals {
      let handler = signal(number) { heldSignal = $0 }
      // SIG_IGN is the handler 1 on Linux and Darwin alike: a signal ignored stays ignored.
      if unsafeBitCast(handler, to: Int.self) == 1 {
        signal(number, handler)
      } else {
        previous.append((number, handler))
      }
    }
  }

  /// Whether a signal came while a hold is held (for the crash tests' pause).
  static var anyCaught: Bool { heldSignal != 0 }

  /// The signal that came since the hold began, or `nil`.
  var caught: Int32? { heldSignal == 0 ? nil : heldSignal }

  /// Says on standard error that the write stopped with nothing changed.
  func noteStopped() {
    FileHandle.standardError.write(
      Data("factledger: interrupted by signal \(heldSignal); nothing was written\n".utf8))
  }

  /// Ends the hold: the previous handlers are back, and a signal that came is raised now.
  func release() {
    guard !released else { return }
    released = true
    for (number, handler) in previous { signal(number, handler) }
    let noted = heldSignal
    heldSignal = 0
    if noted != 0 { raise(noted) }
  }

  deinit { release() }
}
