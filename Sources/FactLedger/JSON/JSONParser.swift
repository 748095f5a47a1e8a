/// A strict RFC 8259 parser that keeps the line and column of every value and key.
///
/// Foundation's decoders lose positions, and every finding of factledger must point at
/// `path:line:column`, so the ledger is read through this parser. It accepts exactly the JSON
/// that RFC 8259 allows (no comments, no trailing commas, no byte order mark), checks that
/// strings are UTF-8 and name whole characters, refuses duplicate keys (unless told not to) and
/// keys that are not in Unicode Normalization Form C (so that keys compare exactly), and stops at the
/// configured limits (size, nesting, string, array and number length) with an error rather than
/// a crash or an unbounded allocation.
public struct JSONParser: Sendable {
  /// Bounds that protect the parser and its caller from hostile input: each is checked as the
  /// text is scanned, before the value it bounds is built.
  public struct Limits: Sendable, Equatable {
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The longest string accepted, in UTF-8 bytes once unescaped.
    public var maxStringBytes: Int
    /// The most elements one array may hold.
    public var maxArrayItems: Int
    /// The longest number literal accepted, in characters.
    public var maxNumberLength: Int

    /// Creates limits; the defaults are `InputLimits`' defaults, which suit ledger files.
    public init(
      maxDepth: Int = InputLimits.default.maxDepth, maxBytes: Int = 256 << 20,
      maxStringBytes: Int = InputLimits.default.maxStringBytes,
      maxArrayItems: Int = InputLimits.default.maxArrayItems,
      maxNumberLength: Int = InputLimits.default.maxNumberLength
    ) {
      self.maxDepth = maxDepth
      self.maxBytes = maxBytes
      self.maxStringBytes = maxStringBytes
      self.maxArrayItems = maxArrayItems
      self.maxNumberLength = maxNumberLength
    }

    /// No bound but the input size and 256 levels of nesting: for conformance suites.
    public static let generous = Limits(
      maxDepth: 256, maxStringBytes: .max, maxArrayItems: .max, maxNumberLength: .max)
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
    try parse(bytes[...], firstLine: 1)
  }

  /// Parses the JSON text in `bytes`, whose first byte stands on line `firstLine` of its file
  /// (a line of a JSON Lines file), so that every location is the file's.
  func parse(_ bytes: ArraySlice<UInt8>, firstLine: Int) throws(JSONSyntaxError) -> JSONValue {
    guard bytes.count <= limits.maxBytes else {
      throw .limitExceeded(
        .fileBytes, found: bytes.count, limit: limits.maxBytes,
        at: SourceLocation(line: firstLine, column: 1))
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw .byteOrderMark }
    let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(
        bytes: buffer, limits: limits, allowsDuplicateKeys: allowsDuplicateKeys)
      scanner.line = firstLine
      return Result { () throws(JSONSyntaxError) in try scanner.parseDocument() }
    }
    return try result.get()
  }

  /// Parses one JSON text given as a string.
  public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}
