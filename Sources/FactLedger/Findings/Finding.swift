/// A problem found in a file, at a line and column: the one type every part of factledger
/// reports with, from the JSON parser to the lint rules, and every writer renders.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
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

  /// A change that resolves the finding, which `lint --fix` writes.
  public enum Fix: Sendable, Equatable {
    /// Move the record's anchor to where its words now stand.
    case moveAnchor(to: Anchor)
    /// Move the record's attribution cue to where its words now stand.
    case moveCue(to: TextSpan)
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
  public var rule: RuleID
  /// The id of the record concerned, when there is one.
  public var recordID: String?
  /// A change that resolves it, when one is known.
  public var fix: Fix?
  /// The waiver that lets the record off, if any: the finding is listed but does not fail.
  public var waiver: Waiver?

  /// Creates a finding.
  public init(
    _ severity: Severity, path: String, at location: SourceLocation = .start, _ message: String,
    rule: RuleID, recordID: String? = nil, fix: Fix? = nil
  ) {
    self.severity = severity
    self.path = path
    self.location = location
    self.message = message
    self.rule = rule
    self.recordID = recordID
    self.fix = fix
  }

  /// The place, `path:line:column`, escaped for a terminal.
  public var place: String {
    "\(Escape.terminal(path)):\(location.line):\(location.column)"
  }

  /// `path:line:column: severity: message [rule]`, the form editors and CI logs understand.
  ///
  /// One line: the path, message and rule go through `Escape.terminal`, so a key or value
  /// quoted from a file cannot break the line or reach a terminal as a control character.
  public var description: String { line(severityLabel: severity.rawValue) }

  /// The line of `description` with `severityLabel` in place of the severity: for a console
  /// that colours it.
  public func line(severityLabel: String) -> String {
    "\(place): \(severityLabel): \(Escape.terminal(message)) [\(Escape.terminal(rule.rawValue))]"
  }

  /// Whether it fails a lint run: an error, or under `--strict` a warning, not waived.
  public func fails(strict: Bool) -> Bool {
    waiver == nil && (severity == .error || (strict && severity == .warning))
  }

  /// The anchor a fix moves the record to, if it has one.
  public var movedAnchor: Anchor? {
    if case .moveAnchor(let anchor) = fix { return anchor }
    return nil
  }

  /// The cue a fix moves the record's attribution to, if it has one.
  public var movedCue: TextSpan? {
    if case .moveCue(let cue) = fix { return cue }
    return nil
  }
}

extension Finding {
  /// Sorts findings by file, then position.
  static func inFileOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    (lhs.path, lhs.location) < (rhs.path, rhs.location)
  }
}
