/// How much input factledger accepts before it refuses a file, so that a hostile or broken
/// file costs a clear error and little memory, never a crash or gigabytes.
///
/// Each bound is checked before the thing it bounds is read or built: a file's size from the
/// file system before it is read (and again while it streams, for pipes), a string's, array's
/// or number's length as the parser scans it. Each has a default and a setting of the same
/// name under `limits` in `factledger.json`.
public struct InputLimits: Sendable, Equatable {
  /// The largest ledger file (claim, article, policy, sources, gazetteer, article text), in bytes.
  public var maxFileBytes: Int
  /// The largest evidence file or check report read, in bytes.
  public var maxEvidenceBytes: Int
  /// The longest string in a JSON file, in UTF-8 bytes.
  public var maxStringBytes: Int
  /// The most elements one JSON array may hold.
  public var maxArrayItems: Int
  /// The deepest nesting of JSON arrays and objects.
  public var maxDepth: Int
  /// The longest JSON number literal, in characters.
  public var maxNumberLength: Int

  /// The defaults: room for any real article and newsroom-scale evidence, far below what would
  /// strain a CI runner.
  public static let `default` = InputLimits(
    maxFileBytes: 16 << 20, maxEvidenceBytes: 512 << 20, maxStringBytes: 1 << 20,
    maxArrayItems: 1_000_000, maxDepth: 64, maxNumberLength: 100)

  /// Creates limits.
  public init(
    maxFileBytes: Int, maxEvidenceBytes: Int, maxStringBytes: Int, maxArrayItems: Int,
    maxDepth: Int, maxNumberLength: Int
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxEvidenceBytes = maxEvidenceBytes
    self.maxStringBytes = maxStringBytes
    self.maxArrayItems = maxArrayItems
    self.maxDepth = maxDepth
    self.maxNumberLength = maxNumberLength
  }

  /// The parser's limits for a file of at most `maxBytes`.
  public func parserLimits(maxBytes: Int) -> JSONParser.Limits {
    JSONParser.Limits(
      maxDepth: maxDepth, maxBytes: maxBytes, maxStringBytes: maxStringBytes,
      maxArrayItems: maxArrayItems, maxNumberLength: maxNumberLength)
  }

  /// A parser held to these limits, for a file bounded by the size limit `size`.
  public func parser(for size: InputLimit = .fileBytes) -> JSONParser {
    JSONParser(limits: parserLimits(maxBytes: self[size]))
  }

  /// The value of one limit.
  public subscript(limit: InputLimit) -> Int {
    get {
      switch limit {
      case .fileBytes: maxFileBytes
      case .evidenceBytes: maxEvidenceBytes
      case .stringBytes: maxStringBytes
      case .arrayItems: maxArrayItems
      case .depth: maxDepth
      case .numberLength: maxNumberLength
      }
    }
    set {
      switch limit {
      case .fileBytes: maxFileBytes = newValue
      case .evidenceBytes: maxEvidenceBytes = newValue
      case .stringBytes: maxStringBytes = newValue
      case .arrayItems: maxArrayItems = newValue
      case .depth: maxDepth = newValue
      case .numberLength: maxNumberLength = newValue
      }
    }
  }
}

/// One of the bounds of `InputLimits`, named as its setting is.
public enum InputLimit: String, Sendable, CaseIterable {
  case fileBytes = "maxFileBytes"
  case evidenceBytes = "maxEvidenceBytes"
  case stringBytes = "maxStringBytes"
  case arrayItems = "maxArrayItems"
  case depth = "maxDepth"
  case numberLength = "maxNumberLength"

  /// The highest setting accepted, when there is one.
  ///
  /// The parser, the schema validator and the writer recurse once per level of nesting, and
  /// claim files are parsed on worker threads with smaller stacks than the main thread's, so
  /// nesting is bounded well below what would overflow them. Keep it equal to the `maximum`
  /// of `maxDepth` in `policy.schema.json`.
  public var maximum: Int? {
    switch self {
    case .depth: 1000
    case .fileBytes, .evidenceBytes, .stringBytes, .arrayItems, .numberLength: nil
    }
  }

  /// Where a user raises it: `limits.maxFileBytes in factledger.json`.
  public var setting: String { "limits.\(rawValue) in factledger.json" }

  /// What went over the limit, for a message: `a string of 52428800 bytes`.
  func describe(found: Int, limit: Int) -> String {
    let what =
      switch self {
      case .fileBytes, .evidenceBytes: "the file has \(found) bytes, more than"
      case .stringBytes: "a string of more than \(limit) bytes goes past"
      case .arrayItems: "an array of more than \(limit) items goes past"
      case .depth: "arrays and objects nest deeper than"
      case .numberLength: "a number of \(found) characters is longer than"
      }
    return "\(what) the limit of \(limit) (\(setting))"
  }
}
