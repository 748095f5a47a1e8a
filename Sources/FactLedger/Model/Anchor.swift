/// Where a record stands in its article's text.
///
/// The W3C Web Annotation pair: a TextQuoteSelector (`exact` with `prefix` and `suffix`) and a
/// TextPositionSelector (`start` inclusive, `end` exclusive, counted in Unicode scalars). The
/// offsets find the text fast, the quote confirms it, and the context finds it again after a
/// small edit of the article.
public struct Anchor: Sendable, Equatable {
  /// The anchored text, exactly as in the article.
  public var exact: String
  /// The text just before `exact` (up to 32 scalars; empty at the start of the article).
  public var prefix: String
  /// The text just after `exact` (up to 32 scalars; empty at the end of the article).
  public var suffix: String
  /// The offset of the first scalar of `exact`.
  public var start: Int
  /// The offset just past the last scalar of `exact`.
  public var end: Int

  /// Creates an anchor.
  public init(exact: String, prefix: String, suffix: String, start: Int, end: Int) {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
    self.start = start
    self.end = end
  }
}

extension Anchor: JSONRecord {
  private static let keys: FieldKeys = ["exact", "prefix", "suffix", "start", "end"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "anchor", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let exact = reader.string("exact", problems: &problems)
    let prefix = reader.string("prefix", problems: &problems)
    let suffix = reader.string("suffix", problems: &problems)
    let start = reader.integer("start", problems: &problems)
    let end = reader.integer("end", problems: &problems)
    guard let exact, let prefix, let suffix, let start, let end else { return nil }
    guard start >= 0, start <= end else {
      problems.append(
        DecodingProblem(
          at: reader.location,
          "anchor offsets must satisfy 0 <= start <= end, not \(start) and \(end)"))
      return nil
    }
    self.init(exact: exact, prefix: prefix, suffix: suffix, start: start, end: end)
  }

  public var json: JSONValue {
    .object([
      "exact": .string(exact), "prefix": .string(prefix), "suffix": .string(suffix),
      "start": .integer(start), "end": .integer(end),
    ])
  }
}

/// A short run of an article's text with its offsets: the cue words of an attribution.
public struct TextSpan: Sendable, Equatable {
  /// The words, exactly as in the article.
  public var exact: String
  /// The offset of the first scalar, in Unicode scalars.
  public var start: Int
  /// The offset just past the last scalar.
  public var end: Int

  /// Creates a span.
  public init(exact: String, start: Int, end: Int) {
    self.exact = exact
    self.start = start
    self.end = end
  }
}

extension TextSpan: JSONRecord {
  private static let keys: FieldKeys = ["exact", "start", "end"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "cue", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let exact = reader.string("exact", problems: &problems)
    let start = reader.integer("start", problems: &problems)
    let end = reader.integer("end", problems: &problems)
    guard let exact, let start, let end else { return nil }
    self.init(exact: exact, start: start, end: end)
  }

  public var json: JSONValue {
    .object(["exact": .string(exact), "start": .integer(start), "end": .integer(end)])
  }
}
