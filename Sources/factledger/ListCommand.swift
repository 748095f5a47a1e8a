import FactLedger

/// `factledger list`: the attributed claims of the ledger.
enum ListCommand: Subcommand {
  static let summary = "List attributed claims, with filters, as a table, JSON, CSV or Markdown."

  static let spec = CommandSpec(
    name: "factledger list",
    overview:
      "List every attributed claim: id, kind, speaker, outlet and via chain, cue, latest review status and text. --all adds unsourced claims and records that are not claims.",
    options: [
      ledgerOption, followLinksOption,
      CommandSpec.Option(
        "--all", help: "Also list unsourced claims and non-claims (headline, furniture, ...)."),
      CommandSpec.Option(
        "--status", value: "STATUS",
        help: "Keep claims whose latest review has this status; repeat or comma-separate."),
      CommandSpec.Option(
        "--kind", value: "KIND", help: "Keep records of this kind; repeat or comma-separate."),
      CommandSpec.Option(
        "--outlet", value: "SOURCE-ID",
        help: "Keep claims that name this source as outlet or in their via chain."),
      CommandSpec.Option(
        "--speaker", value: "TEXT",
        help:
          "Keep claims whose speaker's name, description, role or organization contains TEXT (any case)."
      ),
      CommandSpec.Option(
        "--article", value: "ARTICLE-ID", help: "Keep the records of this article."),
      CommandSpec.Option(
        "--format", value: "FORMAT", help: "Output format (default: table).",
        allowed: ListingFormat.allCases.map(\.rawValue)),
    ],
    discussion: """
      STATUS is one of: \(ClaimFilter.statusValues.joined(separator: ", ")).
      KIND is one of: \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")).

      EXAMPLES:
        factledger list --outlet newsweek
        factledger list --all --kind credential --format csv > credentials.csv
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    var filter = ClaimFilter()
    filter.includesUnattributed = arguments.has("--all")
    for status in arguments.list("--status") where !ClaimFilter.statusValues.contains(status) {
      throw UsageError.invalidValue(status, option: "--status", allowed: ClaimFilter.statusValues)
    }
    filter.statuses = Set(arguments.list("--status"))
    filter.kinds = Set(
      try arguments.list("--kind").map { name in
        guard let kind = ClaimKind(rawValue: name) else {
          throw UsageError.invalidValue(
            name, option: "--kind", allowed: ClaimKind.allCases.map(\.rawValue))
        }
        return kind
      })
    filter.speaker = arguments.value("--speaker")
    filter.outlet = arguments.value("--outlet")
    filter.article = arguments.value("--article")

    let ledger = try loadLedger(arguments, console: console)
    if let outlet = filter.outlet, ledger.sources.source(withID: outlet) == nil {
      throw UsageError.invalid(
        "unknown source '\(outlet)' for '--outlet'; sources.json has \(ledger.sources.sources.map(\.id).joined(separator: ", "))"
      )
    }
    if let article = filter.article, !ledger.articles.contains(where: { $0.article.id == article })
    {
      throw UsageError.invalid("unknown article '\(article)' for '--article'")
    }
    let format = arguments.value("--format").flatMap(ListingFormat.init(rawValue:)) ?? .table
    console.out(format.writer(width: console.width).write(ClaimListing(ledger, filter: filter)))
    return .success
  }
}
