import Foundation
import Testing

@testable import FactLedger

/// The byte-level `date`, `date-time` and `uri` checks against the string-based ones they
/// replaced, kept here as `LegacyFormats`: the same answer for every sample and every
/// one-character edit of it.
@Suite("Schema formats")
struct SchemaFormatTests {
  static let uris = [
    "https://example.org/a", "http://example.org", "urn:isbn:0451450523", "mailto:a@b.c",
    "http://[::1]/", "http://[::1]:8080/x", "http://[2001:db8::7]/c=GB?objectClass?one",
    "http://[::ffff:192.0.2.128]/", "http://[::ffff:192.0.2.01]/", "http://[::ffff:1.2.3]/",
    "http://[::ffff:256.1.1.1]/", "http://[v1.fe80::a+en1]", "http://[]/", "http://[::1/",
    "http://[::1]x/", "http://[::1]:/", "http://user@[::1]/", "http://us[er@host/",
    "http://a@b@c/", "http://host:80/", "http://host:8a/", "http://host:/", "http://ho]st/",
    "http://example.org/a[b]", "http://example.org/?q=[1]", "http://example.org/#f[1]",
    "http://example.org/#a#b", "http://example.org/%41%42", "http://example.org/%4",
    "http://example.org/%zz", "http://example.org/%", "ftp://ftp.is.co.za/rfc/rfc1808.txt",
    "ldap://[2001:db8::7]/c=GB?objectClass?one", "news:comp.infosystems.www.servers.unix",
    "tel:+1-816-555-1212", "telnet://192.0.2.16:80/", "urn:oasis:names:specification:docbook",
    "//example.org/a", "/abs/path", "rel/path", "1http://x", "h+t.t-p://x", "ht_tp://x",
    ":foo", "a:", "a:/", "a://", "a:b:c", "a/b:c", "a?b:c", "a#b:c", "http://exa mple.org",
    "http://example.org/<a>", "http://example.org/^", "http://example.org/`", "http://é.org",
    "http://example.org/\u{7F}", "http://example.org\\x", "x:%41", "x:%4", "x:?%G0",
    "http://@/", "http://:@:/", "http://[::1]:80:80/", "HTTP://EXAMPLE.ORG", "x:#", "x:##",
  ]

  static let dates = [
    "2019-12-27", "2019-02-29", "2020-02-29", "1900-02-29", "2000-02-29", "2019-13-01",
    "2019-00-10", "2019-12-00", "2019-12-32", "2019-04-31", "0000-01-01", "9999-12-31",
    "2019-1-27", "19-12-27", "2019/12/27", "2019-12-27 ", " 2019-12-27", "२०१९-१२-२७",
    "2019-12-2７", "20191227", "2019-12-27T00:00:00Z",
  ]

  static let dateTimes = [
    "2019-12-27T08:00:00Z", "2019-12-27t08:00:00z", "2019-12-27T08:00:00.123Z",
    "2019-12-27T08:00:00.Z", "2019-12-27T08:00:00+01:00", "2019-12-27T08:00:00-23:59",
    "2019-12-27T08:00:00+24:00", "2019-12-27T08:00:00+01:60", "2019-12-27T08:00:00+0100",
    "2019-12-27T08:00:00", "2019-12-27T24:00:00Z", "2019-12-27T08:60:00Z",
    "2019-12-31T23:59:60Z", "2019-12-31T22:59:60-01:00", "2019-12-31T23:59:60+01:00",
    "2019-12-31T00:59:60+01:00", "2019-12-27T08:00:61Z", "2019-12-27T8:00:00Z",
    "2019-12-27 08:00:00Z", "2019-12-27T08:00:00.1.2Z", "2019-02-30T08:00:00Z", "T08:00:00Z",
    "2019-12-27T", "2019-12-27TZ", "2019-12-27T08:00:00ZZ", "2019-12-27T08:00:00\u{17F}",
    "2019-12-27\u{FB06}08:00:00Z", "2019-12-27T08:00:00.１Z", "2019-12-27T08:00:00.5+01:00",
  ]

  /// Characters that an edit puts in or swaps in.
  static let edits: [Character] = [
    "[", "]", "@", ":", "/", "?", "#", "%", "T", "z", "0", "9", ".", "+", "-", "é", "1", " ",
  ]

  /// Each sample, and each of its one-character deletions, insertions and substitutions.
  static func variants(of samples: [String]) -> [String] {
    var result: [String] = []
    for sample in samples {
      result.append(sample)
      let characters = Array(sample)
      for index in characters.indices {
        var deleted = characters
        deleted.remove(at: index)
        result.append(String(deleted))
        for edit in edits {
          var replaced = characters
          replaced[index] = edit
          result.append(String(replaced))
          var inserted = characters
          inserted.insert(edit, at: index)
          result.append(String(inserted))
        }
      }
    }
    return result
  }

  @Test("uri answers as before, on tricky URIs and every one-character edit of them")
  func uri() {
    let cases = Self.variants(of: Self.uris)
    #expect(cases.count > 20_000)
    for text in cases {
      #expect(SchemaFormat.uri.accepts(text) == LegacyFormats.isURI(text), "'\(text)'")
    }
    // The samples hold both verdicts.
    #expect(Self.uris.filter { SchemaFormat.uri.accepts($0) }.count > 20)
    #expect(Self.uris.filter { !SchemaFormat.uri.accepts($0) }.count > 20)
  }

  @Test("date answers as before, on tricky dates and every one-character edit of them")
  func date() {
    for text in Self.variants(of: Self.dates) {
      #expect(SchemaFormat.date.accepts(text) == LegacyFormats.isDate(Substring(text)), "'\(text)'")
    }
    #expect(SchemaFormat.date.accepts("2020-02-29"))
    #expect(!SchemaFormat.date.accepts("2019-02-29"))
  }

  @Test("date-time answers as before, on tricky times and every one-character edit of them")
  func dateTime() {
    for text in Self.variants(of: Self.dateTimes) {
      #expect(SchemaFormat.dateTime.accepts(text) == LegacyFormats.isDateTime(text), "'\(text)'")
    }
    #expect(SchemaFormat.dateTime.accepts("2019-12-31T22:59:60-01:00"))
    #expect(!SchemaFormat.dateTime.accepts("2019-12-31T23:59:60+01:00"))
  }
}

/// The string-based checks `SchemaFormat` used before it read bytes: the reference its
/// answers must keep.
enum LegacyFormats {
  static func digits(_ text: Substring, count: Int) -> Int? {
    guard text.count == count, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
    return Int(text)
  }

  static func isDate(_ text: Substring) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, let year = digits(parts[0], count: 4),
      let month = digits(parts[1], count: 2), let day = digits(parts[2], count: 2)
    else { return false }
    return CalendarDate(year: year, month: month, day: day) != nil
  }

  static func isDateTime(_ text: String) -> Bool {
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

  static func isURI(_ text: String) -> Bool {
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
  static let excludedFromURIs = Set("<>\"{}|\\^`".utf8)

  /// Whether `text` holds a square bracket, which a URI allows only around an IP literal.
  static func hasBracket<Text: StringProtocol>(_ text: Text) -> Bool {
    text.utf8.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }
  }

  /// An IPv6 address (RFC 3986 IP-literal), with an embedded IPv4 part free of leading zeros.
  static func isIPLiteral(_ literal: Substring) -> Bool {
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

  static func isPercentEncodingWellFormed(_ text: String) -> Bool {
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

}
