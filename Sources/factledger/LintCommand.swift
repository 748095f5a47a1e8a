import FactLedger

/// `factledger lint`: the CI gate.
enum LintCommand: Subcommand {
  static let summary =
    "The CI gate: unsourced claims, schema violations, anchor drift, uncovered text, broken chains."

  static let format = CommandSpec.Option(
    "--format", value: "FORMAT", help: "Output format (default: text).",
    allowed: LintFormat.allCases.map(\.rawValue))
  static let strict = CommandSpec.Option("--strict", help: "Make warnings fail the run too.")
  static let fix = CommandSpec.Option(
    "--fix",
    help:
      "Move drifted anchors and cues whose words stand once elsewhere in the article, then lint again."
  )
  static let explain = CommandSpec.Option(
    "--explain", value: "RULE", help: "Explain a rule and how to fix or waive its findings.",
    allowed: LintRules.all.map(\.id.rawValue))

  static let spec = CommandSpec(
    name: "factledger lint",
    overview:
      "Check the ledger against every rule of its policy: unsourced factual claims, vague attributions, schema violations, anchor drift, uncovered text, unknown sources, duplicate ids, a changed article text, broken review chains and references, factual claims with no assertions, unreviewed drafts. Each finding names its file, line and column; waived findings are listed, never hidden.",
    options: [.ledger, .followLinks, format, strict, fix, explain],
    discussion: """
      Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage or unreadable input.

      EXAMPLES:
        factledger lint
        factledger lint --format github
        factledger lint --format sarif > factledger.sarif
        factledger lint --explain unsourced-claim
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    if let rule = arguments.value(Self.explain).flatMap({ LintRules.rule(RuleID(rawValue: $0)) }) {
      console.out(rule.explanation)
      return .success
    }
    let root = LedgerLocator.path(
      option: arguments.value(.ledger), environment: console.environment)
    if arguments.has(Self.fix) { try settleInterruptedWrite(arguments, console: console) }
    let linter = Linter(followsLinks: arguments.has(.followLinks))
    var report = try linter.lint(at: root)
    if arguments.has(Self.fix) {
      let fixed: [String]
      do {
        fixed = try AnchorFixer(
          root: root, followsLinks: linter.followsLinks, limits: report.limits
        ).fix(report.findings)
      } catch {
        console.error(error.message)
        return .usageOrInputError
      }
      console.note(
        "moved the anchors of \(fixed.count) record\(fixed.count == 1 ? "" : "s")\(fixed.isEmpty ? "" : ": " + fixed.joined(separator: ", "))"
      )
      if !fixed.isEmpty { report = try linter.lint(at: root) }
    }
    let format = arguments.value(Self.format).flatMap(LintFormat.init(rawValue:)) ?? .text
    console.out(format.writer.write(report))
    report.inputErrors.forEach(console.report)
    if !report.inputErrors.isEmpty { return .usageOrInputError }
    return report.findings.contains { $0.fails(strict: arguments.has(Self.strict)) }
      ? .findings : .success
  }
}
