import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built binary and reports its own peak resident memory, from `wait4(2)`'s
/// resource usage of that one child (Foundation's `Process` reaps children itself, so it
/// cannot tell).
enum PeakMemory {
  struct Result {
    var status: Int32
    /// The child's peak resident set, in bytes.
    var peakBytes: Int
  }

  /// Runs `factledger arguments`; paths in them must be absolute (the working directory is the
  /// test process's own, shared by tests running at once).
  static func run(_ arguments: [String]) throws -> Result {
    #if canImport(Glibc)
      let argv = ([CLIRunner.binary.path] + arguments).map { strdup($0) } + [nil]
      defer { for pointer in argv { free(pointer) } }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      var pid: pid_t = 0
      let spawned = posix_spawn(&pid, CLIRunner.binary.path, &actions, nil, argv, environ)
      guard spawned == 0 else { throw CocoaError(.executableLoad) }
      var status: Int32 = 0
      var usage = rusage()
      while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
      // Linux reports ru_maxrss in kibibytes.
      return Result(status: (status >> 8) & 0xFF, peakBytes: Int(usage.ru_maxrss) * 1024)
    #else
      throw CocoaError(.featureUnsupported)
    #endif
  }
}
