extension LintBaseline {
  /// Why a baseline file was not used.
  public enum Failure: Error, Sendable, Equatable {
    /// The file cannot be read, or is larger than the limit.
    case unreadable(path: String, BoundedFile.Failure)
    /// It is not a baseline; each problem with its position.
    case invalid([Finding])

    /// The problems as findings, each with the file's path, line and column.
    public var findings: [Finding] {
      switch self {
      case .unreadable(let path, let failure):
        [Finding(.error, path: path, failure.message, rule: .ledgerLayout)]
      case .invalid(let findings): findings
      }
    }
  }

  /// Reads the baseline at `path`, within the ledger's file limits.
  ///
  /// - Throws: `Failure`; nothing of a bad file is used.
  public static func read(from path: String, limits: InputLimits = .default) throws(Failure)
    -> LintBaseline
  {
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(path, limit: limits.maxFileBytes)
    } catch {
      throw .unreadable(path: path, error)
    }
    return try parse(bytes, path: path, limits: limits)
  }

  /// Reads the bytes of a baseline file.
  ///
  /// - Throws: `Failure.invalid` for a syntax error or a document that breaks
  ///   `Schemas/lint-baseline.schema.json`, each at its line and column.
  public static func parse(_ bytes: [UInt8], path: String, limits: InputLimits = .default)
    throws(Failure) -> LintBaseline
  {
    let document: JSONValue
    do {
      document = try limits.parser().parse(bytes)
    } catch {
      throw .invalid([error.finding(in: path)])
    }
    let violations = LedgerSchemas.shared.validate(document, as: .lintBaseline)
    guard violations.isEmpty else {
      throw .invalid(
        violations.map {
          Finding(.error, path: path, at: $0.location, $0.description, rule: .schemaViolation)
        })
    }
    // The schema holds every field below to its type.
    let entries = (document["findings"]?.arrayValue ?? []).map { entry in
      Entry(
        rule: RuleID(rawValue: entry["rule"]?.stringValue ?? ""),
        record: entry["record"]?.stringValue, file: entry["file"]?.stringValue ?? "",
        fingerprint: entry["fingerprint"]?.stringValue ?? "",
        message: entry["message"]?.stringValue ?? "")
    }
    return LintBaseline(entries: entries)
  }
}

extension LintBaseline {
  /// Writes the baseline to `path` in one step (a temporary file renamed over it), so a crash
  /// leaves the old baseline or the new one.
  ///
  /// - Throws: `LintBaselineWriteError` with the system's reason; the old file is untouched.
  public func write(to path: String) throws(LintBaselineWriteError) {
    do {
      try AtomicFile.write(JSONWriter().string(for: json), to: path)
    } catch {
      throw LintBaselineWriteError(path: path, reason: error.reason)
    }
  }
}

/// Why a baseline could not be written.
public struct LintBaselineWriteError: Error, Sendable, Equatable {
  /// The file.
  public var path: String
  /// The system's reason.
  public var reason: String

  /// "cannot write the baseline 'PATH': REASON".
  public var message: String { "cannot write the baseline '\(path)': \(reason)" }
}
