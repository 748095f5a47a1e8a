import FactLedger

/// `factledger list`: the attributed claims of the ledger.
enum ListCommand: Subcommand {
  static let summary = "List attributed claims, with filters, as a table, JSON, CSV or Markdown."

  static let all = CommandSpec.Option(
    "--all", help: "Also list unsourced claims and non-claims (headline, furniture, ...).")
  static let status = CommandSpec.Option(
    "--status", value: "STATUS",
    help: "Keep claims whose latest review has this status; repeat or comma-separate.")
  static let kind = CommandSpec.Option(
    "--kind", value: "KIND", help: "Keep records of this kind; repeat or comma-separate.")
  static let outlet = CommandSpec.Option(
    "--outlet", value: "SOURCE-ID",
    help: "Keep claims that name this source as outlet or in their via chain.")
  static let speaker = CommandSpec.Option(
    "--speaker", value: "TEXT",
    help:
      "Keep claims whose speaker's name, description, role or organization contains TEXT (any case)."
  )
  static let article = CommandSpec.Option(
    "--article", value: "ARTICLE-ID", help: "Keep the records of this article.")
  static let format = CommandSpec.Option(
    "--format", value: "FORMAT", help: "Output format (default: table).",
    allowed: ListingFormat.allCases.map(\.rawValue))

  static let spec = CommandSpec(
    name: "factledger list",
    overview:
      "List every attributed claim: id, kind, speaker, outlet and via chain, cue, latest review status and text. --all adds unsourced claims and records that are not claims.",
    options: [.ledger, .followLinks, all, status, kind, outlet, speaker, article, format],
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
    filter.includesUnattributed = arguments.has(Self.all)
    for status in try arguments.list(Self.status) where !ClaimFilter.statusValues.contains(status) {
      throw UsageError.invalidValue(
        status, option: Self.status.name, allowed: ClaimFilter.statusValues)
    }
    filter.statuses = Set(try arguments.list(Self.status))
    filter.kinds = Set(
      try arguments.list(Self.kind).map { name in
        guard let kind = ClaimKind(rawValue: name) else {
          throw UsageError.invalidValue(
            name, option: Self.kind.name, allowed: ClaimKind.allCases.map(\.rawValue))
        }
        return kind
      })
    filter.speaker = arguments.value(Self.speaker)
    filter.outlet = arguments.value(Self.outlet)
    filter.article = arguments.value(Self.article)

    let ledger = try loadLedger(arguments, console: console)
    do {
      try filter.validate(against: ledger)
    } catch {
      switch error {
      case .unknownOutlet(let id, let known):
        throw UsageError.invalid(
          "unknown source '\(id)' for '\(Self.outlet.name)'; sources.json has \(known.joined(separator: ", "))"
        )
      case .unknownArticle(let id):
        throw UsageError.invalid("unknown article '\(id)' for '\(Self.article.name)'")
      }
    }
    let format = arguments.value(Self.format).flatMap(ListingFormat.init(rawValue:)) ?? .table
    let listing = ClaimListing(ledger, filter: filter)
    console.out(listing, with: format.writer(width: console.width))
    // Freed with the process, not row by row (as the ledger is).
    KeptUntilExit.keep(listing)
    return .success
  }
}
