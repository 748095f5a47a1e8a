/// Why a schema cannot be used.
public enum SchemaError: Error, Sendable, Equatable {
  /// The schema uses a keyword this validator does not implement; it is refused rather than
  /// silently ignored.
  case unsupportedKeyword(String, at: String)
  /// A keyword's value has the wrong shape (`"minLength": "3"`).
  case invalidKeywordValue(String, at: String, expected: String)
  /// A `$ref` or `$dynamicRef` names nothing the validator knows.
  case unresolvableReference(String, at: String)
  /// The schema declares a dialect other than draft 2020-12.
  case unsupportedDialect(String, at: String)
  /// A `pattern` is not a regular expression this platform can compile.
  case invalidPattern(String, at: String)
  /// No schema is registered under this name.
  case unknownSchema(String)
  /// The schema text is not JSON.
  case syntax(JSONSyntaxError, document: String)

  /// A lowercase message that quotes the offending value.
  public var message: String {
    switch self {
    case .unsupportedKeyword(let keyword, let at):
      "unsupported keyword '\(keyword)' at \(at): the validator refuses schemas it cannot fully check"
    case .invalidKeywordValue(let keyword, let at, let expected):
      "'\(keyword)' at \(at) must be \(expected)"
    case .unresolvableReference(let reference, let at):
      "cannot resolve '\(reference)' at \(at)"
    case .unsupportedDialect(let dialect, let at):
      "unsupported '$schema' '\(dialect)' at \(at); this validator implements draft 2020-12"
    case .invalidPattern(let pattern, let at):
      "'\(pattern)' at \(at) is not a regular expression"
    case .unknownSchema(let name):
      "no schema named '\(name)'"
    case .syntax(let error, let document):
      "\(document):\(error.location): \(error.message)"
    }
  }
}
