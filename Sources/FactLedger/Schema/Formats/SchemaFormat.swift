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
    case .date: Self.isDate(text)
    case .dateTime: Self.isDateTime(text)
    case .uri: Self.isURI(text)
    case .email: Self.isEmail(text)
    case .annotation: true
    }
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
