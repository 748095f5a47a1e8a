import Foundation

/// What `factledger mark --from FILE` reads: a check report (`check --format json`), whose
/// verified and disputed claims are marked with their evidence, or claim ids one a line.
///
/// A file whose first character (after white space) is `{` or `[` is read as a report, and
/// must be one: a syntax error or a document that breaks `Schemas/check-output.schema.json` is
/// reported at its line and column, never read as a list of ids.
public enum MarkRequestSource: Sendable, Equatable {
  /// The verdicts of a check report: its verified and disputed claims, in its order.
  case checkReport([Verdict])
  /// Claim ids, one a line; blank lines and lines starting with `#` are left out.
  case claimIDs([ListedID])

  /// A claim id of a list, and where it stands.
  public struct ListedID: Sendable, Equatable {
    /// The id.
    public var id: String
    /// Its line and column in the file.
    public var location: SourceLocation

    /// Creates a listed id.
    public init(_ id: String, at location: SourceLocation) {
      self.id = id
      self.location = location
    }
  }

  /// Where each claim the file names first stands, so a message about a claim can point at it.
  public var places: [String: SourceLocation] {
    let named: [(String, SourceLocation)] =
      switch self {
      case .checkReport(let verdicts): verdicts.map { ($0.claimID, $0.location) }
      case .claimIDs(let ids): ids.map { ($0.id, $0.location) }
      }
    return Dictionary(named, uniquingKeysWith: { first, _ in first })
  }

  /// One claim a check report found verified or disputed.
  public struct Verdict: Sendable, Equatable {
    /// The claim.
    public var claimID: String
    /// `verified` or `disputed`.
    public var status: Review.Status
    /// The evidence item ids the report gives for it.
    public var evidence: [String]
    /// The reason codes the report gives for it, in its order (`date-mismatch`,
    /// `attribution-unconfirmed`): the first is the review's reason, which decides the rating
    /// a ClaimReview export publishes ("Partly false" rather than "False").
    public var reasons: [String]
    /// Where the report gives the claim's id.
    public var location: SourceLocation

    /// Creates a verdict.
    public init(
      claimID: String, status: Review.Status, evidence: [String], reasons: [String] = [],
      at location: SourceLocation = .start
    ) {
      self.claimID = claimID
      self.status = status
      self.evidence = evidence
      self.reasons = reasons
      self.location = location
    }
  }

  /// Why the file was not used.
  public enum Failure: Error, Sendable, Equatable {
    /// The file cannot be read, or is larger than the limit.
    case unreadable(path: String, BoundedFile.Failure)
    /// It starts as JSON but is no check report; each problem is listed with its position.
    case invalid([Finding])

    /// A lowercase message that names the file.
    public var message: String {
      switch self {
      case .unreadable(let path, let failure): "cannot read '\(path)': \(failure.message)"
      case .invalid(let diagnostics):
        "the file starts as JSON but is not a check report (\(diagnostics.count) error(s))"
      }
    }
  }

  /// Reads the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file; `/dev/stdin` and pipes are read as streams.
  ///   - limits: Its size is bounded by `maxEvidenceBytes`, a report's strings, arrays, numbers
  ///     and nesting by the others.
  /// - Throws: `Failure`; nothing of a bad file is used.
  public static func read(from path: String, limits: InputLimits = .default) throws(Failure)
    -> MarkRequestSource
  {
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(path, limit: limits.maxEvidenceBytes, setting: .evidenceBytes)
    } catch {
      throw .unreadable(path: path, error)
    }
    return try parse(bytes, path: path, limits: limits)
  }

  /// Reads the bytes of a `--from` file.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - path: The file's path, as the user gave it, for diagnostics.
  ///   - limits: The bounds of a report's strings, arrays, numbers and nesting.
  /// - Returns: A check report's verdicts when the text starts with `{` or `[`, else its ids.
  /// - Throws: `Failure.invalid` when the text starts as JSON but is no check report.
  public static func parse(_ bytes: [UInt8], path: String, limits: InputLimits = .default)
    throws(Failure) -> MarkRequestSource
  {
    guard startsAsJSON(bytes) else { return .claimIDs(claimIDs(in: bytes)) }
    let document: JSONValue
    do {
      document = try limits.parser(for: .evidenceBytes).parse(bytes)
    } catch {
      throw .invalid([
        error.finding(in: path)
      ])
    }
    let violations = LedgerSchemas.shared.validate(document, as: .checkOutput)
    guard violations.isEmpty else {
      throw .invalid(
        violations.map {
          Finding(.error, path: path, at: $0.location, $0.description, rule: .schemaViolation)
        })
    }
    return .checkReport(verdicts(in: document))
  }

  /// The verified and disputed results of a report that meets its schema.
  private static func verdicts(in report: JSONValue) -> [Verdict] {
    (report["results"]?.arrayValue ?? []).compactMap { result in
      guard let idValue = result["id"], let id = idValue.stringValue,
        let status = result["overall"]?.stringValue.flatMap(Review.Status.init(rawValue:)),
        status != .unverified
      else { return nil }
      let evidence = result["evidence"]?.arrayValue?.compactMap(\.stringValue) ?? []
      let reasons = result["reasons"]?.arrayValue?.compactMap(\.stringValue) ?? []
      return Verdict(
        claimID: id, status: status, evidence: evidence, reasons: reasons, at: idValue.location)
    }
  }

  /// The ids of a list: one a line, trimmed, without blank lines and `#` comments.
  private static func claimIDs(in bytes: [UInt8]) -> [ListedID] {
    let lines = String(decoding: bytes, as: UTF8.self)
      .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    return lines.enumerated().compactMap { number, line in
      let id = line.trimmingCharacters(in: .whitespaces)
      guard !id.isEmpty, !id.hasPrefix("#") else { return nil }
      let indent = line.unicodeScalars.prefix { $0.properties.isWhitespace }.count
      return ListedID(id, at: SourceLocation(line: number + 1, column: indent + 1))
    }
  }

  /// Whether the first character after JSON white space (and a byte order mark, which the
  /// parser then reports) opens an object or an array.
  private static func startsAsJSON(_ bytes: [UInt8]) -> Bool {
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    let first = text.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
  }
}
