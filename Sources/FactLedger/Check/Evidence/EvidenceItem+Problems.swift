extension EvidenceItem {
  /// The findings of one item document of the evidence file at `path`: its schema violations,
  /// or, when it has none, what the schema cannot say (`decoded`: the problems its decoding
  /// found) and an id an item before it in the file has. Each names the item.
  ///
  /// - Parameters:
  ///   - value: The item's document.
  ///   - violations: Its violations of the evidence-item schema.
  ///   - decoded: The problems `EvidenceItem(json:path:claimIDs:problems:)` found in it.
  ///   - prefix: Where the item stands in its file: `["items", "3"]` in a JSON file, nothing in
  ///     JSON Lines or CSV, where each item is a document. Made only for a violation.
  ///   - path: The file.
  ///   - seen: The ids of the file's items so far, where each stands; the item's is added.
  static func findings(
    of value: JSONValue, violations: [SchemaViolation], decoded: [DecodingProblem],
    under prefix: @autoclosure () -> [String], path: String,
    seen: inout [String: SourceLocation]
  ) -> [Finding] {
    // Nothing is made for an item with nothing to say: this runs for every item, in order.
    let id = value["id"]?.stringValue
    var named: String { id.map { " (item '\($0)')" } ?? "" }
    guard violations.isEmpty else {
      let prefix = prefix()
      return violations.map { violation in
        var placed = violation
        placed.instancePath = JSONPointer(tokens: prefix + violation.instancePath.tokens)
        return Finding(
          .error, path: path, at: placed.location, placed.description + named,
          rule: .schemaViolation, recordID: id)
      }
    }
    var found =
      decoded.isEmpty
      ? []
      : decoded.map {
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
