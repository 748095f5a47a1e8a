import FactLedger

/// `factledger check`: each claim's attribution and content status against evidence.
enum CheckCommand: Subcommand {
  static let summary = "Check every claim against evidence: did the source say it, and is it true."

  static let failStatuses = ["disputed", "unverified", "unsourced"]

  static let evidence = CommandSpec.Option(
    "--evidence", value: "FILE",
    help:
      "An evidence file: .json (an object with 'items'), .jsonl or .csv; repeat for more (default: the files under 'evidence' in factledger.json)."
  )
  static let format = CommandSpec.Option(
    "--format", value: "FORMAT", help: "Output format (default: text).",
    allowed: CheckFormat.allCases.map(\.rawValue))
  static let failOn = CommandSpec.Option(
    "--fail-on", value: "STATUSES",
    help:
      "Exit 1 when any claim has one of these overall statuses, comma-separated (default: none); each such claim is named on stderr.",
    allowsEmpty: true)
  static let keepGoing = CommandSpec.Option(
    "--keep-going",
    help:
      "When an evidence file is refused, still report on the files that are fine (the exit code stays 2)."
  )

  static let spec = CommandSpec(
    name: "factledger check",
    overview:
      "Compare the ledger's claims with evidence and report, for each claim, whether the attribution holds (confirmed, misattributed, unconfirmed, unsourced), whether the content holds (verified, disputed, unverified), an overall status, and the reasons.",
    options: [.ledger, .followLinks, evidence, format, failOn, keepGoing],
    discussion: """
      STATUSES are: \(failStatuses.joined(separator: ", ")).
      Exit codes: 0 checked, 1 a claim has a --fail-on status (each named on stderr: path:line:column, id, status, reasons), 2 usage error or bad evidence (every problem is listed with path:line:column and the item id; nothing of a bad file is used, and no report is made unless --keep-going).

      EXAMPLES:
        factledger check
        factledger check --evidence my-evidence.csv --format markdown > report.md
        factledger check --fail-on disputed,unsourced
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    let failOn = try arguments.list(Self.failOn)
    for status in failOn where !failStatuses.contains(status) {
      throw UsageError.invalidValue(status, option: Self.failOn.name, allowed: failStatuses)
    }
    let ledger = try loadLedger(arguments, console: console)
    let evidence = EvidenceSet(
      given: arguments.values(Self.evidence), ledger: ledger,
      followsLinks: arguments.has(.followLinks), console: console)
    guard !evidence.files.isEmpty else {
      throw UsageError.invalid(
        "no evidence: pass --evidence FILE, or list files under 'evidence' in factledger.json")
    }
    let (fine, refused) = (evidence.fine, evidence.refused)
    let keepsGoing = arguments.has(Self.keepGoing)
    if !refused.isEmpty {
      if evidence.files.count > 1 {
        console.note(scope(refused: refused, fine: fine, keepsGoing: keepsGoing))
      }
      guard keepsGoing, !fine.isEmpty else { return .usageOrInputError }
    }
    let run = ClaimChecker(ledger: ledger).run(evidence.items, evidenceFiles: fine)
    KeptUntilExit.keep(run)
    let format = arguments.value(Self.format).flatMap(CheckFormat.init(rawValue:)) ?? .text
    let outcomes = write(run, as: format, console: console)
    KeptUntilExit.keep(outcomes)
    if !refused.isEmpty { return .usageOrInputError }
    let failing = outcomes.filter { failOn.contains($0.overall.rawValue) }
    for outcome in failing {
      console.report(
        Finding(
          .error, path: outcome.path, at: SourceLocation(line: outcome.line, column: 1),
          "claim '\(outcome.id)' is \(outcome.overall.rawValue)"
            + (outcome.reasons.isEmpty
              ? "" : ": " + outcome.reasons.map(\.rawValue).joined(separator: ", ")),
          rule: "fail-on", recordID: outcome.id))
    }
    return failing.isEmpty ? .success : .findings
  }

  /// Writes the results of `run` in `format` and returns what each came to. JSON is written
  /// as the results are made, which are let go once written; the text and Markdown reports
  /// group and count the results before the first line, so they are made whole first.
  private static func write(_ run: CheckRun, as format: CheckFormat, console: Console)
    -> [CheckReport.Outcome]
  {
    guard format != .json else {
      return CheckJSONWriter().write(run) { console.out($0) }
    }
    let report = run.report()
    KeptUntilExit.keep(report)
    console.out(report, with: format.writer)
    return report.results.map(\.outcome)
  }

  /// What a refused evidence file leaves: no report, or one from the files that are fine.
  private static func scope(refused: [String], fine: [String], keepsGoing: Bool) -> String {
    let quoted = { (files: [String]) in files.map { "'\($0)'" }.joined(separator: ", ") }
    let refusedPart =
      "\(refused.count == 1 ? "1 evidence file was" : "\(refused.count) evidence files were") refused (\(quoted(refused)))"
    guard !fine.isEmpty else { return "\(refusedPart); no report was made" }
    if keepsGoing {
      return "\(refusedPart); the report is made from the files that are fine: \(quoted(fine))"
    }
    return
      "\(refusedPart); no report was made; these files are fine: \(quoted(fine)) (--keep-going reports on them)"
  }
}
