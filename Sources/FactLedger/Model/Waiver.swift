/// A lint finding one record is let off, with why and by whom. Every lint run lists the findings
/// it waived, so nothing is silenced without a trace.
public struct Waiver: Sendable, Equatable {
  /// The rule id (`unsourced-claim`).
  public var rule: String
  /// Why the finding does not apply or is accepted.
  public var reason: String
  /// Who waived it.
  public var by: String

  /// Creates a waiver.
  public init(rule: String, reason: String, by: String) {
    self.rule = rule
    self.reason = reason
    self.by = by
  }
}

extension Waiver: JSONRecord {
  private static let keys: FieldKeys = ["rule", "reason", "by"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "waiver", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let rule = reader.string("rule", problems: &problems)
    let reason = reader.string("reason", problems: &problems)
    let by = reader.string("by", problems: &problems)
    guard let rule, let reason, let by else { return nil }
    self.init(rule: rule, reason: reason, by: by)
  }

  public var json: JSONValue {
    .object(["rule": .string(rule), "reason": .string(reason), "by": .string(by)])
  }
}

extension FieldReader {
  /// The `waivers` of a record or article, each of a rule whose waivers go in `place`: a waiver
  /// anywhere else would never apply, so it is a problem, not silently ignored.
  func waivers(in place: WaiverPlace, problems: inout [DecodingProblem]) -> [Waiver] {
    records("waivers", problems: &problems) { json, problems in
      guard let waiver = Waiver(json: json, problems: &problems) else { return nil }
      if let rule = LintRules.rule(RuleID(rawValue: waiver.rule)), rule.waiverPlace != place {
        let message =
          switch place {
          case .record:
            "a waiver of '\(waiver.rule)' goes in the article's article.json, not in a record"
          case .article:
            "a waiver of '\(waiver.rule)' goes in the record it names, not in article.json"
          }
        problems.append(DecodingProblem(at: json["rule"]?.location ?? json.location, message))
      }
      return waiver
    }
  }
}
