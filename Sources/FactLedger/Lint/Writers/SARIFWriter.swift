/// Writes SARIF 2.1.0: one run of factledger with every rule's metadata, a result per finding
/// (and per file that cannot be read, the run then not successful) with its location relative
/// to `%SRCROOT%` (columns in UTF-16 code units) and its fingerprint, and waived findings as
/// in-source suppressions.
public struct SARIFWriter: ReportWriter {
  private let root: String?
  private let lineText: (@Sendable (_ path: String, _ line: Int) -> Substring?)?

  /// A writer whose `%SRCROOT%` is the current folder, reading lines from the files named.
  public init() {
    self.root = nil
    self.lineText = nil
  }

  /// A writer whose `%SRCROOT%` is `root`, reading lines with `lineText` (for tests).
  init(root: String, lineText: @escaping @Sendable (_ path: String, _ line: Int) -> Substring?) {
    self.root = root
    self.lineText = lineText
  }

  public func write(_ report: LintReport) -> String {
    let location =
      root.map { SARIFLocation(root: $0, lineText: lineText ?? { _, _ in nil }) }
      ?? .reading(limit: report.limits.maxFileBytes)
    let rules = LintRules.all.map { rule in
      JSONValue.object([
        "id": .string(rule.id.rawValue), "name": .string(Self.pascalCase(rule.id.rawValue)),
        "shortDescription": .object(["text": .string(rule.title)]),
        "fullDescription": .object(["text": .string(rule.summary)]),
        "help": .object(["text": .string(rule.fix)]),
        "defaultConfiguration": .object(["level": .string(Self.level(rule.defaultSeverity))]),
      ])
    }
    // Each finding's result on all cores (its column may need its file's line), in order.
    let ruleIndex = Dictionary(
      LintRules.all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Files that cannot be read are results too (rules of the loader, outside the lint rules'
    // list), so a scan upload shows why the run failed.
    let results = (report.findings + report.inputErrors).parallelMap { finding in
      JSONValue.object([
        "ruleId": .string(finding.rule.rawValue),
        "ruleIndex": ruleIndex[finding.rule].map(JSONValue.integer),
        "level": .string(Self.level(finding.severity)),
        "message": .object(["text": .string(finding.message)]),
        "locations": .array([
          .object([
            "physicalLocation": .object([
              "artifactLocation": location.artifact(of: finding.path),
              "region": .object([
                "startLine": .integer(finding.location.line),
                "startColumn": .integer(
                  location.utf16Column(
                    path: finding.path, line: finding.location.line,
                    column: finding.location.column)),
              ]),
            ])
          ])
        ]),
        "partialFingerprints": .object([Finding.fingerprintKey: .string(finding.fingerprint)]),
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
            "columnKind": .string("utf16CodeUnits"),
            "invocations": .array([
              .object(["executionSuccessful": .bool(report.inputErrors.isEmpty)])
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

  private static func pascalCase(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}
