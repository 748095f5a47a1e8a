import FactLedger

/// `factledger verify`: checks every audit trail of the ledger.
enum VerifyCommand: Subcommand {
  static let summary =
    "Check that every claim's reviews chain unbroken; --head prints one hash over them all."

  static let spec = CommandSpec(
    name: "factledger verify",
    overview:
      "Recompute every review's hash and check that each names the one before it, so an edited, removed, inserted or reordered review is found, with its claim and entry.",
    options: [
      ledgerOption, followLinksOption,
      CommandSpec.Option(
        "--head",
        help:
          "Also print one SHA-256 over every review of the ledger, to pin its state in a CI log."),
    ],
    discussion: "Exit codes: 0 every chain is intact, 1 a chain is broken, 2 usage or input error.")

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    let ledger = try loadLedger(arguments, console: console)
    var broken = 0
    for loaded in ledger.claims {
      let problems = ReviewChain.problems(in: loaded.claim)
      if !problems.isEmpty { broken += 1 }
      for problem in problems {
        let at = loaded.positions.review(problem.entry)
        console.report(
          Diagnostic(
            .error, path: loaded.path, at: at, "claim '\(problem.claimID)': \(problem.message)",
            rule: "broken-review-chain", recordID: problem.claimID))
      }
    }
    let reviews = ledger.claims.reduce(0) { $0 + $1.claim.reviews.count }
    console.out(
      "\(reviews) review\(reviews == 1 ? "" : "s") on \(ledger.claims.filter { !$0.claim.reviews.isEmpty }.count) claims; \(broken == 0 ? "every chain intact" : "\(broken) chain\(broken == 1 ? "" : "s") broken").\n"
    )
    if arguments.has("--head") {
      console.out("head \(ReviewChain.headHash(of: ledger.claims.map(\.claim)))\n")
    }
    return broken == 0 ? .success : .findings
  }
}
