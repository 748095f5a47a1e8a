/// The JSON types a `type` keyword allows, as bits, with their names for messages.
struct SchemaTypes {
  /// One bit per type name.
  private let mask: UInt8
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

  /// Whether `instance` has one of the types; an integral number is an `integer`.
  func allows(_ instance: JSONValue) -> Bool {
    switch instance.kind {
    case .null: has(0)
    case .bool: has(1)
    case .object: has(2)
    case .array: has(3)
    case .number: has(4) || (has(6) && instance.isIntegral)
    case .string: has(5)
    }
  }

  private func has(_ bit: Int) -> Bool { mask & (1 << bit) != 0 }
}
