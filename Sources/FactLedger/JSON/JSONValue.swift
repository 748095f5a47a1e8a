/// A JSON value that remembers where it stood in its file.
///
/// Objects keep their members in file order, so a writer can reproduce a file byte for byte,
/// and numbers keep their literal text, so no precision is lost on the way through.
public struct JSONValue: Sendable, Equatable {
  /// What the value is.
  public var kind: Kind
  /// Where the value starts in its file.
  public var location: SourceLocation

  /// The shape of a JSON value.
  public enum Kind: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its literal text (`-12.5e3`) with its value.
    case number(JSONNumber)
    /// A string, unescaped.
    case string(String)
    /// An array of values.
    case array([JSONValue])
    /// An object; members in file order, keys unique.
    case object([JSONMember])
  }

  /// Creates a value at a location (the start of a file by default).
  public init(_ kind: Kind, at location: SourceLocation = .start) {
    self.kind = kind
    self.location = location
  }

  /// Two values are equal when their contents are, wherever they stand.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.kind == rhs.kind
  }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  /// The key, unescaped.
  public var key: String
  /// Where the key's opening quote stands.
  public var keyLocation: SourceLocation
  /// The member's value.
  public var value: JSONValue

  /// Creates a member.
  public init(key: String, keyLocation: SourceLocation = .start, value: JSONValue) {
    self.key = key
    self.keyLocation = keyLocation
    self.value = value
  }

  public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
    lhs.key == rhs.key && lhs.value == rhs.value
  }
}

// MARK: - Reading

extension JSONValue {
  /// The name of the value's JSON type, as error messages and schemas spell it.
  public var typeName: String {
    switch kind {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number.isIntegerLiteral ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// The string, if the value is one.
  public var stringValue: String? {
    if case .string(let text) = kind { return text }
    return nil
  }

  /// The elements, if the value is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = kind { return elements }
    return nil
  }

  /// The members, if the value is an object.
  public var objectMembers: [JSONMember]? {
    if case .object(let members) = kind { return members }
    return nil
  }

  /// The number, if the value is one.
  public var numberValue: JSONNumber? {
    if case .number(let number) = kind { return number }
    return nil
  }

  /// The value as a whole number, if it is a number without fraction or exponent that fits.
  public var intValue: Int? { numberValue?.intValue }

  /// The value as a floating-point number (infinite beyond `Double`'s range), if it is a number.
  public var doubleValue: Double? { numberValue?.doubleValue }

  /// The value of the member named `key`, if the value is an object that has one.
  public subscript(key: String) -> JSONValue? {
    objectMembers?.first(where: { $0.key == key })?.value
  }
}

// MARK: - Building

extension JSONValue {
  /// A string value.
  public static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
  /// An integer value.
  public static func integer(_ number: Int) -> JSONValue { JSONValue(.number(JSONNumber(number))) }
  /// A number value, with its literal.
  public static func number(_ number: JSONNumber) -> JSONValue { JSONValue(.number(number)) }
  /// A boolean value.
  public static func bool(_ flag: Bool) -> JSONValue { JSONValue(.bool(flag)) }
  /// The `null` value.
  public static let null = JSONValue(.null)

  /// An array value.
  public static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }

  /// An object whose members stand in the given order; `nil` values are left out.
  public static func object(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    // Sized once: reports make one of these for every result they write.
    var given: [JSONMember] = []
    given.reserveCapacity(members.count)
    for (key, value) in members {
      if let value { given.append(JSONMember(key: key, value: value)) }
    }
    return JSONValue(.object(given))
  }

  /// A string value, or nothing when `text` is `nil`.
  public static func optional(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }
}
