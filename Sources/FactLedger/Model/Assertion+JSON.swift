import Foundation

extension Assertion.Field: RawNamedCases {
  static let names = CaseNames<Assertion.Field>()
}

extension Assertion: JSONRecord {
  private static let keys: FieldKeys = ["field", "text", "value"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "assertion", keys: Self.keys, problems: &problems)
    else { return nil }
    let field: Field? = reader.enumeration("field", problems: &problems)
    let text = reader.string("text", isRequired: false, problems: &problems)
    guard let field, let raw = reader.required("value", problems: &problems) else { return nil }
    guard let value = Self.value(raw, shape: field.shape, field: field, problems: &problems) else {
      return nil
    }
    self.init(field: field, text: text, value: value)
  }

  private static func value(
    _ raw: JSONValue, shape: Value.Shape, field: Field, problems: inout [DecodingProblem]
  ) -> Value? {
    let before = problems.count
    switch shape {
    case .text:
      if let text = raw.stringValue { return .text(text) }
    case .set:
      if let elements = raw.arrayValue, !elements.isEmpty {
        let names = elements.compactMap(\.stringValue)
        if names.count == elements.count { return .set(names) }
      }
    case .period:
      if let period = Period(json: raw, problems: &problems) { return .period(period) }
    case .quantity:
      if let quantity = Quantity(json: raw, problems: &problems) { return .quantity(quantity) }
    }
    if problems.count == before {
      let expected = [
        Value.Shape.text: "a string", .set: "a non-empty array of strings",
        .period: "a period object", .quantity: "a quantity object",
      ][shape]!
      problems.append(
        DecodingProblem(
          at: raw.location,
          "the value of a '\(field.rawValue)' assertion must be \(expected), not \(raw.typeName)"))
    }
    return nil
  }

  public var json: JSONValue {
    let valueJSON: JSONValue =
      switch value {
      case .set(let names): .array(names.map(JSONValue.string))
      case .period(let period): period.json
      case .quantity(let quantity): quantity.json
      case .text(let text): .string(text)
      }
    return .object(["field": .string(field.rawValue), "text": .optional(text), "value": valueJSON])
  }
}

extension Period: JSONRecord {
  private static let keys: FieldKeys = ["start", "end", "approximate"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "period", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let isDate = { (text: String) in CalendarDate(iso: text) != nil }
    let start = reader.string(
      "start", matching: "a date YYYY-MM-DD", problems: &problems, where: isDate)
    let end = reader.string(
      "end", matching: "a date YYYY-MM-DD", problems: &problems, where: isDate)
    let isApproximate = reader.flag("approximate", problems: &problems)
    guard let start = start.flatMap(CalendarDate.init(iso:)),
      let end = end.flatMap(CalendarDate.init(iso:))
    else { return nil }
    guard start <= end else {
      problems.append(
        DecodingProblem(at: reader.location, Self.reversedMessage(start: start, end: end)))
      return nil
    }
    self.init(start: start, end: end, isApproximate: isApproximate)
  }

  /// What is said of a period, a claim's or an evidence item's, that ends before it starts.
  static func reversedMessage(
    start: some CustomStringConvertible, end: some CustomStringConvertible
  )
    -> String
  {
    "a period cannot end (\(end)) before it starts (\(start))"
  }

  public var json: JSONValue {
    .object([
      "start": .string(start.description), "end": .string(end.description),
      "approximate": isApproximate ? .bool(true) : nil,
    ])
  }
}

extension Quantity: JSONRecord {
  private static let keys: FieldKeys = ["amount", "unit", "tolerance"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "quantity", keys: Self.keys, problems: &problems)
    else {
      return nil
    }
    let before = problems.count
    let unit = reader.string("unit", problems: &problems)
    let amount = Self.finiteNumber("amount", in: reader, isRequired: true, problems: &problems)
    let tolerance = Self.finiteNumber(
      "tolerance", in: reader, isRequired: false, problems: &problems)
    guard let unit, let amount, problems.count == before else { return nil }
    self.init(amount: amount, unit: unit, tolerance: tolerance)
  }

  /// The number at `key`, refused when it is not a number or lies beyond what a `Double` holds
  /// (`1e400`): a figure that cannot be compared is a mistake, not a claim.
  private static func finiteNumber(
    _ key: String, in reader: FieldReader, isRequired: Bool, problems: inout [DecodingProblem]
  ) -> JSONNumber? {
    guard let number = reader.number(key, isRequired: isRequired, problems: &problems) else {
      return nil
    }
    guard number.doubleValue.isFinite else {
      problems.append(
        DecodingProblem(
          at: reader.value(key)?.location ?? reader.location, beyondRangeMessage(key, number)))
      return nil
    }
    return number
  }

  /// What is said of a figure, a claim's or an evidence item's, past a `Double`'s range.
  static func beyondRangeMessage(_ key: String, _ number: JSONNumber) -> String {
    "'\(key)' \(number.literal.prefix(40)) is beyond the range of numbers that can be compared (about ±1.8e308)"
  }

  public var json: JSONValue {
    .object([
      "amount": .number(amount), "unit": .string(unit),
      "tolerance": tolerance.map(JSONValue.number),
    ])
  }
}
