/// An article's text as the ledger keeps it, taken from a file's bytes.
public struct ArticleCapture: Sendable, Equatable {
  /// The text in the ledger's layout (`ParagraphText`).
  public var text: String
  /// Whether it was read as HTML.
  public var wasHTML: Bool

  /// Takes the bytes of a plain-text or HTML file.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - path: The file as the user named it, for messages; a `.html` or `.htm` ending makes it
  ///     HTML, as does content that looks like a page (`HTMLText.looksLikeHTML`).
  /// - Throws: `CaptureError` for an empty, binary or non-UTF-8 file, a page with no text, or
  ///   one whose character references stand for a character text cannot hold.
  public init(bytes: [UInt8], path: String) throws(CaptureError) {
    var bytes = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let nul = bytes.firstIndex(of: 0) {
      throw .binary(path: path, at: UTF8Position.location(of: nul, in: bytes), scalar: 0)
    }
    guard let decoded = String(validating: bytes, as: UTF8.self) else {
      let (offset, byte) = UTF8Position.firstInvalidByte(in: bytes)
      throw .notUTF8(path: path, at: UTF8Position.location(of: offset, in: bytes), byte: byte)
    }
    if let refused = decoded.unicodeScalars.firstIndex(where: TextScalars.isRefused) {
      let offset = bytes.startIndex + decoded.utf8.distance(from: decoded.startIndex, to: refused)
      throw .binary(
        path: path, at: UTF8Position.location(of: offset, in: bytes),
        scalar: decoded.unicodeScalars[refused].value)
    }
    let lowered = path.lowercased()
    wasHTML =
      lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || HTMLText.looksLikeHTML(decoded)
    if wasHTML {
      let page = HTMLText.PageText(html: decoded)
      if let refused = page.firstRefusedReference {
        let index = decoded.unicodeScalars.index(
          decoded.startIndex, offsetBy: refused.scalarOffset)
        let offset = decoded.utf8.distance(from: decoded.startIndex, to: index)
        throw .reference(
          path: path, at: UTF8Position.location(of: bytes.startIndex + offset, in: bytes),
          scalar: refused.scalar.value)
      }
      text = page.text
    } else {
      text = ParagraphText.normalize(decoded)
    }
    let hasWords = text.unicodeScalars.contains {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
    }
    guard hasWords else {
      throw wasHTML && !decoded.allSatisfy(\.isWhitespace)
        ? .noBodyText(path: path) : .empty(path: path)
    }
  }

  /// The text's length in Unicode scalars, the unit of anchor offsets.
  public var characterCount: Int { text.unicodeScalars.count }

  /// The number of paragraphs.
  public var paragraphCount: Int { ParagraphText.count(in: text) }

  /// The SHA-256 of the text's UTF-8 bytes, lowercase hex, as `article.json` records it.
  public var sha256: String { SHA256.hexDigest(of: Array(text.utf8)) }
}
