/// Writes SARIF 2.1.0: one run of factledger with every rule's metadata, a result per finding
/// with its repository-relative location, and waived findings as in-source suppressions.
public struct SARIFWriter: ReportWriter {
  /// Creates a writer.
  public init() {}

  public func write(_ report: LintReport) -> String {
    let rules = LintRules.all.map { rule in
      JSONValue.object([
        "id": .string(rule.id.rawValue), "name": .string(Self.pascalCase(rule.id.rawValue)),
        "shortDescription": .object(["text": .string(rule.title)]),
        "fullDescription": .object(["text": .string(rule.summary)]),
        "help": .object(["text": .string(rule.fix)]),
        "defaultConfiguration": .object(["level": .string(Self.level(rule.defaultSeverity))]),
      ])
    }
    let results = report.findings.map { finding in
      JSONValue.object([
        "ruleId": .string(finding.rule.rawValue),
        "ruleIndex": .integer(LintRules.all.firstIndex { $0.id == finding.rule } ?? 0),
        "level": .string(Self.level(finding.severity)),
        "message": .object(["text": .string(finding.message)]),
        "locations": .array([
          .object([
            "physicalLocation": .object([
              "artifactLocation": .object([
                "uri": .string(Self.relativeURI(finding.path)), "uriBaseId": .string("%SRCROOT%"),
              ]),
              "region": .object([
                "startLine": .integer(finding.location.line),
                "startColumn": .integer(finding.location.column),
              ]),
            ])
          ])
        ]),
        "suppressions": finding.waiver.map { waiver in
          .array([
            .object([
              "kind": .string("inSource"), "status": .string("accepted"),
              "justification": .string("\(waiver.reason) (waived by \(waiver.by))"),
            ])
          ])
        },
      ])
    }
    return JSONWriter().string(
      for: .object([
        "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
        "version": .string("2.1.0"),
        "runs": .array([
          .object([
            "tool": .object([
              "driver": .object([
                "name": .string("factledger"), "version": .string(FactLedgerVersion.current),
                "semanticVersion": .string(FactLedgerVersion.current), "rules": .array(rules),
              ])
            ]),
            "originalUriBaseIds": .object([
              "%SRCROOT%": .object([
                "description": .object([
                  "text": .string("The repository root, where factledger ran.")
                ])
              ])
            ]),
            "results": .array(results),
          ])
        ]),
      ]))
  }

  private static func level(_ severity: Policy.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .off: "none"
    }
  }

  private static func level(_ severity: Finding.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// A path relative to the repository root, as a URI reference (percent-encoded).
  static func relativeURI(_ path: String) -> String {
    var relative = path
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
    return relative.utf8.map { byte in
      let character = Character(Unicode.Scalar(byte))
      return byte < 0x80 && allowed.contains(character)
        ? String(character) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
    }.joined()
  }

  private static func pascalCase(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}

extension String {
  fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
