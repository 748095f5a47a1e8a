import FactLedger

/// `factledger verify`: checks every audit trail of the ledger.
enum VerifyCommand: Subcommand {
  static let summary =
    "Check that every claim's reviews chain unbroken; --against REF that they only grew since REF."

  static let head = CommandSpec.Option(
    "--head",
    help: "Also print one SHA-256 over every review of the ledger, to pin its state in a CI log.")
  static let against = CommandSpec.Option(
    "--against", value: "REF",
    help:
      "Also check that every trail extends the trail its claim file had at git revision REF (a pull request's base, such as origin/main): no review changed or removed, none deleted with its file, only new ones appended."
  )

  static let spec = CommandSpec(
    name: "factledger verify",
    overview:
      "Recompute every review's hash and check that each names the one before it, so an edited, removed, inserted or reordered review is found, with its claim and entry.",
    options: [.ledger, .followLinks, head, against],
    discussion: """
      Exit codes: 0 every chain is intact (and extends the one at REF), 1 a chain is broken or rewritten, 2 usage or input error (including a REF git cannot resolve, or a ledger outside a git repository).
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    let ledger = try loadLedger(arguments, console: console)
    let revision = arguments.value(Self.against)
    var rewrites: [Finding] = []
    if let revision {
      do {
        rewrites = try ReviewTrailAnchor(ledger: ledger).problems(against: revision)
      } catch {
        console.error(error.message)
        return .usageOrInputError
      }
    }
    var broken = 0
    for loaded in ledger.claims {
      let breaks = BrokenReviewChainRule().findings(for: loaded)
      if !breaks.isEmpty { broken += 1 }
      breaks.forEach(console.report)
    }
    rewrites.forEach(console.report)
    let reviews = ledger.claims.reduce(0) { $0 + $1.claim.reviews.count }
    let reviewed = ledger.claims.filter { !$0.claim.reviews.isEmpty }.count
    console.out(
      "\(reviews) review\(reviews == 1 ? "" : "s") on \(reviewed) claim\(reviewed == 1 ? "" : "s"); \(broken == 0 ? "every chain intact" : "\(broken) chain\(broken == 1 ? "" : "s") broken").\n"
    )
    let rewritten = rewrites.filter { $0.severity == .error }.count
    if let revision {
      console.out(
        rewritten == 0
          ? "every trail extends the one at '\(Escape.terminal(revision))'.\n"
          : "\(rewritten) trail\(rewritten == 1 ? "" : "s") rewritten since '\(Escape.terminal(revision))'.\n"
      )
    }
    if arguments.has(Self.head) {
      console.out("head \(ReviewChain.headHash(of: ledger))\n")
    }
    return broken == 0 && rewritten == 0 ? .success : .findings
  }
}
