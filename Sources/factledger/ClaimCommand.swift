import FactLedger

/// `factledger claim`: groups the commands that make records; `claim new` is the one so far.
enum ClaimCommand: Subcommand {
  static let summary = "Make claim records: 'claim new' drafts one from words of an article."

  static let subcommands: [any Subcommand.Type] = [ClaimNewCommand.self]

  static let spec = CommandSpec(
    name: "factledger claim",
    overview: "Make claim records from an article's text.",
    subcommands: subcommands.map {
      ($0.spec.name.split(separator: " ").last.map(String.init) ?? "", $0.summary)
    },
    discussion: "See 'factledger claim <subcommand> --help' for the options of each.")

  /// A group runs nothing itself: the root hands its arguments to the subcommand they name
  /// (`FactLedgerCommand.executeGroup`), so being run means no subcommand was named.
  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    throw UsageError.missingArgument("SUBCOMMAND (new)")
  }
}
