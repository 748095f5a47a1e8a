/// A URI reference split into its RFC 3986 parts, with reference resolution (section 5.2).
///
/// Schema ids and `$ref`s are URI references resolved against a base; Foundation's `URL` does
/// not resolve every form the JSON Schema test suite uses (URNs, empty paths), so this does.
struct URIReference: Equatable, CustomStringConvertible {
  var scheme: String?
  var authority: String?
  var path: String
  var query: String?
  var fragment: String?

  /// Splits `text` by the RFC 3986 appendix B pattern.
  ///
  /// ASCII text (every id and reference the bundled schemas hold) is split on its bytes: no
  /// ASCII delimiter joins its neighbours in a character there, so the parts are the ones a
  /// split by characters finds (`URIReferenceTests` compares them).
  init(_ text: String) {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      self.init(characters: text)
      return
    }
    var rest = Substring(text)
    var (scheme, authority, query, fragment): (String?, String?, String?, String?)
    if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
      fragment = String(rest[rest.utf8.index(after: hash)...])
      rest = rest[..<hash]
    }
    if let question = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
      query = String(rest[rest.utf8.index(after: question)...])
      rest = rest[..<question]
    }
    if let colon = rest.utf8.firstIndex(of: UInt8(ascii: ":")),
      !rest[..<colon].utf8.contains(UInt8(ascii: "/")), colon != rest.startIndex
    {
      scheme = String(rest[..<colon])
      rest = rest[rest.utf8.index(after: colon)...]
    }
    if rest.utf8.starts(with: "//".utf8) {
      rest = rest[rest.utf8.index(rest.startIndex, offsetBy: 2)...]
      let end = rest.utf8.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
      authority = String(rest[..<end])
      rest = rest[end...]
    }
    self.init(
      scheme: scheme, authority: authority, path: String(rest), query: query, fragment: fragment)
  }

  /// Splits `text` by the RFC 3986 appendix B pattern, character by character.
  init(characters text: String) {
    var rest = Substring(text)
    if let hash = rest.firstIndex(of: "#") {
      fragment = String(rest[rest.index(after: hash)...])
      rest = rest[..<hash]
    }
    if let question = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: question)...])
      rest = rest[..<question]
    }
    if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/"), colon != rest.startIndex
    {
      scheme = String(rest[..<colon])
      rest = rest[rest.index(after: colon)...]
    }
    if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      let end = rest.firstIndex(of: "/") ?? rest.endIndex
      authority = String(rest[..<end])
      rest = rest[end...]
    }
    path = String(rest)
  }

  private init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?)
  {
    self.scheme = scheme
    self.authority = authority
    self.path = path
    self.query = query
    self.fragment = fragment
  }

  var description: String {
    var text = ""
    if let scheme { text += scheme + ":" }
    if let authority { text += "//" + authority }
    text += path
    if let query { text += "?" + query }
    if let fragment { text += "#" + fragment }
    return text
  }

  /// The reference without its fragment.
  var withoutFragment: URIReference {
    URIReference(scheme: scheme, authority: authority, path: path, query: query, fragment: nil)
  }

  /// Resolves `reference` against this base (RFC 3986 section 5.2.2).
  func resolving(_ reference: URIReference) -> URIReference {
    if reference.scheme != nil {
      return URIReference(
        scheme: reference.scheme, authority: reference.authority,
        path: Self.removingDotSegments(reference.path), query: reference.query,
        fragment: reference.fragment)
    }
    if reference.authority != nil {
      return URIReference(
        scheme: scheme, authority: reference.authority,
        path: Self.removingDotSegments(reference.path), query: reference.query,
        fragment: reference.fragment)
    }
    if reference.path.isEmpty {
      return URIReference(
        scheme: scheme, authority: authority, path: path, query: reference.query ?? query,
        fragment: reference.fragment)
    }
    let merged: String
    if reference.path.hasPrefix("/") {
      merged = reference.path
    } else if authority != nil, path.isEmpty {
      merged = "/" + reference.path
    } else if let slash = path.lastIndex(of: "/") {
      merged = path[...slash] + reference.path
    } else {
      merged = reference.path
    }
    return URIReference(
      scheme: scheme, authority: authority, path: Self.removingDotSegments(merged),
      query: reference.query, fragment: reference.fragment)
  }

  /// RFC 3986 section 5.2.4.
  static func removingDotSegments(_ path: String) -> String {
    // A byte search: it finds every "." a search by characters finds (and the segments are
    // compared whole below).
    guard path.utf8.contains(UInt8(ascii: ".")) else { return path }
    var output: [Substring] = []
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    for (index, segment) in segments.enumerated() {
      let isLast = index == segments.count - 1
      switch segment {
      case ".":
        if isLast { output.append("") }
      case "..":
        if output.count > 1 || (output.count == 1 && output[0] != "") { output.removeLast() }
        if isLast { output.append("") }
      default:
        output.append(segment)
      }
    }
    return output.joined(separator: "/")
  }
}

extension String {
  /// The text with `%XX` escapes decoded (as UTF-8), or unchanged where an escape is malformed.
  var percentDecoded: String {
    // A byte search: it finds every "%" a search by characters finds, and a "%" a mark joins
    // is not followed by hex digits, so the text is returned unchanged either way.
    guard utf8.contains(UInt8(ascii: "%")) else { return self }
    var bytes: [UInt8] = []
    var iterator = utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      else { return self }
      bytes.append(value)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
