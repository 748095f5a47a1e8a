import Foundation

/// A JSON Pointer (RFC 6901): the path to a value inside a document, such as
/// `/attribution/via/0`.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
  /// The reference tokens, unescaped.
  public private(set) var tokens: [String]

  /// The pointer to the whole document.
  public static let root = JSONPointer(tokens: [])

  /// Creates a pointer from unescaped tokens.
  public init(tokens: [String]) {
    self.tokens = tokens
  }

  /// Parses `/a/b~1c`; `nil` when the text is neither empty nor starts with `/`.
  public init?(_ text: String) {
    guard !text.isEmpty else {
      self.init(tokens: [])
      return
    }
    guard text.hasPrefix("/") else { return nil }
    let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    self.init(
      tokens: parts.map { part in
        // Most tokens have no escape; those that do are unescaped `~1` first, then `~0`.
        guard part.utf8.contains(UInt8(ascii: "~")) else { return String(part) }
        return part.replacingOccurrences(of: "~1", with: "/")
          .replacingOccurrences(of: "~0", with: "~")
      })
  }

  /// The pointer one step further down.
  public func appending(_ token: String) -> JSONPointer {
    JSONPointer(tokens: tokens + [token])
  }

  /// The pointer one step further down, into an array.
  public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

  /// The escaped text: `/a/b~1c`, or empty for the root.
  public var description: String {
    tokens.map { token in
      guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") })
      else { return "/" + token }
      return "/"
        + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
    .joined()
  }

  /// The value this pointer names inside `document`, if there is one.
  public func value(in document: JSONValue) -> JSONValue? {
    var current = document
    for token in tokens {
      switch current.kind {
      case .object(let members):
        guard let member = members.first(where: { $0.key == token }) else { return nil }
        current = member.value
      case .array(let elements):
        guard let index = Int(token), token == String(index), elements.indices.contains(index)
        else {
          return nil
        }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }
}
