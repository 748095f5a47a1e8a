import FactLedger

/// `factledger history`: a claim's audit trail.
enum HistoryCommand: Subcommand {
  static let summary = "Show a claim's audit trail of reviews, and whether its chain is intact."

  static let spec = CommandSpec(
    name: "factledger history",
    overview: "Show every review of a claim, oldest first, and check that their hashes chain.",
    options: [
      ledgerOption, followLinksOption,
      CommandSpec.Option(
        "--format", value: "FORMAT", help: "Output format (default: text).",
        allowed: ["text", "json"]),
    ],
    arguments: [CommandSpec.Argument("ID", help: "The claim id.")],
    discussion: "Exit codes: 0 the chain is intact, 1 it is broken, 2 usage or input error.")

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    guard let id = arguments.positionals.first else { throw UsageError.missingArgument("ID") }
    if arguments.positionals.count > 1 {
      throw UsageError.unexpectedArgument(arguments.positionals[1])
    }
    let ledger = try loadLedger(arguments, console: console)
    guard let loaded = ledger.claims.first(where: { $0.claim.id == id }) else {
      throw UsageError.invalid("unknown claim '\(id)'")
    }
    let claim = loaded.claim
    let problems = ReviewChain.problems(in: claim)
    if arguments.value("--format") == "json" {
      let reviews = claim.reviews.map(\.json)
      console.out(
        JSONWriter().string(
          for: .object([
            "claim": .string(claim.id), "file": .string(loaded.path), "reviews": .array(reviews),
            "chain": .object([
              "intact": .bool(problems.isEmpty),
              "problems": .array(
                problems.map {
                  .object(["entry": .integer($0.entry + 1), "message": .string($0.message)])
                }),
            ]),
          ])))
    } else {
      // Every value read from the claim file is escaped, so each stays on its line.
      let shown = Escape.terminal
      console.out("\(claim.id): \(shown(claim.text))\n")
      if claim.reviews.isEmpty { console.out("no reviews yet\n") }
      for (index, review) in claim.reviews.enumerated() {
        console.out(
          "\n\(index + 1). \(shown(review.time))  \(review.status.rawValue)  by \(shown(review.reviewer))\n"
        )
        if let reason = review.reason { console.out("   reason: \(shown(reason))\n") }
        if let note = review.note { console.out("   note: \(shown(note))\n") }
        if !review.evidence.isEmpty {
          console.out("   evidence: \(shown(review.evidence.joined(separator: ", ")))\n")
        }
        console.out("   hash: \(shown(review.hash))\n")
      }
      console.out(
        problems.isEmpty
          ? "\nchain intact (\(claim.reviews.count) review\(claim.reviews.count == 1 ? "" : "s"))\n"
          : "\nchain BROKEN\n")
    }
    BrokenReviewChainRule().findings(for: loaded).forEach(console.report)
    return problems.isEmpty ? .success : .findings
  }
}
