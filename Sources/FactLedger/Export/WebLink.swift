/// Which URLs from the ledger or evidence may become links on a page: only `http` and `https`.
///
/// Anything else (`javascript:`, `data:`, `file:`, a relative path, a URL with white space or a
/// control character that a browser would strip or fold) is shown as text and never put in an
/// `href`.
public enum WebLink {
  /// Whether `url` may be the target of a link.
  ///
  /// - Parameter url: An untrusted URL.
  /// - Returns: `true` for an absolute `http://` or `https://` URL with a host and no white space
  ///   or control characters.
  public static func isAllowed(_ url: String) -> Bool {
    let lowered = url.lowercased()
    let rest: Substring
    if lowered.hasPrefix("https://") {
      rest = lowered.dropFirst("https://".count)
    } else if lowered.hasPrefix("http://") {
      rest = lowered.dropFirst("http://".count)
    } else {
      return false
    }
    guard let first = rest.first, first != "/", first != "\\" else { return false }
    return !url.unicodeScalars.contains { scalar in
      // ASCII answered without a Unicode property lookup (a page checks a URL per item).
      let isWhitespace =
        scalar.isASCII
        ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
      return isWhitespace || Escape.isUnsafeForTerminal(scalar) || scalar == "\\"
    }
  }

  /// An `<a>` to `url` showing `text` when the URL is allowed, else the text alone; both escaped.
  ///
  /// - Parameters:
  ///   - url: The untrusted URL, when there is one.
  ///   - text: What to show, untrusted.
  /// - Returns: HTML.
  public static func html(_ url: String?, text: String) -> String {
    guard let url, isAllowed(url) else { return Escape.html(text) }
    return
      "<a href=\"\(Escape.html(url))\" rel=\"noopener noreferrer\">\(Escape.html(text))</a>"
  }
}
