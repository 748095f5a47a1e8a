/// A problem found in a file of the ledger, at a line and column.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How much the problem matters.
  public enum Severity: String, Sendable, Comparable {
    case error, warning, note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// How much it matters.
  public var severity: Severity
  /// The file, as a path from where the ledger was named.
  public var path: String
  /// Where in the file.
  public var location: SourceLocation
  /// A lowercase message that quotes the offending value.
  public var message: String
  /// The rule or check that found it (`json-syntax`, `schema-violation`, `unknown-source`).
  public var rule: String
  /// The id of the record concerned, when there is one.
  public var recordID: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, path: String, at location: SourceLocation = .start, _ message: String,
    rule: String, recordID: String? = nil
  ) {
    self.severity = severity
    self.path = path
    self.location = location
    self.message = message
    self.rule = rule
    self.recordID = recordID
  }

  /// `path:line:column: severity: message [rule]`, the form editors and CI logs understand.
  ///
  /// One line: the path, message and rule go through `Escape.terminal`, so a key or value
  /// quoted from a file cannot break the line or reach a terminal as a control character.
  public var description: String {
    let place = "\(Escape.terminal(path)):\(location.line):\(location.column)"
    return
      "\(place): \(severity.rawValue): \(Escape.terminal(message)) [\(Escape.terminal(rule))]"
  }
}

extension Diagnostic {
  /// Sorts diagnostics by file, then position.
  static func inFileOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    (lhs.path, lhs.location) < (rhs.path, rhs.location)
  }
}
