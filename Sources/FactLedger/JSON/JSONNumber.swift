/// A JSON number: its literal text, exactly as written, and the value it stands for.
///
/// A ledger file is rewritten whenever a review is added, so a number must come out as it
/// went in: `4.50` stays `4.50`, `1e2` stays `1e2`, `12345678901234567890` keeps every digit.
/// The literal is the number; `doubleValue` is only a reading of it for comparisons. Every
/// `JSONNumber` holds a literal of RFC 8259's number grammar, so whatever is written from one
/// is JSON: there is no way to make one of `inf`, `nan`, `0x1p2` or `+4`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
  /// The literal text: `-12.50e3`.
  public let literal: String

  /// A number from its literal, or `nil` when the text is not a JSON number.
  public init?(literal: String) {
    guard Self.isValidLiteral(literal.utf8) else { return nil }
    self.literal = literal
  }

  /// A number whose literal the parser has already checked.
  init(checkedLiteral literal: String) {
    self.literal = literal
  }

  /// A whole number, written in decimal.
  public init(_ integer: Int) {
    literal = String(integer)
  }

  /// A floating-point value, written in the shortest form that reads back the same, or `nil`
  /// when it is infinite or not a number, which JSON cannot write.
  public init?(_ value: Double) {
    guard value.isFinite else { return nil }
    if value.rounded() == value, abs(value) < 1e15 {
      literal = String(Int(value))
    } else {
      // Swift writes the shortest round-trip form ("0.1", "1e+20", "5e-324"): JSON grammar.
      literal = String(value)
    }
  }

  public var description: String { literal }

  /// Whether the literal has no fraction and no exponent (`42`, `-0`).
  public var isIntegerLiteral: Bool {
    !literal.utf8.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
    }
  }

  /// The nearest `Double`: infinite when the literal is beyond its range (`1e400`), and
  /// rounded when it has more digits than a `Double` holds.
  public var doubleValue: Double {
    // The grammar is a subset of what `Double(_:)` reads, so this never fails.
    Double(literal) ?? .nan
  }

  /// The value as an `Int`, when the literal is a whole number that fits.
  public var intValue: Int? {
    isIntegerLiteral ? Int(literal) : nil
  }

  // MARK: - The grammar

  /// Whether `bytes` match `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, RFC 8259's number.
  static func isValidLiteral(_ bytes: some Collection<UInt8>) -> Bool {
    var index = bytes.startIndex
    func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
    func skipDigits() { while isDigit(peek()) { index = bytes.index(after: index) } }
    func digits() -> Bool {
      guard isDigit(peek()) else { return false }
      skipDigits()
      return true
    }

    if peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
    if peek() == UInt8(ascii: "0") {
      index = bytes.index(after: index)
    } else if !digits() {
      return false
    }
    if peek() == UInt8(ascii: ".") {
      index = bytes.index(after: index)
      guard digits() else { return false }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index = bytes.index(after: index)
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
        index = bytes.index(after: index)
      }
      guard digits() else { return false }
    }
    return index == bytes.endIndex
  }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) {
    self.init(value)
  }
}
