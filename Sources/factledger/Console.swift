import FactLedger
import Foundation

/// Where the CLI writes: results to stdout, diagnostics to stderr, colour only on a terminal
/// that is not `TERM=dumb`, and never when `NO_COLOR` is set to a non-empty value
/// (no-color.org: an empty `NO_COLOR` is as if unset).
///
/// A write that fails ends the process (`StandardStream`): by `SIGPIPE` when the reader went
/// away, with status 2 and a message otherwise.
///
/// Every stderr line is one line: the messages, which may quote ledger or command-line text,
/// go through `Escape.terminal`, so no control character or line break in them reaches the
/// terminal or log raw. What goes to stdout is escaped by the writer that builds it.
struct Console {
  let environment: [String: String]

  /// Writes results.
  func out(_ text: String) {
    StandardStream.output.write(text)
  }

  /// Writes a piece of UTF-8 text to stdout as it is.
  func out(_ bytes: [UInt8]) {
    StandardStream.output.write(bytes)
  }

  /// Writes a report as its writer hands it on, piece by piece.
  func out<Writer: ReportWriter>(_ report: Writer.Report, with writer: Writer) {
    writer.write(report) { out($0) }
  }

  /// Writes one finding to stderr, `path:line:column: severity: message [rule]`, the severity
  /// coloured on a terminal; built from the finding's parts, each escaped.
  func report(_ finding: Finding) {
    let code = finding.severity == .error ? "31" : (finding.severity == .warning ? "33" : "36")
    err(finding.line(severityLabel: colour(finding.severity.rawValue, code)))
  }

  /// Writes `note: message` to stderr, the message escaped.
  func note(_ message: String) {
    err("note: \(Escape.terminal(message))")
  }

  /// Writes `path:line:column: note: message` to stderr, the path and message escaped.
  func note(_ message: String, in path: String, at location: SourceLocation) {
    err(
      "\(Escape.terminal(path)):\(location.line):\(location.column): note: \(Escape.terminal(message))"
    )
  }

  /// Writes `warning: message` to stderr, the message escaped.
  func warning(_ message: String) {
    err("\(colour("warning", "33")): \(Escape.terminal(message))")
  }

  /// Writes `error: message` to stderr, the message escaped.
  func error(_ message: String) {
    err("\(colour("error", "31")): \(Escape.terminal(message))")
  }

  private func err(_ line: String) {
    StandardStream.error.write(line + "\n")
  }

  private var usesColour: Bool {
    Self.allowsColour(in: environment) && isatty(STDERR_FILENO) == 1
  }

  /// Whether the environment lets a terminal be coloured: `NO_COLOR` unset or empty, and
  /// `TERM` not `dumb`.
  static func allowsColour(in environment: [String: String]) -> Bool {
    (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  private func colour(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
  }

  /// The terminal width: `COLUMNS` when set, else 80.
  var width: Int {
    environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
  }
}

/// How the process ends: 0 clean, 1 findings or failed policy, 2 usage or input error.
enum ExitCode: Int32 {
  case success = 0
  case findings = 1
  case usageOrInputError = 2
}

/// Questions about the file system that the CLI asks before handing paths to the library.
enum FileSystem {
  /// Whether `path` is an existing folder.
  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
