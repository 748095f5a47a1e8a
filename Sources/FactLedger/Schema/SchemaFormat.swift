import Foundation

/// The `format` values the validator asserts; any other value is an annotation only, as the
/// 2020-12 format-annotation vocabulary defines.
enum SchemaFormat: Sendable {
  /// RFC 3339 full-date: `2019-12-27`.
  case date
  /// RFC 3339 date-time: `2019-12-27T08:00:00Z`.
  case dateTime
  /// An absolute URI (RFC 3986).
  case uri
  /// An email address (RFC 5321 mailbox, without quoted local parts' obsolete forms).
  case email
  /// A format not asserted.
  case annotation(String)

  init(name: String) {
    switch name {
    case "date": self = .date
    case "date-time": self = .dateTime
    case "uri": self = .uri
    case "email": self = .email
    default: self = .annotation(name)
    }
  }

  /// The name as schemas spell it.
  var name: String {
    switch self {
    case .date: "date"
    case .dateTime: "date-time"
    case .uri: "uri"
    case .email: "email"
    case .annotation(let name): name
    }
  }

  /// Whether `text` is valid in this format (always, for an annotation-only format).
  func accepts(_ text: String) -> Bool {
    switch self {
    case .date: Self.isDate(Substring(text))
    case .dateTime: Self.isDateTime(text)
    case .uri: Self.isURI(text)
    case .email: Self.isEmail(text)
    case .annotation: true
    }
  }

  private static func digits(_ text: Substring, count: Int) -> Int? {
    guard text.count == count, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
    return Int(text)
  }

  private static func isDate(_ text: Substring) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, let year = digits(parts[0], count: 4),
      let month = digits(parts[1], count: 2), let day = digits(parts[2], count: 2)
    else { return false }
    return CalendarDate(year: year, month: month, day: day) != nil
  }

  private static func isDateTime(_ text: String) -> Bool {
    let upper = text.uppercased()
    guard let separator = upper.firstIndex(of: "T") else { return false }
    guard isDate(upper[..<separator]) else { return false }
    var time = upper[upper.index(after: separator)...]
    // Offset: Z, or +hh:mm / -hh:mm.
    var offsetMinutes = 0
    if time.hasSuffix("Z") {
      time = time.dropLast()
    } else {
      guard time.count > 6 else { return false }
      let offset = time.suffix(6)
      let sign = offset.first
      guard sign == "+" || sign == "-", offset.dropFirst(3).first == ":",
        let hours = digits(offset.dropFirst().prefix(2), count: 2),
        let minutes = digits(offset.suffix(2), count: 2), hours < 24, minutes < 60
      else { return false }
      offsetMinutes = (hours * 60 + minutes) * (sign == "+" ? 1 : -1)
      time = time.dropLast(6)
    }
    if let dot = time.firstIndex(of: ".") {
      let fraction = time[time.index(after: dot)...]
      guard !fraction.isEmpty, fraction.utf8.allSatisfy({ (48...57).contains($0) }) else {
        return false
      }
      time = time[..<dot]
    }
    let parts = time.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 3, let hour = digits(parts[0], count: 2),
      let minute = digits(parts[1], count: 2), let second = digits(parts[2], count: 2),
      hour < 24, minute < 60, second <= 60
    else { return false }
    if second == 60 {
      // A leap second is only ever the last second of a day in UTC.
      let utcMinutes = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
      return utcMinutes == 23 * 60 + 59
    }
    return true
  }

  private static func isURI(_ text: String) -> Bool {
    guard !text.isEmpty,
      text.utf8.allSatisfy({ $0 < 0x80 && $0 > 0x20 && !excludedFromURIs.contains($0) })
    else { return false }
    let reference = URIReference(text)
    guard let scheme = reference.scheme, let first = scheme.unicodeScalars.first,
      first.properties.isAlphabetic,
      scheme.unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
      })
    else { return false }
    let outsideAuthority = reference.path + (reference.query ?? "") + (reference.fragment ?? "")
    guard !hasBracket(outsideAuthority) else { return false }
    if let authority = reference.authority {
      let parts = authority.split(separator: "@", omittingEmptySubsequences: false)
      guard parts.count <= 2 else { return false }
      if parts.count == 2, hasBracket(parts[0]) { return false }
      let host = parts.last ?? ""
      if host.hasPrefix("[") {
        guard let close = host.firstIndex(of: "]"),
          isIPLiteral(host[host.index(after: host.startIndex)..<close])
        else { return false }
        let port = host[host.index(after: close)...]
        guard port.isEmpty || (port.hasPrefix(":") && port.dropFirst().allSatisfy(\.isNumber))
        else { return false }
      } else if hasBracket(host) {
        return false
      } else if let colon = host.lastIndex(of: ":") {
        // A port, when given, is digits only.
        guard host[host.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
      }
    }
    return !(reference.fragment?.utf8.contains(UInt8(ascii: "#")) ?? false)
      && isPercentEncodingWellFormed(text)
  }

  /// The ASCII characters RFC 3986 leaves out of a URI, as bytes.
  private static let excludedFromURIs = Set("<>\"{}|\\^`".utf8)

  /// Whether `text` holds a square bracket, which a URI allows only around an IP literal.
  private static func hasBracket<Text: StringProtocol>(_ text: Text) -> Bool {
    text.utf8.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }
  }

  /// An IPv6 address (RFC 3986 IP-literal), with an embedded IPv4 part free of leading zeros.
  private static func isIPLiteral(_ literal: Substring) -> Bool {
    guard !literal.isEmpty, literal.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
      return false
    }
    guard let lastColon = literal.lastIndex(of: ":") else { return false }
    let tail = literal[literal.index(after: lastColon)...]
    guard tail.contains(".") else { return true }
    let octets = tail.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4
      && octets.allSatisfy { octet in
        guard let value = Int(octet), (0...255).contains(value) else { return false }
        return octet == "0" || !octet.hasPrefix("0")
      }
  }

  private static func isPercentEncodingWellFormed(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%") {
        guard index + 2 < bytes.count, Character(Unicode.Scalar(bytes[index + 1])).isHexDigit,
          Character(Unicode.Scalar(bytes[index + 2])).isHexDigit
        else { return false }
        index += 3
      } else {
        index += 1
      }
    }
    return true
  }

  private static func isEmail(_ text: String) -> Bool {
    guard let at = text.lastIndex(of: "@") else { return false }
    let local = text[..<at]
    let domain = text[text.index(after: at)...]
    guard !local.isEmpty, !domain.isEmpty else { return false }
    if local.hasPrefix("\"") {
      guard local.count >= 2, local.hasSuffix("\"") else { return false }
    } else {
      let allowed = "!#$%&'*+-/=?^_`{|}~."
      guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains(".."),
        local.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowed.contains($0) })
      else { return false }
    }
    if domain.hasPrefix("[") {
      guard domain.hasSuffix("]") else { return false }
      let literal = domain.dropFirst().dropLast()
      if literal.hasPrefix("IPv6:") {
        return literal.dropFirst(5).allSatisfy { $0.isHexDigit || $0 == ":" }
      }
      let octets = literal.split(separator: ".", omittingEmptySubsequences: false)
      return octets.count == 4
        && octets.allSatisfy { Int($0).map { (0...255).contains($0) } ?? false }
    }
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    return labels.allSatisfy { label in
      !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
        && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
  }
}
