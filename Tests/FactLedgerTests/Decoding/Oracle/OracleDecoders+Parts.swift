@testable import FactLedger

extension OracleDecoders {
  static func assertion(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Assertion? {
    guard
      let reader = OracleFieldReader(
        json, as: "assertion", keys: ["field", "text", "value"], problems: &problems)
    else { return nil }
    let field: Assertion.Field? = reader.enumeration("field", problems: &problems)
    let text = reader.string("text", isRequired: false, problems: &problems)
    guard let field, let raw = reader.required("value", problems: &problems) else { return nil }
    let before = problems.count
    var value: Assertion.Value?
    switch field.shape {
    case .text:
      value = raw.stringValue.map(Assertion.Value.text)
    case .set:
      if let elements = raw.arrayValue, !elements.isEmpty {
        let names = elements.compactMap(\.stringValue)
        if names.count == elements.count { value = .set(names) }
      }
    case .period:
      value = period(raw, &problems).map(Assertion.Value.period)
    case .quantity:
      value = quantity(raw, &problems).map(Assertion.Value.quantity)
    }
    if let value { return Assertion(field: field, text: text, value: value) }
    if problems.count == before {
      let expected = [
        Assertion.Value.Shape.text: "a string", .set: "a non-empty array of strings",
        .period: "a period object", .quantity: "a quantity object",
      ][field.shape]!
      problems.append(
        DecodingProblem(
          at: raw.location,
          "the value of a '\(field.rawValue)' assertion must be \(expected), not \(raw.typeName)"))
    }
    return nil
  }

  static func period(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Period? {
    guard
      let reader = OracleFieldReader(
        json, as: "period", keys: ["start", "end", "approximate"], problems: &problems)
    else { return nil }
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
        DecodingProblem(
          at: reader.location, "a period cannot end (\(end)) before it starts (\(start))"))
      return nil
    }
    return Period(start: start, end: end, isApproximate: isApproximate)
  }

  static func quantity(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Quantity? {
    guard
      let reader = OracleFieldReader(
        json, as: "quantity", keys: ["amount", "unit", "tolerance"], problems: &problems)
    else { return nil }
    let before = problems.count
    let unit = reader.string("unit", problems: &problems)
    let finite = { (key: String, isRequired: Bool, problems: inout [DecodingProblem]) in
      guard let number = reader.number(key, isRequired: isRequired, problems: &problems) else {
        return JSONNumber?.none
      }
      guard number.doubleValue.isFinite else {
        problems.append(
          DecodingProblem(
            at: reader.value(key)?.location ?? reader.location,
            "'\(key)' \(number.literal.prefix(40)) is beyond the range of numbers that can be compared (about ±1.8e308)"
          ))
        return nil
      }
      return number
    }
    let amount = finite("amount", true, &problems)
    let tolerance = finite("tolerance", false, &problems)
    guard let unit, let amount, problems.count == before else { return nil }
    return Quantity(amount: amount, unit: unit, tolerance: tolerance)
  }

  static func review(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Review? {
    let keys: Set = [
      "status", "time", "reviewer", "evidence", "note", "reason", "previous", "merged", "hash",
    ]
    guard let reader = OracleFieldReader(json, as: "review", keys: keys, problems: &problems)
    else { return nil }
    let isHash = { (text: String) in
      text.utf8.count == 64 && text.utf8.allSatisfy { Array("0123456789abcdef".utf8).contains($0) }
    }
    let status: Review.Status? = reader.enumeration("status", problems: &problems)
    let time = reader.string("time", problems: &problems)
    let reviewer = reader.string("reviewer", problems: &problems)
    let evidence = reader.strings("evidence", problems: &problems)
    let note = reader.string("note", isRequired: false, problems: &problems)
    let reason = reader.string("reason", isRequired: false, problems: &problems)
    let previous = reader.string(
      "previous", isRequired: false, matching: "64 lowercase hex digits", problems: &problems,
      where: isHash)
    let merged = reader.string(
      "merged", isRequired: false, matching: "64 lowercase hex digits", problems: &problems,
      where: isHash)
    let hash = reader.string(
      "hash", matching: "64 lowercase hex digits", problems: &problems, where: isHash)
    guard let status, let time, let reviewer, let hash else { return nil }
    return Review(
      status: status, time: time, reviewer: reviewer, evidence: evidence, note: note,
      reason: reason, previousHash: previous, mergedHash: merged, hash: hash)
  }

  /// A record's waiver, refused in place when its rule's waivers go in article.json.
  static func recordWaiver(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Waiver? {
    guard
      let reader = OracleFieldReader(
        json, as: "waiver", keys: ["rule", "reason", "by"], problems: &problems)
    else { return nil }
    let rule = reader.string("rule", problems: &problems)
    let reason = reader.string("reason", problems: &problems)
    let by = reader.string("by", problems: &problems)
    guard let rule, let reason, let by else { return nil }
    if let found = LintRules.rule(RuleID(rawValue: rule)), found.waiverPlace != .record {
      problems.append(
        DecodingProblem(
          at: json["rule"]?.location ?? json.location,
          "a waiver of '\(rule)' goes in the article's article.json, not in a record"))
    }
    return Waiver(rule: rule, reason: reason, by: by)
  }
}
