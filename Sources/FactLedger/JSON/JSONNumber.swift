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
    guard Self.isValidLiteral(literal) else { return nil }
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
    // The bytes are read in place: iterating a short string's `utf8` view was about 0.8% of
    // `list`'s CPU (every anchor offset is asked).
    literal.utf8.withContiguousStorageIfAvailable(Self.isIntegerLiteral)
      ?? Self.isIntegerLiteral(Array(literal.utf8))
  }

  private static func isIntegerLiteral(_ bytes: some Collection<UInt8>) -> Bool {
    !bytes.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
    }
  }

  /// The nearest `Double`: infinite when the literal is beyond its range (`1e400`), and
  /// rounded when it has more digits than a `Double` holds.
  public var doubleValue: Double {
    // A short whole number is exact as a `Double`, without parsing it again (zero is left to
    // the parse, which keeps the sign of `-0`).
    if literal.utf8.count <= 15, let whole = intValue, whole != 0 { return Double(whole) }
    // The grammar is a subset of what `Double(_:)` reads, so this never fails.
    return Double(literal) ?? .nan
  }

  /// The value as an `Int`, when the literal is a whole number that fits.
  public var intValue: Int? {
    isIntegerLiteral ? Int(literal) : nil
  }

  // MARK: - The grammar

  /// Whether `literal` matches `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, RFC 8259's
  /// number.
  static func isValidLiteral(_ literal: String) -> Bool { Parts(literal) != nil }
}

extension JSONNumber {
  /// A JSON number literal split into its parts: `-?(integer)(.fraction)?([eE][+-]?exponent)?`.
  struct Parts {
    var isNegative: Bool
    var integer: [UInt8]
    var fraction: [UInt8]
    var exponent: (isNegative: Bool, digits: [UInt8])

    init?(_ literal: String) {
      var bytes = Array(literal.utf8)[...]
      func digits() -> [UInt8] {
        let run = bytes.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        bytes = bytes.dropFirst(run.count)
        return Array(run)
      }
      isNegative = bytes.first == UInt8(ascii: "-")
      if isNegative { bytes = bytes.dropFirst() }
      integer = digits()
      guard !integer.isEmpty, integer.count == 1 || integer[0] != UInt8(ascii: "0") else {
        return nil
      }
      fraction = []
      if bytes.first == UInt8(ascii: ".") {
        bytes = bytes.dropFirst()
        fraction = digits()
        guard !fraction.isEmpty else { return nil }
      }
      exponent = (false, [])
      if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
        bytes = bytes.dropFirst()
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") {
          exponent.isNegative = bytes.first == UInt8(ascii: "-")
          bytes = bytes.dropFirst()
        }
        exponent.digits = digits()
        guard !exponent.digits.isEmpty else { return nil }
      }
      guard bytes.isEmpty else { return nil }
    }
  }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) {
    self.init(value)
  }
}
