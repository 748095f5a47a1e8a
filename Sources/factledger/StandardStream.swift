import FactLedger
import Foundation

/// The process's standard output or error, written with `write(2)` until every byte is out.
///
/// When a write fails, the process ends at once, the same way whatever the command:
/// - **The reader went away** (`EPIPE`: `factledger lint | head -1`): as the default `SIGPIPE`
///   ends `cat` or `grep`, by that signal (status 141 in a shell) and with no message. A shell or
///   CI runner that ignores `SIGPIPE` passes that on to the processes it starts; a write then
///   fails instead of killing, and the failure is turned into the same signal here (Foundation's
///   `FileHandle` stopped with a stack trace).
/// - **Anything else** (a full disk, a closed descriptor): `error: cannot write to standard
///   output: <reason>` on stderr, when it can still be written, and status 2.
///
/// A command that changes the ledger has finished writing it before it reports. Should one end
/// in the middle of a write (a note on stderr), the write's journal completes or undoes it on
/// the next command that writes, as after any interruption.
enum StandardStream: Int32 {
  case output = 1
  case error = 2

  /// What the stream is called in a message.
  private var name: String { self == .output ? "standard output" : "standard error" }

  /// The standard streams (0, 1, 2) the process was started without, each now held open on
  /// `/dev/null`: a descriptor the command opens takes the lowest free number, so a closed
  /// stdout would otherwise become a file of the ledger, or a timer of Dispatch, and the
  /// report would go into it. Writes to a stream held so fail as the closed one did (`EBADF`).
  /// Evaluated first thing in `main`, before anything else opens a descriptor.
  static let closedAtStart: Set<Int32> = {
    var closed: Set<Int32> = []
    for descriptor: Int32 in [0, 1, 2] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let held = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
      if held == descriptor {
        closed.insert(descriptor)
      } else if held >= 0 {
        close(held)
      }
    }
    return closed
  }()

  /// Writes `bytes`, or ends the process when they cannot be written.
  func write(_ bytes: UnsafeRawBufferPointer) {
    if Self.closedAtStart.contains(rawValue) { fail(EBADF) }
    if let code = DescriptorWrite.all(bytes, to: rawValue) { fail(code) }
  }

  /// Writes the UTF-8 of `text`, or ends the process when it cannot be written.
  func write(_ text: String) {
    if Self.closedAtStart.contains(rawValue) { fail(EBADF) }
    if let code = DescriptorWrite.all(text, to: rawValue) { fail(code) }
  }

  /// Writes `bytes`.
  func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { write($0) }
  }

  /// Ends the process after a failed write (`code` is its `errno`).
  private func fail(_ code: Int32) -> Never {
    if code == EPIPE {
      signal(SIGPIPE, SIG_DFL)
      var pipe = sigset_t()
      sigemptyset(&pipe)
      sigaddset(&pipe, SIGPIPE)
      sigprocmask(SIG_UNBLOCK, &pipe, nil)
      raise(SIGPIPE)
      exit(128 + SIGPIPE)
    }
    if self == .output {
      let message = "error: cannot write to \(name): \(String(cString: strerror(code)))\n"
      // Tried once: when stderr fails too, the status alone tells.
      if !Self.closedAtStart.contains(StandardStream.error.rawValue) {
        _ = DescriptorWrite.all(message, to: StandardStream.error.rawValue)
      }
    }
    exit(ExitCode.usageOrInputError.rawValue)
  }
}
