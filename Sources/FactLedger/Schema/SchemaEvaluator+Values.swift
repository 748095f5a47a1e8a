/// The keywords that judge a value on its own: its type, its value, a number's bounds, a
/// string's length, pattern and format.
extension SchemaEvaluator {
  /// Checks one value keyword; returns its failure.
  func checkValue(_ keyword: SchemaKeyword, _ instance: JSONValue, _ mode: Mode) -> String? {
    switch keyword {
    case .type(let types) where !types.allows(instance):
      return mode.failure(
        "expected \(types.names.joined(separator: " or ")), not \(Self.typeName(of: instance))")
    case .enumeration(let values) where !values.contains(where: { $0.isJSONEqual(to: instance) }):
      return mode.failure(Self.notOneOf(instance, values))
    case .constant(let value) where !value.isJSONEqual(to: instance):
      return mode.failure("must be \(value.briefDescription())")
    case .multipleOf, .maximum, .minimum:
      return checkNumber(keyword, instance, mode)
    case .maxLength, .minLength, .pattern, .format:
      guard let text = instance.stringValue else { return nil }
      return checkString(keyword, text, instance, mode)
    default:
      return nil
    }
  }

  private func checkNumber(_ keyword: SchemaKeyword, _ instance: JSONValue, _ mode: Mode)
    -> String?
  {
    switch keyword {
    case .multipleOf(let divisor):
      if case .number = instance.kind, !Self.isMultiple(instance, of: divisor) {
        return mode.failure("\(instance.briefDescription()) is not a multiple of \(divisor)")
      }
    case .maximum(let limit, let exclusive):
      if let number = instance.doubleValue, exclusive ? number >= limit : number > limit {
        return mode.failure(
          "\(instance.briefDescription()) is \(exclusive ? "not below" : "above") the maximum \(Self.format(limit))"
        )
      }
    case .minimum(let limit, let exclusive):
      if let number = instance.doubleValue, exclusive ? number <= limit : number < limit {
        return mode.failure(
          "\(instance.briefDescription()) is \(exclusive ? "not above" : "below") the minimum \(Self.format(limit))"
        )
      }
    default:
      break
    }
    return nil
  }

  private func checkString(
    _ keyword: SchemaKeyword, _ text: String, _ instance: JSONValue, _ mode: Mode
  ) -> String? {
    switch keyword {
    case .maxLength(let limit) where Self.scalarCount(of: text, exceeds: limit):
      return mode.failure("\(instance.briefDescription()) is longer than \(limit) characters")
    case .minLength(let limit) where !Self.scalarCount(of: text, exceeds: limit - 1):
      return mode.failure("\(instance.briefDescription()) is shorter than \(limit) characters")
    case .pattern(let pattern) where !pattern.matches(text):
      return mode.failure("\(instance.briefDescription()) does not match '\(pattern.source)'")
    case .format(let format) where assertsFormat && !format.accepts(text):
      return mode.failure("\(instance.briefDescription()) is not a valid \(format.name)")
    default:
      return nil
    }
  }

  /// Whether `text` has more than `limit` Unicode scalars, counting them only when its UTF-8
  /// length (one to four bytes a scalar) leaves the answer open.
  static func scalarCount(of text: String, exceeds limit: Int) -> Bool {
    let bytes = text.utf8.count
    if bytes <= limit { return false }
    if bytes > 4 * limit { return true }
    return text.unicodeScalars.count > limit
  }
}
