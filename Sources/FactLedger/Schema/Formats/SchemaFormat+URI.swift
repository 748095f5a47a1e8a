/// `uri` (RFC 3986 absolute URI), read from the string's UTF-8 bytes in place: the parts are
/// split as `URIReference` splits them, but as index ranges, building no strings.
extension SchemaFormat {
  /// Whether `text` is an absolute URI.
  static func isURI(_ text: String) -> Bool {
    withBytes(of: text) { bytes in isURI(bytes) }
  }

  private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  private static func isURI(_ all: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !all.isEmpty, all.allSatisfy(isAllowedInURI) else { return false }
    let bytes = all[...]
    // The parts, as RFC 3986 appendix B splits them (see `URIReference.init`).
    let hash = bytes.firstIndex(of: UInt8(ascii: "#"))
    let beforeFragment = bytes[..<(hash ?? bytes.endIndex)]
    let question = beforeFragment.firstIndex(of: UInt8(ascii: "?"))
    let beforeQuery = beforeFragment[..<(question ?? beforeFragment.endIndex)]
    guard let colon = beforeQuery.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex,
      !beforeQuery[..<colon].contains(UInt8(ascii: "/")), isScheme(beforeQuery[..<colon])
    else { return false }
    var rest = beforeQuery[(colon + 1)...]
    var authority: Bytes?
    if rest.count >= 2, rest.first == UInt8(ascii: "/"),
      rest[rest.startIndex + 1] == UInt8(ascii: "/")
    {
      let afterSlashes = rest[(rest.startIndex + 2)...]
      let end = afterSlashes.firstIndex(of: UInt8(ascii: "/")) ?? afterSlashes.endIndex
      authority = afterSlashes[..<end]
      rest = afterSlashes[end...]
    }
    // Path, query and fragment: everything after the authority.
    guard !hasBracket(rest), !hasBracket(bytes[rest.endIndex...]) else { return false }
    if let authority, !isAuthority(authority) { return false }
    if let hash, bytes[(hash + 1)...].contains(UInt8(ascii: "#")) { return false }
    return isPercentEncodingWellFormed(bytes)
  }

  /// Printable ASCII but for the characters RFC 3986 leaves out of a URI.
  private static func isAllowedInURI(_ byte: UInt8) -> Bool {
    guard byte > 0x20, byte < 0x80 else { return false }
    switch byte {
    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
      UInt8(ascii: "`"):
      return false
    default:
      return true
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
  }

  /// A letter, then letters, digits, `+`, `-` and `.`.
  private static func isScheme(_ scheme: Bytes) -> Bool {
    guard let first = scheme.first, isLetter(first) else { return false }
    return scheme.allSatisfy { byte in
      isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ".")
    }
  }

  /// Whether the bytes hold a square bracket, which a URI allows only around an IP literal.
  private static func hasBracket(_ bytes: Bytes) -> Bool {
    bytes.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }
  }

  /// `[userinfo@]host[:port]`, the host an IP literal in brackets or a name without them.
  private static func isAuthority(_ authority: Bytes) -> Bool {
    var host = authority
    if let at = authority.firstIndex(of: UInt8(ascii: "@")) {
      host = authority[(at + 1)...]
      guard !host.contains(UInt8(ascii: "@")), !hasBracket(authority[..<at]) else { return false }
    }
    if host.first == UInt8(ascii: "[") {
      guard let close = host.firstIndex(of: UInt8(ascii: "]")),
        isIPLiteral(host[(host.startIndex + 1)..<close])
      else { return false }
      let port = host[(close + 1)...]
      return port.isEmpty
        || (port.first == UInt8(ascii: ":") && port.dropFirst().allSatisfy(isDigit))
    }
    if hasBracket(host) { return false }
    if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
      // A port, when given, is digits only.
      return host[(colon + 1)...].allSatisfy(isDigit)
    }
    return true
  }

  /// An IPv6 address (RFC 3986 IP-literal), with an embedded IPv4 part free of leading zeros.
  private static func isIPLiteral(_ literal: Bytes) -> Bool {
    guard !literal.isEmpty,
      literal.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }),
      let lastColon = literal.lastIndex(of: UInt8(ascii: ":"))
    else { return false }
    let tail = literal[(lastColon + 1)...]
    guard tail.contains(UInt8(ascii: ".")) else { return true }
    let octets = tail.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    return octets.count == 4
      && octets.allSatisfy { octet in
        guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(isDigit) else { return false }
        let value = octet.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return value <= 255 && (octet.count == 1 || octet.first != UInt8(ascii: "0"))
      }
  }

  private static func isPercentEncodingWellFormed(_ bytes: Bytes) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "%") {
        guard index + 2 < bytes.endIndex, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2])
        else { return false }
        index += 3
      } else {
        index += 1
      }
    }
    return true
  }
}
