import Foundation

/// The ledger's policy, from `factledger.json`: which kinds need a source, and how severe each
/// rule's findings are.
public struct Policy: Sendable, Equatable {
  /// How much a rule's finding matters.
  public enum Severity: String, Sendable, CaseIterable {
    /// Fails the run.
    case error
    /// Reported; fails the run only under `--strict`.
    case warning
    /// Not checked.
    case off
  }

  /// The file format's version.
  public var version: Int
  /// The kinds of claim that must name a source.
  public var sourcedKinds: Set<ClaimKind>
  /// The severity the policy sets for each rule it names.
  public var severities: [RuleID: Severity]
  /// The evidence files `check` uses when given none, relative to the ledger.
  public var evidence: [String]
  /// Where each of `evidence` is named in `factledger.json`, when read from it.
  public var evidenceLocations: [SourceLocation] = []
  /// How much input the tool accepts; the defaults, raised or lowered by `limits`.
  public var limits: InputLimits
  /// Who publishes the fact checks: the `author` of exported ClaimReviews.
  public var publisher: Publisher?
  /// The address of a claim's published fact check, with `{id}` and `{article}` standing for
  /// the claim's and its article's ids: the `url` of exported ClaimReviews.
  public var reviewURLTemplate: String?

  /// Creates a policy.
  public init(
    version: Int = 1, sourcedKinds: Set<ClaimKind>, severities: [RuleID: Severity] = [:],
    evidence: [String] = [], limits: InputLimits = .default, publisher: Publisher? = nil,
    reviewURLTemplate: String? = nil
  ) {
    self.version = version
    self.sourcedKinds = sourcedKinds
    self.severities = severities
    self.evidence = evidence
    self.limits = limits
    self.publisher = publisher
    self.reviewURLTemplate = reviewURLTemplate
  }

  /// The default: events, statistics, quotes, statements and credentials need a source.
  public static let `default` = Policy(
    sourcedKinds: [.event, .statistic, .quote, .statement, .credential])

  /// The severity of `rule` under this policy.
  public func severity(of rule: RuleID) -> Severity {
    severities[rule] ?? LintRules.rule(rule)?.defaultSeverity ?? .error
  }
}

