extension EvidenceItem {
  /// The findings of one item document of the evidence file at `path`: its schema violations,
  /// or, when it has none, what the schema cannot say (`problems(in:)`) and an id an item
  /// before it in the file has. Each names the item.
  ///
  /// - Parameters:
  ///   - value: The item's document.
  ///   - violations: Its violations of the evidence-item schema.
  ///   - prefix: Where the item stands in its file: `["items", "3"]` in a JSON file, nothing in
  ///     JSON Lines or CSV, where each item is a document.
  ///   - path: The file.
  ///   - seen: The ids of the file's items so far, where each stands; the item's is added.
  static func findings(
    of value: JSONValue, violations: [SchemaViolation], under prefix: [String], path: String,
    seen: inout [String: SourceLocation]
  ) -> [Finding] {
    let id = value["id"]?.stringValue
    let named = id.map { " (item '\($0)')" } ?? ""
    guard violations.isEmpty else {
      return violations.map { violation in
        var placed = violation
        placed.instancePath = JSONPointer(tokens: prefix + violation.instancePath.tokens)
        return Finding(
          .error, path: path, at: placed.location, placed.description + named,
          rule: .schemaViolation, recordID: id)
      }
    }
    var found = problems(in: value).map {
      Finding(
        .error, path: path, at: $0.location, $0.message + named, rule: .schemaViolation,
        recordID: id)
    }
    if let id, let first = seen.updateValue(value.location, forKey: id) {
      found.append(
        Finding(
          .error, path: path, at: value["id"]?.location ?? value.location,
          "duplicate evidence id '\(id)' (first at \(first))", rule: .duplicateID, recordID: id))
    }
    return found
  }

  /// What an item that passes the evidence-item schema can still get wrong, which a JSON Schema
  /// cannot say: a period that ends before it starts, a duration of more days than can be
  /// counted, a count or amount beyond the numbers that can be compared.
  ///
  /// Each was read as something else (a negative duration that "supported" a period, a fact
  /// dropped unseen, so that its claim showed no evidence); each is refused, as the same
  /// mistakes in a claim are.
  static func problems(in value: JSONValue) -> [DecodingProblem] {
    guard let facts = value["facts"] else { return [] }
    var problems: [DecodingProblem] = []
    // Dates of different precision are in order when they can overlap: "2019-12" to
    // "2019-12-05" is a period; "2020" to "2019-12" is not.
    if let end = facts["end"], let last = end.stringValue.flatMap(EvidenceDate.init(iso:)),
      let first = facts["start"]?.stringValue.flatMap(EvidenceDate.init(iso:)),
      last.last < first.first
    {
      problems.append(
        DecodingProblem(at: end.location, Period.reversedMessage(start: first, end: last)))
    }
    if let days = facts["durationDays"], let number = days.numberValue,
      Facts.wholeDays(number) == nil
    {
      problems.append(
        DecodingProblem(
          at: days.location,
          "'durationDays' \(number.literal.prefix(40)) is more days than can be counted (at most \(Int.max))"
        ))
    }
    for field in ["count", "amount"] {
      if let amount = facts[field]?["amount"], let number = amount.numberValue,
        !number.doubleValue.isFinite
      {
        problems.append(
          DecodingProblem(at: amount.location, Quantity.beyondRangeMessage("amount", number)))
      }
    }
    return problems
  }
}

extension EvidenceItem.Facts {
  /// A number of days the evidence-item schema passes as an integer (`30`, `3e1`, `30.0`), or
  /// `nil` when it is more days than an `Int` counts.
  static func wholeDays(_ number: JSONNumber) -> Int? {
    if let whole = number.intValue { return whole }
    let value = number.doubleValue
    // 2^63 is the first `Double` past `Int.max`.
    guard value.isFinite, value.rounded() == value, abs(value) < 0x1p63 else { return nil }
    return Int(value)
  }
}
