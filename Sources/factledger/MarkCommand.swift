import FactLedger
import Foundation

/// `factledger mark`: appends a verdict to claims' audit trails.
enum MarkCommand: Subcommand {
  static let summary =
    "Mark claims verified, disputed or unverified, appending to their audit trail."

  static let statuses = Review.Status.allCases.map(\.rawValue)

  static let by = CommandSpec.Option(
    "--by", value: "NAME",
    help: "The reviewer (default: $FACTLEDGER_REVIEWER, then git config user.name).")
  static let note = CommandSpec.Option("--note", value: "TEXT", help: "Why, in your words.")
  static let evidence = CommandSpec.Option(
    "--evidence", value: "ID",
    help: "An evidence item id the verdict rests on; repeat or comma-separate.")
  static let reason = CommandSpec.Option(
    "--reason", value: "CODE",
    help: "A reason code, such as date-mismatch; required to change a final verdict.")
  static let from = CommandSpec.Option(
    "--from", value: "FILE",
    help:
      "Claim ids one a line, or a 'check --format json' report (marks what it verified or disputed, each with the report's first reason code, which decides the rating a ClaimReview export publishes)."
  )
  static let dryRun = CommandSpec.Option(
    "--dry-run", help: "Show what would be written, and write nothing.")

  static let spec = CommandSpec(
    name: "factledger mark",
    overview:
      "Append a review (status, UTC time, reviewer, evidence ids, note, reason, and the hashes that chain the trail) to each claim. Nothing is ever rewritten: an undo is a new review. Changing a final verdict (verified to disputed, or back) needs --reason.",
    options: [.ledger, .followLinks, by, note, evidence, reason, from, dryRun, .lockTimeout],
    arguments: [
      CommandSpec.Argument("ID", help: "A claim id.", isRepeatable: true),
      CommandSpec.Argument(
        "STATUS", help: "verified, disputed or unverified (not with a check report)."),
    ],
    discussion: """
      Writes are all or nothing across every claim marked (temporary files, a journal, then the renames), under an exclusive lock on the ledger, so concurrent marks queue and lose nothing, and an interrupted mark is completed or undone by the next command that writes. An unknown id writes nothing for any id.

      EXAMPLES:
        factledger mark kochkin-joint-design-work verified --by "Standards desk" --evidence ev-tass-kochkin-joint-design-work
        factledger mark vostok-2018-tsugol disputed --reason date-mismatch --note "Held 11-17 September 2018"
        factledger check --format json > report.json && factledger mark --from report.json --dry-run
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    let reviewer: String
    do {
      reviewer = try ReviewerResolver(environment: console.environment)
        .reviewer(given: arguments.value(Self.by))
    } catch {
      throw UsageError.invalid(error.message)
    }
    if !arguments.has(Self.dryRun) { try settleInterruptedWrite(arguments, console: console) }
    let ledger = try loadLedger(arguments, console: console)
    let requests: [ReviewRecorder.Request]
    var places: [String: SourceLocation] = [:]
    do {
      requests = try self.requests(arguments, reviewer: reviewer, places: &places)
    } catch let error as MarkRequestSource.Failure {
      guard case .invalid(let diagnostics) = error else {
        throw UsageError.invalid(error.message)
      }
      diagnostics.forEach(console.report)
      return .usageOrInputError
    }
    guard !requests.isEmpty else {
      // Only a check report can ask for nothing: its claims are all unverified or unsourced.
      console.note("the check report has no verified or disputed claim: nothing was marked")
      return .success
    }
    let timeout = try lockTimeout(arguments)
    let recorder = ReviewRecorder(
      root: ledger.root, lockTimeout: timeout, followsLinks: arguments.has(.followLinks))
    let dryRun = arguments.has(Self.dryRun)
    let outcome: ReviewRecorder.Outcome
    do {
      outcome = try recorder.record(requests, in: ledger, dryRun: dryRun)
    } catch {
      if case .invalidClaimFile(let diagnostics) = error { diagnostics.forEach(console.report) }
      if case .unknownClaims(let ids) = error, let file = arguments.value(Self.from) {
        for id in ids {
          guard let place = places[id] else { continue }
          console.report(
            Finding(
              .error, path: file, at: place,
              "unknown claim '\(id)': no record of the ledger has this id", rule: .unknownClaim,
              recordID: id))
        }
      }
      console.error(error.message)
      return .usageOrInputError
    }
    if let note = outcome.recovery.note { console.note(note) }
    warnOfUnknownEvidence(in: requests, of: ledger, arguments, console: console)
    for entry in outcome.entries {
      let was = entry.previousStatus.map { " (was \($0.rawValue))" } ?? ""
      let reviewer = Escape.terminal(entry.review.reviewer)
      console.out(
        "\(dryRun ? "would mark" : "marked") \(entry.claimID) \(entry.review.status.rawValue)\(was) by \(reviewer), review \(entry.review.hash.prefix(12))\n"
      )
    }
    return .success
  }

  /// Warns of each evidence id the reviews cite that no evidence file of the policy has (a
  /// typo, or an item not yet added); the reviews are written all the same.
  private static func warnOfUnknownEvidence(
    in requests: [ReviewRecorder.Request], of ledger: Ledger, _ arguments: ParsedArguments,
    console: Console
  ) {
    let cited = requests.flatMap(\.evidence)
    guard !cited.isEmpty, !ledger.policy.evidence.isEmpty else { return }
    let references = EvidenceReferences(of: ledger, followsLinks: arguments.has(.followLinks))
    for problem in references.problems {
      console.warning("cannot check the evidence ids against \(problem)")
    }
    let files = references.files.joined(separator: ", ")
    for id in references.unknown(cited) {
      console.warning("evidence '\(id)' is in no evidence file of factledger.json (\(files))")
    }
  }

  /// The requests the command line asks for: one per verdict of a check report given with
  /// `--from`, else one for every id given (on the line and in a `--from` list) with STATUS.
  /// `places` gets where the `--from` file names each claim.
  private static func requests(
    _ arguments: ParsedArguments, reviewer: String, places: inout [String: SourceLocation]
  ) throws -> [ReviewRecorder.Request] {
    var positionals = arguments.positionals
    let status = positionals.last.flatMap(Review.Status.init(rawValue:))
    if status != nil { positionals.removeLast() }
    let evidence = try arguments.list(Self.evidence)
    let note = arguments.value(Self.note)
    let reason = arguments.value(Self.reason)
    if let file = arguments.value(Self.from) {
      let source = try MarkRequestSource.read(from: file)
      places = source.places
      switch source {
      case .checkReport(let verdicts):
        // The report's first reason is the review's (it decides the published rating); all
        // of them go in the note. `--reason` and `--note` override both.
        return verdicts.map { verdict in
          let listed =
            verdict.reasons.isEmpty ? "" : " (\(verdict.reasons.joined(separator: ", ")))"
          return ReviewRecorder.Request(
            claimIDs: [verdict.claimID], status: verdict.status, reviewer: reviewer,
            note: note ?? "from check report \(file)\(listed)",
            evidence: evidence + verdict.evidence,
            reason: reason ?? verdict.reasons.first)
        }
      case .claimIDs(let ids):
        positionals += ids.map(\.id)
      }
    }
    guard let status else {
      guard let last = arguments.positionals.last else {
        throw UsageError.missingArgument("ID... STATUS")
      }
      throw UsageError.invalidValue(last, option: "STATUS", allowed: statuses)
    }
    guard !positionals.isEmpty else { throw UsageError.missingArgument("ID") }
    return [
      ReviewRecorder.Request(
        claimIDs: positionals, status: status, reviewer: reviewer, note: note, evidence: evidence,
        reason: reason)
    ]
  }
}
