/// One way a JSON document fails to describe a ledger record, and where.
public struct DecodingProblem: Sendable, Equatable {
  /// Where the offending value or key stands.
  public var location: SourceLocation
  /// A lowercase message that quotes the offending value.
  public var message: String

  /// Creates a problem.
  public init(at location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// The problem of a name or alias (of `sources.json` or `gazetteer.json`) with no letter or
  /// digit, which every text of punctuation alone would match ("…" as an alias made a
  /// speaker "-" that person); `nil` for a name that has one.
  init?(nameWithoutLetters text: String, at location: SourceLocation) {
    guard
      !text.unicodeScalars.contains(where: {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      })
    else { return nil }
    self.init(
      at: location, "'\(text)' has no letter or digit: it would name any text of punctuation alone")
  }
}

/// A value that reads itself from JSON, reporting every problem rather than the first.
public protocol JSONDecodableRecord {
  /// Reads the value, appending each problem found; `nil` when it cannot be built at all.
  init?(json: JSONValue, problems: inout [DecodingProblem])
}

/// A value that writes itself as JSON in its record type's fixed key order.
public protocol JSONEncodableRecord {
  /// The value as JSON, members in the record type's fixed order.
  var json: JSONValue { get }
}

/// A record that reads and writes itself.
public typealias JSONRecord = JSONDecodableRecord & JSONEncodableRecord
