/// A strict RFC 8259 parser that keeps the line and column of every value and key.
///
/// Foundation's decoders lose positions, and every finding of factledger must point at
/// `path:line:column`, so the ledger is read through this parser. It accepts exactly the JSON
/// that RFC 8259 allows (no comments, no trailing commas, no byte order mark), checks that
/// strings are UTF-8 and name whole characters, refuses duplicate keys (unless told not to), and stops at the
/// configured nesting depth and input size with an error rather than a crash.
public struct JSONParser: Sendable {
  /// Bounds that protect the parser and its caller from hostile input.
  public struct Limits: Sendable, Equatable {
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// The largest input accepted, in bytes.
    public var maxBytes: Int

    /// Creates limits; the defaults suit ledger and evidence files.
    public init(maxDepth: Int = 256, maxBytes: Int = 256 << 20) {
      self.maxDepth = maxDepth
      self.maxBytes = maxBytes
    }
  }

  /// The bounds this parser enforces.
  public var limits: Limits
  /// Whether an object may name a key twice. RFC 8259 allows it (names "SHOULD be unique");
  /// a ledger file may not, so the default refuses them with both positions named.
  public var allowsDuplicateKeys: Bool

  /// Creates a parser with the given limits.
  public init(limits: Limits = Limits(), allowsDuplicateKeys: Bool = false) {
    self.limits = limits
    self.allowsDuplicateKeys = allowsDuplicateKeys
  }

  /// Parses one JSON text.
  ///
  /// - Parameter bytes: The UTF-8 text.
  /// - Returns: The top-level value, with the location of every value and key.
  /// - Throws: `JSONSyntaxError` at the first place the text breaks the grammar.
  public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    guard bytes.count <= limits.maxBytes else {
      throw .inputTooLarge(bytes: bytes.count, limit: limits.maxBytes)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw .byteOrderMark }
    let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(
        bytes: buffer, maxDepth: limits.maxDepth, allowsDuplicateKeys: allowsDuplicateKeys)
      return Result { () throws(JSONSyntaxError) in try scanner.parseDocument() }
    }
    return try result.get()
  }

  /// Parses one JSON text given as a string.
  public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}
