import FactLedger
import Foundation

/// `factledger mark`: appends a verdict to claims' audit trails.
enum MarkCommand: Subcommand {
  static let summary =
    "Mark claims verified, disputed or unverified, appending to their audit trail."

  static let statuses = Review.Status.allCases.map(\.rawValue)

  static let spec = CommandSpec(
    name: "factledger mark",
    overview:
      "Append a review (status, UTC time, reviewer, evidence ids, note, reason, and the hashes that chain the trail) to each claim. Nothing is ever rewritten: an undo is a new review. Changing a final verdict (verified to disputed, or back) needs --reason.",
    options: [
      ledgerOption, followLinksOption,
      CommandSpec.Option(
        "--by", value: "NAME",
        help: "The reviewer (default: $FACTLEDGER_REVIEWER, then git config user.name)."),
      CommandSpec.Option("--note", value: "TEXT", help: "Why, in your words."),
      CommandSpec.Option(
        "--evidence", value: "ID",
        help: "An evidence item id the verdict rests on; repeat or comma-separate."),
      CommandSpec.Option(
        "--reason", value: "CODE",
        help: "A reason code, such as date-mismatch; required to change a final verdict."),
      CommandSpec.Option(
        "--from", value: "FILE",
        help:
          "Claim ids one a line, or a 'check --format json' report (marks what it verified or disputed)."
      ),
      CommandSpec.Option("--dry-run", help: "Show what would be written, and write nothing."),
      CommandSpec.Option(
        "--lock-timeout", value: "SECONDS",
        help: "How long to wait for another writer (default: 10)."),
    ],
    arguments: [
      CommandSpec.Argument("ID", help: "A claim id.", isRepeatable: true),
      CommandSpec.Argument(
        "STATUS", help: "verified, disputed or unverified (not with a check report)."),
    ],
    discussion: """
      Writes are atomic (a temporary file renamed over the old one) under an exclusive lock on the ledger, so concurrent marks queue and lose nothing. An unknown id writes nothing for any id.

      EXAMPLES:
        factledger mark kochkin-joint-design-work verified --by "Standards desk" --evidence ev-tass-kochkin-joint-design-work
        factledger mark vostok-2018-tsugol disputed --reason date-mismatch --note "Held 11-17 September 2018"
        factledger check --format json > report.json && factledger mark --from report.json --dry-run
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    let reviewer = try self.reviewer(arguments, console: console)
    let ledger = try loadLedger(arguments, console: console)
    let requests = try self.requests(arguments, reviewer: reviewer)
    let timeout =
      try arguments.value("--lock-timeout").map { text in
        guard let seconds = Double(text), seconds >= 0 else {
          throw UsageError.invalid("'--lock-timeout' takes seconds, not '\(text)'")
        }
        return seconds
      } ?? 10
    let recorder = ReviewRecorder(
      root: ledger.root, lockTimeout: timeout, followsLinks: arguments.has("--follow-links"))
    let dryRun = arguments.has("--dry-run")
    let outcome: ReviewRecorder.Outcome
    do {
      outcome = try recorder.record(requests, in: ledger, dryRun: dryRun)
    } catch {
      if case .invalidClaimFile(let diagnostics) = error { diagnostics.forEach(console.report) }
      console.error(error.message)
      return .usageOrInputError
    }
    if let note = outcome.recovery.note { console.note(note) }
    for entry in outcome.entries {
      let was = entry.previousStatus.map { " (was \($0.rawValue))" } ?? ""
      let reviewer = Escape.terminal(entry.review.reviewer)
      console.out(
        "\(dryRun ? "would mark" : "marked") \(entry.claimID) \(entry.review.status.rawValue)\(was) by \(reviewer), review \(entry.review.hash.prefix(12))\n"
      )
    }
    return .success
  }

  private static func reviewer(_ arguments: ParsedArguments, console: Console) throws -> String {
    if let name = arguments.value("--by"), !name.isEmpty { return name }
    if let name = console.environment["FACTLEDGER_REVIEWER"], !name.isEmpty { return name }
    if let name = gitUserName(), !name.isEmpty { return name }
    throw UsageError.invalid(
      "no reviewer: pass --by NAME, set FACTLEDGER_REVIEWER, or set git config user.name")
  }

  private static func requests(_ arguments: ParsedArguments, reviewer: String) throws
    -> [ReviewRecorder.Request]
  {
    var positionals = arguments.positionals
    let status = positionals.last.flatMap(Review.Status.init(rawValue:))
    if status != nil { positionals.removeLast() }
    let evidence = arguments.list("--evidence")
    let note = arguments.value("--note")
    let reason = arguments.value("--reason")
    if let file = arguments.value("--from") {
      let data: [UInt8]
      do {
        data = try BoundedFile.read(
          file, limit: InputLimits.default.maxEvidenceBytes, setting: .evidenceBytes)
      } catch {
        throw UsageError.invalid("cannot read '\(file)': \(error.message)")
      }
      if let report = try? JSONParser().parse(data),
        let results = report["results"]?.arrayValue
      {
        // A check report: mark what it verified or disputed, with its evidence.
        return results.compactMap { result in
          guard let id = result["id"]?.stringValue, let overall = result["overall"]?.stringValue,
            let verdict = Review.Status(rawValue: overall), verdict != .unverified
          else { return nil }
          let items = result["evidence"]?.arrayValue?.compactMap(\.stringValue) ?? []
          return ReviewRecorder.Request(
            claimIDs: [id], status: verdict, reviewer: reviewer,
            note: note ?? "from check report \(file)",
            evidence: evidence + items, reason: reason)
        }
      }
      positionals += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter {
          !$0.isEmpty && !$0.hasPrefix("#")
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

  private static func gitUserName() -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "config", "user.name"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