extension Policy: JSONRecord {
  private static let keys: FieldKeys = [
    "version", "sourcedKinds", "rules", "evidence", "limits", "publisher", "reviewURLTemplate",
  ]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "policy", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let version = reader.integer("version", problems: &problems)
    if let version, version != 1 {
      problems.append(
        DecodingProblem(
          at: reader.value("version")!.location,
          "unsupported policy version \(version); this factledger reads version 1"))
    }
    let kinds: [ClaimKind] = reader.records("sourcedKinds", isRequired: true, problems: &problems) {
      element, problems in
      guard let kind = element.stringValue.flatMap(ClaimKind.init(rawValue:)), kind.isClaim else {
        problems.append(
          DecodingProblem(
            at: element.location,
            "'sourcedKinds' lists claim kinds; \(element.stringValue.map { "'\($0)'" } ?? element.typeName) is not one"
          ))
        return nil
      }
      return kind
    }
    var severities: [RuleID: Severity] = [:]
    if let rules = reader.value("rules") {
      if let members = rules.objectMembers {
        for member in members {
          guard let rule = LintRules.rule(RuleID(rawValue: member.key))?.id else {
            problems.append(DecodingProblem(at: member.keyLocation, "unknown rule '\(member.key)'"))
            continue
          }
          guard let severity = member.value.stringValue.flatMap(Severity.init(rawValue:)) else {
            problems.append(
              DecodingProblem(
                at: member.value.location,
                "the severity of '\(member.key)' must be 'error', 'warning' or 'off'"))
            continue
          }
          severities[rule] = severity
        }
      } else {
        problems.append(
          DecodingProblem(at: rules.location, "'rules' must be an object, not \(rules.typeName)"))
      }
    }
    let evidence = reader.strings("evidence", problems: &problems)
    var limits = InputLimits.default
    if let settings = reader.value("limits") {
      for member in settings.objectMembers ?? [] {
        guard let limit = InputLimit(rawValue: member.key) else {
          problems.append(DecodingProblem(at: member.keyLocation, "unknown limit '\(member.key)'"))
          continue
        }
        guard let value = member.value.intValue, value > 0 else {
          let literal = member.value.numberValue?.literal
          let reason =
            switch (literal, member.value.intValue) {
            case (nil, _):
              "'\(member.key)' must be a whole number above 0, not \(member.value.typeName)"
            case (let literal?, nil) where (Double(literal) ?? 1) <= 0:
              "'\(member.key)' must be above 0, not \(literal)"
            case (let literal?, nil): WholeNumber.refusal(of: literal, for: member.key)
            case (let literal?, _?): "'\(member.key)' must be above 0, not \(literal)"
            }
          problems.append(DecodingProblem(at: member.value.location, reason))
          continue
        }
        if let maximum = limit.maximum, value > maximum {
          problems.append(
            DecodingProblem(
              at: member.value.location,
              "'\(member.key)' must be at most \(maximum), not \(value): deeper nesting would overflow the stack"
            ))
          continue
        }
        limits[limit] = value
      }
    }
    let publisher: Publisher? = reader.record("publisher", isRequired: false, problems: &problems)
    let template = reader.string(
      "reviewURLTemplate", isRequired: false,
      matching: "an http:// or https:// address, with {id} and {article} where the ids go",
      problems: &problems, where: Self.isReviewURLTemplate)
    guard let version else { return nil }
    self.init(
      version: version, sourcedKinds: Set(kinds), severities: severities, evidence: evidence,
      limits: limits, publisher: publisher, reviewURLTemplate: template)
    evidenceLocations = reader.value("evidence")?.arrayValue?.map(\.location) ?? []
  }

  /// The evidence files the policy names that are not there in the ledger at `root`, each at
  /// its place in `factledger.json`: `check` without `--evidence` refuses the run for them.
  public func evidenceNotThere(inLedgerAt root: String, severity: Finding.Severity) -> [Finding] {
    zip(evidence, evidenceLocations).compactMap { file, location -> Finding? in
      guard !FileManager.default.fileExists(atPath: joinPath(root, file)) else { return nil }
      return Finding(
        severity, path: joinPath(root, "factledger.json"), at: location,
        "the evidence file '\(file)' is not there; check without --evidence stops at it",
        rule: .ledgerLayout)
    }
  }

  /// Whether `template` gives a web address once its placeholders are filled with slugs.
  static func isReviewURLTemplate(_ template: String) -> Bool {
    WebLink.isAllowed(
      template.replacingOccurrences(of: "{id}", with: "x")
        .replacingOccurrences(of: "{article}", with: "x"))
  }

  /// The address of `claim`'s fact check from `reviewURLTemplate`, when the policy has one.
  public func reviewURL(forClaim claim: String, article: String) -> String? {
    reviewURLTemplate.map {
      $0.replacingOccurrences(of: "{id}", with: claim)
        .replacingOccurrences(of: "{article}", with: article)
    }
  }

  public var json: JSONValue {
    let kinds = ClaimKind.allCases.filter(sourcedKinds.contains).map {
      JSONValue.string($0.rawValue)
    }
    let rules = LintRules.all.compactMap { rule in
      severities[rule.id].map { JSONMember(key: rule.id.rawValue, value: .string($0.rawValue)) }
    }
    return .object([
      "version": .integer(version), "sourcedKinds": .array(kinds),
      "rules": JSONValue(.object(rules)),
      "evidence": evidence.isEmpty ? nil : .array(evidence.map(JSONValue.string)),
      "limits": limits == .default
        ? nil
        : JSONValue(
          .object(
            InputLimit.allCases.compactMap { limit in
              limits[limit] == InputLimits.default[limit]
                ? nil : JSONMember(key: limit.rawValue, value: .integer(limits[limit]))
            })),
      "publisher": publisher?.json,
      "reviewURLTemplate": .optional(reviewURLTemplate),
    ])
  }
}

extension Policy {
  /// The organisation (or person) that publishes the ledger's fact checks.
  public struct Publisher: Sendable, Equatable {
    /// Its name.
    public var name: String
    /// Its home page, when given.
    public var url: String?

    /// Creates a publisher.
    public init(name: String, url: String? = nil) {
      self.name = name
      self.url = url
    }
  }
}

extension Policy.Publisher: JSONRecord {
  private static let keys: FieldKeys = ["name", "url"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "publisher", keys: Self.keys, problems: &problems)
    else { return nil }
    let name = reader.string(
      "name", matching: "a name that is not empty", problems: &problems,
      where: { !$0.allSatisfy(\.isWhitespace) })
    let url = reader.string(
      "url", isRequired: false, matching: "an http:// or https:// address", problems: &problems,
      where: WebLink.isAllowed)
    guard let name else { return nil }
    self.init(name: name, url: url)
  }

  public var json: JSONValue {
    .object(["name": .string(name), "url": .optional(url)])
  }
}
