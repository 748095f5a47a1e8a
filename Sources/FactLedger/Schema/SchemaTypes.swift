/// The JSON types a `type` keyword allows, as bits, with their names for messages.
struct SchemaTypes {
  /// One bit per type name.
  let mask: UInt8
  /// The names, sorted, as a failure lists them.
  let names: [String]

  private static let order = ["null", "boolean", "object", "array", "number", "string", "integer"]

  /// The types named; `nil` when a name is not a JSON type.
  init?(_ names: [String]) {
    var mask: UInt8 = 0
    for name in names {
      guard let bit = Self.order.firstIndex(of: name) else { return nil }
      mask |= 1 << bit
    }
    self.mask = mask
    self.names = Set(names).sorted()
  }

  /// The bits of the types of values with members, items or text.
  static let objectBit: UInt8 = 2
  static let arrayBit: UInt8 = 3
  static let stringBit: UInt8 = 5
  static let numberBit: UInt8 = 4
  private static let integerBit: UInt8 = 6
  /// The bit `integer` sets in a mask.
  static let integerMask: UInt8 = 1 << integerBit

  /// The bit of the type of a `null`, boolean or number (and of the others, too).
  ///
  /// Inlined, so that a value read through a pointer is not copied to be asked its type.
  @inline(__always)
  static func bit(ofScalar instance: JSONValue) -> UInt8 {
    switch instance.kind {
    case .null: 0
    case .bool: 1
    case .object: objectBit
    case .array: arrayBit
    case .number: numberBit
    case .string: stringBit
    }
  }

  /// Whether `instance`, whose type has the bit `bit`, has one of the types of `mask`; an integral
  /// number is an `integer`.
  static func allows(_ instance: UnsafePointer<JSONValue>, bit: UInt8, mask: UInt8) -> Bool {
    if mask & (1 << bit) != 0 { return true }
    return bit == Self.numberBit && mask & (1 << Self.integerBit) != 0
      && instance.pointee.isIntegral
  }
}
