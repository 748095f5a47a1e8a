/// One way a JSON document fails its schema.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
  /// Where in the document, as a JSON Pointer (`/attribution/outlet`).
  public var instancePath: JSONPointer
  /// Where in the file: the line and column of the offending value.
  public var location: SourceLocation
  /// What failed, in a lowercase sentence that quotes the value.
  public var message: String
  /// The schema keyword that failed: its schema's URI, a pointer, and the keyword.
  public var keywordLocation: String

  /// `<pointer>: <message>`, with `/` for the whole document.
  public var description: String {
    "\(instancePath.tokens.isEmpty ? "/" : instancePath.description): \(message)"
  }
}
