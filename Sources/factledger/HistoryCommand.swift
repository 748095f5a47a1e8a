import FactLedger

/// `factledger history`: a claim's audit trail.
enum HistoryCommand: Subcommand {
  static let summary = "Show a claim's audit trail of reviews, and whether its chain is intact."

  static let format = CommandSpec.Option(
    "--format", value: "FORMAT", help: "Output format (default: text).",
    allowed: HistoryFormat.allCases.map(\.rawValue))

  static let spec = CommandSpec(
    name: "factledger history",
    overview: "Show every review of a claim, oldest first, and check that their hashes chain.",
    options: [.ledger, .followLinks, format],
    arguments: [CommandSpec.Argument("ID", help: "The claim id.")],
    discussion: "Exit codes: 0 the chain is intact, 1 it is broken, 2 usage or input error.")

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    guard let id = arguments.positionals.first else { throw UsageError.missingArgument("ID") }
    if arguments.positionals.count > 1 {
      throw UsageError.unexpectedArgument(arguments.positionals[1])
    }
    let ledger = try loadLedger(arguments, console: console)
    guard let history = ClaimHistory(of: id, in: ledger) else {
      throw UsageError.invalid("unknown claim '\(id)'")
    }
    let format = arguments.value(Self.format).flatMap(HistoryFormat.init(rawValue:)) ?? .text
    console.out(format.writer.write(history))
    history.findings.forEach(console.report)
    return history.isIntact ? .success : .findings
  }
}
