extension RuleID {
  /// A file given as an article's text that holds no text the ledger can keep.
  public static let articleText: RuleID = "article-text"
}

/// Why a file was not taken as an article's text.
public enum CaptureError: Error, Sendable, Equatable {
  /// The file has no bytes, or no letter or digit.
  case empty(path: String)
  /// The file holds a NUL, another control character or a noncharacter (`TextScalars`): it
  /// is binary, not text.
  case binary(path: String, at: SourceLocation, scalar: UInt32)
  /// An HTML page's character reference (`&#1;`) stands for such a character.
  case reference(path: String, at: SourceLocation, scalar: UInt32)
  /// The file's bytes are not UTF-8.
  case notUTF8(path: String, at: SourceLocation, byte: UInt8)
  /// An HTML page with no text between its tags.
  case noBodyText(path: String)

  /// The file, as the user named it.
  public var path: String {
    switch self {
    case .empty(let path), .binary(let path, _, _), .reference(let path, _, _),
      .notUTF8(let path, _, _), .noBodyText(let path):
      path
    }
  }

  /// Where in the file the problem is.
  public var location: SourceLocation {
    switch self {
    case .binary(_, let location, _), .reference(_, let location, _),
      .notUTF8(_, let location, _):
      location
    case .empty, .noBodyText: .start
    }
  }

  /// A lowercase message, without the path.
  public var message: String {
    switch self {
    case .empty:
      "the file has no words to add as an article: it is empty, or white space and punctuation only"
    case .binary(_, _, let scalar):
      "the file holds the \(TextScalars.kind(of: scalar)) U+\(TextScalars.hex(scalar)): it is binary, not article text"
    case .reference(_, _, let scalar):
      "the page's character reference stands for the \(TextScalars.kind(of: scalar)) U+\(TextScalars.hex(scalar)), which article text cannot hold; remove it from the page"
    case .notUTF8(_, _, let byte):
      UTF8Position.notUTF8Message(byte: byte)
    case .noBodyText:
      "the HTML page has no body text: every tag stripped, scripts and styles dropped, nothing is left"
    }
  }

  /// The problem as a finding, `path:line:column: error: message [article-text]`.
  public var finding: Finding {
    Finding(.error, path: path, at: location, message, rule: .articleText)
  }
}
