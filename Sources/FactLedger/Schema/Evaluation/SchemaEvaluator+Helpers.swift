import Foundation

/// The comparisons and messages the evaluator's keywords share.
extension SchemaEvaluator {
  static func typeName(of instance: JSONValue) -> String {
    if case .number = instance.kind { return instance.isIntegral ? "integer" : "number" }
    return instance.typeName
  }

  static func isMultiple(_ instance: JSONValue, of divisor: Decimal) -> Bool {
    guard var quotient = instance.decimalValue.map({ $0 / divisor }), !quotient.isNaN else {
      // Too large for a decimal: fall back to floating point.
      guard let number = instance.doubleValue, let step = Double("\(divisor)") else { return false }
      return number.truncatingRemainder(dividingBy: step) == 0
    }
    var rounded = Decimal()
    NSDecimalRound(&rounded, &quotient, 0, .plain)
    return rounded == quotient
  }

  /// The first item equal to an earlier one, and that earlier one, found in one pass by hash.
  static func firstDuplicate(in elements: UnsafeBufferPointer<JSONValue>) -> (Int, Int)? {
    var seen: [JSONValueKey: Int] = [:]
    seen.reserveCapacity(elements.count)
    for (second, element) in elements.enumerated() {
      let key = JSONValueKey(element)
      if let first = seen[key] { return (first, second) }
      seen[key] = second
    }
    return nil
  }

  static func notOneOf(_ instance: JSONValue, _ values: [JSONValue]) -> String {
    let shown = values.prefix(8).map { $0.briefDescription(limit: 30) }.joined(separator: ", ")
    return "\(instance.briefDescription()) is not one of \(shown)\(values.count > 8 ? ", …" : "")"
  }

  static func quoted(_ names: [String]) -> String {
    (names.count == 1 ? "property " : "properties ")
      + names.map { "'\($0)'" }.joined(separator: ", ")
  }

  /// The number as JSON writes it (`JSONNumber`), for messages.
  static func format(_ number: Double) -> String {
    JSONNumber(number)?.literal ?? String(number)
  }
}
