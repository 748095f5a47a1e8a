/// The rule every ledger id follows: a lowercase slug, `[a-z0-9][a-z0-9-]*`.
///
/// Ids become file and folder names, so anything else (a slash, a dot, `..`) is refused
/// before it can reach the file system.
public enum Slug {
  /// The longest id accepted.
  public static let maxLength = 128

  /// Whether `text` is a valid id.
  public static func isValid(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(isValid) ?? isValid(text.utf8)
  }

  /// Whether `bytes`, the UTF-8 of a text, are a valid id (read in place where they can be).
  private static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
    guard let first = bytes.first, bytes.count <= maxLength, isLowercaseLetterOrDigit(first)
    else { return false }
    return bytes.allSatisfy { isLowercaseLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
  }

  /// How an id is described in messages.
  public static let expectation = "a lowercase slug ([a-z0-9][a-z0-9-]*)"

  private static func isLowercaseLetterOrDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
