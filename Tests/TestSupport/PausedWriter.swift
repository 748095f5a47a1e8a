import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A factledger write started with `FACTLEDGER_TEST_PAUSE_BEFORE_RENAME`, stopped at its pause
/// (every temporary file written and flushed, nothing committed), for a test to send it a
/// signal there, as a user's Ctrl-C or a `kill` would.
///
/// The process is spawned with no signal blocked and every handler at its default, as a shell
/// starts a command: the test runner's threads block signals, and a child started from them
/// through `Process` inherits that mask, so a SIGTERM would stay pending instead of arriving.
public final class PausedWriter {
  private let pid: pid_t

  /// The process id, to send it signals.
  public var processIdentifier: pid_t { pid }
  private let errors: FileHandle
  private var said = ""

  /// Starts `factledger arguments` in `folder` and waits (up to 30 seconds) for its pause, or,
  /// without `pausing`, only starts it.
  ///
  /// - Returns: `nil` when it ended or never paused; what it said is in `stderr`.
  /// `ignoring` names signals the process starts with ignored, as `nohup` starts it.
  public init?(
    _ arguments: [String], in folder: URL, pausing: Bool = true, ignoring: [Int32] = []
  ) throws {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var environment = ProcessInfo.processInfo.environment
    if pausing { environment["FACTLEDGER_TEST_PAUSE_BEFORE_RENAME"] = "30" }
    // Through a shell, for the folder: it keeps the empty mask across its `exec`.
    let traps = ignoring.map { "trap '' \($0); " }.joined()
    let shell = [
      "/bin/sh", "-c", traps + "cd \"$0\" && exec \"$@\"", folder.path, CLIRunner.binary.path,
    ]
    let argv = (shell + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
    close(fds[1])
    errors = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
    pid = child
    guard pausing else { return }
    // Read what it says until the pause line, or its end.
    let deadline = Date().addingTimeInterval(30)
    while !said.contains("factledger: test pause before commit\n"), Date() < deadline {
      let data = errors.availableData
      if data.isEmpty {
        _ = stop(with: SIGKILL)
        return nil
      }
      said += String(decoding: data, as: UTF8.self)
    }
    guard said.contains("factledger: test pause before commit\n") else {
      _ = stop(with: SIGKILL)
      return nil
    }
  }

  /// Sends `signal` and waits for the process to end.
  ///
  /// - Returns: Whether it ended by a signal, and that signal's number or its exit status.
  public func stop(with signal: Int32) -> (bySignal: Bool, status: Int32) {
    stop(with: signal, within: .infinity)!
  }

  /// Sends `signal` and waits up to `seconds` for the process to end.
  ///
  /// - Returns: How it ended, as `stop(with:)` says, or `nil` when it is still running.
  public func stop(with signal: Int32, within seconds: Double) -> (bySignal: Bool, status: Int32)? {
    kill(pid, signal)
    var status: Int32 = 0
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let ended = waitpid(pid, &status, WNOHANG)
      if ended == pid { break }
      if ended < 0, errno != EINTR { return nil }
      if Date() >= deadline { return nil }
      usleep(10_000)
    }
    said += String(decoding: errors.readDataToEndOfFile(), as: UTF8.self)
    let signalled = status & 0x7F
    return signalled != 0 ? (true, signalled) : (false, (status >> 8) & 0xFF)
  }

  /// What the process wrote to standard error.
  public var stderr: String { said }
}
