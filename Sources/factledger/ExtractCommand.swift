import FactLedger

/// `factledger extract`: drafts every record of an article and writes them as new claim
/// files (or prints them with `--stdout`).
enum ExtractCommand: Subcommand {
  static let summary = "Draft every record of an article: sentences, kinds, anchors, attribution."

  static let article = CommandSpec.Option(
    "--article", value: "ID", help: "The article to draft records for.", isRequired: true)
  static let stdout = CommandSpec.Option(
    "--stdout",
    help: "Print the drafts as JSON Lines (one record a line, in text order); write nothing.")
  static let merge = CommandSpec.Option(
    "--merge",
    help:
      "For an article that has records: draft only the text no record's anchor covers yet.")

  static let spec = CommandSpec(
    name: "factledger extract",
    overview:
      "Draft the records of an article: split its text into sentences, draft each one's kind (a claim, or headline, dateline, byline, furniture, question), anchor (exact, prefix, suffix, offsets), attribution (cue, speaker, outlet) and a quote's assertion, and write them as articles/ID/claims/<id>.json, each marked \"draft\": true.",
    options: [.ledger, .followLinks, article, stdout, merge, .lockTimeout],
    discussion: """
      One record per sentence. A sentence does not end inside a quotation that closes later in its paragraph (the quote stays with its speaker), after a title (Dr., Lt. Gen.), an initial, or an abbreviation such as U.S., Jan., No. unless a sentence clearly starts after it; a quotation that runs on into a later paragraph is drafted a sentence at a time, each a quote. An author's name lines and biography are one byline record. Ids are slugs of the first five words, made unique in the ledger.
      An article that has records is refused unless --merge is given; --merge drafts only the words no record covers, so running it again drafts nothing. All files are written, or none.
      The records stay drafts, which 'factledger lint' reports as errors [draft-record], until a person has reviewed each one and deleted its "draft" field.
      Exit codes: 0 drafted (or nothing left to draft with --merge), 2 usage error or bad input: an unknown article, an article with records without --merge; nothing written.

      EXAMPLES:
        factledger add story.html --article wire-2026-01-05 --title "..." --published 2026-01-05
        factledger extract --article wire-2026-01-05 --stdout | head -n 3
        factledger extract --article wire-2026-01-05
        factledger extract --article crespo-2020-05-27 --merge
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    guard let articleID = arguments.value(Self.article) else {
      throw UsageError.missingArgument("--article ID")
    }
    let timeout = try lockTimeout(arguments)
    try settleInterruptedWrite(arguments, console: console)
    let ledger = try loadLedger(arguments, console: console)
    let result: ArticleExtractor.Result
    do throws(ExtractError) {
      result = try ArticleExtractor(ledger: ledger).extract(
        article: articleID, merging: arguments.has(Self.merge))
    } catch {
      console.error(error.message)
      return .usageOrInputError
    }
    if arguments.has(Self.stdout) {
      let writer = JSONWriter()
      console.out(result.drafts.map { writer.compactString(for: $0.claim.json) + "\n" }.joined())
      return .success
    }
    guard !result.drafts.isEmpty else {
      console.out(
        "every word of '\(Escape.terminal(articleID))' is covered by one of its \(result.existingRecords) records; nothing to draft\n"
      )
      return .success
    }
    let recorder = ClaimRecorder(
      root: ledger.root, lockTimeout: timeout, followsLinks: arguments.has(.followLinks))
    do throws(ClaimDraftError) {
      let recovery = try recorder.write(result.drafts, limits: ledger.policy.limits)
      if let note = recovery.note { console.note(note) }
    } catch {
      console.error(error.message)
      return .usageOrInputError
    }
    console.out(report(result, article: articleID, ledger: ledger.root))
    return .success
  }

  /// How many records of each kind were written, where, and the next step.
  private static func report(_ result: ArticleExtractor.Result, article: String, ledger: String)
    -> String
  {
    let drafts = result.drafts
    var counts: [ClaimKind: Int] = [:]
    for draft in drafts { counts[draft.claim.kind, default: 0] += 1 }
    let kinds = ClaimKind.allCases.compactMap { kind in
      counts[kind].map { "\($0) \(kind.rawValue)" }
    }
    let folder =
      drafts.first.map {
        String($0.path[..<($0.path.lastIndex(of: "/") ?? $0.path.endIndex)]) + "/"
      } ?? ""
    let attributed = drafts.filter { $0.claim.attribution.isSourced }.count
    var lines = [
      "created \(drafts.count) draft record\(drafts.count == 1 ? "" : "s") in \(Escape.terminal(folder))\(result.existingRecords > 0 ? " (beside \(result.existingRecords) existing)" : "")",
      "  kinds: \(kinds.joined(separator: ", "))",
      "  attributed: \(attributed) of \(drafts.count)",
    ]
    lines.append(
      "next: review each record (kind, attribution, assertions), delete its \"draft\" field, then run factledger lint --ledger \(Escape.terminal(ledger))"
    )
    return lines.joined(separator: "\n") + "\n"
  }
}
