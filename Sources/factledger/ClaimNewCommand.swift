import FactLedger

/// `factledger claim new`: drafts one record from words a person chose in an article, and
/// writes it as a new claim file (or prints it with `--stdout`).
enum ClaimNewCommand: Subcommand {
  static let summary = "Draft one record from words of an article: anchor, kind, attribution."

  static let article = CommandSpec.Option(
    "--article", value: "ID", help: "The article the words are in.", isRequired: true)
  static let quote = CommandSpec.Option(
    "--quote", value: "WORDS",
    help:
      "The article's words the record is about; quotes, dashes, spacing, case and ellipses ('...' for '…') may differ from the text.",
    isRequired: true
  )
  static let kind = CommandSpec.Option(
    "--kind", value: "KIND",
    help:
      "The record's kind (default: quote inside quotation marks, statement beside a cue such as 'said', else event).",
    allowed: ClaimKind.allCases.map(\.rawValue))
  static let id = CommandSpec.Option(
    "--id", value: "ID", help: "The record's id, a lowercase slug (default: from the words).")
  static let occurrence = CommandSpec.Option(
    "--occurrence", value: "N",
    help: "Which place to take, from 1, when the words stand in several.")
  static let text = CommandSpec.Option(
    "--text", value: "TEXT", help: "The claim as a fact-checker states it (default: the words).")
  static let stdout = CommandSpec.Option(
    "--stdout", help: "Print the record instead of writing it.")

  static let spec = CommandSpec(
    name: "factledger claim new",
    overview:
      "Draft one record from words of an article: find them in the text (exactly, else with quotes, dashes, spacing, case and ellipses folded), anchor them (exact, prefix, suffix, offsets), draft the kind, the attribution (cue, speaker, outlet) and the assertions its words show, and write articles/ID/claims/<id>.json marked \"draft\": true.",
    options: [
      .ledger, .followLinks, article, quote, kind, id, occurrence, text, stdout, .lockTimeout,
    ],
    discussion: """
      The record stays a draft, which 'factledger lint' reports as an error [draft-record], until a person has reviewed it and deleted its "draft" field.
      Exit codes: 0 written (or printed), 2 usage error or bad input: an unknown article, empty words, words not in the article (the nearest passage is shown), words in several places without --occurrence (each place is listed), an id that is not a slug or that the ledger has; nothing written.

      EXAMPLES:
        factledger claim new --article crespo-2020-05-27 --quote "Joint experimental design work with the Chinese side is underway"
        factledger claim new --article crespo-2020-05-27 --quote "the joint drills" --occurrence 2 --kind event --stdout
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    guard let articleID = arguments.value(Self.article) else {
      throw UsageError.missingArgument("--article ID")
    }
    guard let words = arguments.value(Self.quote) else {
      throw UsageError.missingArgument("--quote WORDS")
    }
    let occurrence = try arguments.value(Self.occurrence).map { value in
      guard let number = Int(value), number >= 1 else {
        throw UsageError.invalid("'\(Self.occurrence.name)' takes a number from 1, not '\(value)'")
      }
      return number
    }
    let timeout = try lockTimeout(arguments)
    try settleInterruptedWrite(arguments, console: console)
    let ledger = try loadLedger(arguments, console: console)
    let request = ClaimDrafter.Request(
      article: articleID, quote: words, kind: arguments.value(Self.kind).flatMap(ClaimKind.init),
      id: arguments.value(Self.id), occurrence: occurrence, text: arguments.value(Self.text))
    let textPath = ledger.articles.first { $0.article.id == articleID }?.textPath ?? ""
    do throws(ClaimDraftError) {
      let draft = try ClaimDrafter(ledger: ledger).draft(request)
      if arguments.has(Self.stdout) {
        console.out(JSONWriter().string(for: draft.claim.json))
        return .success
      }
      let recorder = ClaimRecorder(
        root: ledger.root, lockTimeout: timeout, followsLinks: arguments.has(.followLinks))
      let recovery = try recorder.write(draft, limits: ledger.policy.limits)
      if let note = recovery.note { console.note(note) }
      console.out(report(draft, ledger: ledger.root))
      return .success
    } catch {
      report(error, textPath: textPath, ledger: ledger, console: console)
      return .usageOrInputError
    }
  }

  /// What was written, what was drafted, and the next step.
  private static func report(_ draft: ClaimDrafter.Draft, ledger: String) -> String {
    let claim = draft.claim
    let anchor = claim.anchor
    let found =
      draft.wasFolded ? " (found with quotes, dashes, spacing, case or ellipses folded)" : ""
    var lines = [
      "created \(Escape.terminal(draft.path)) (a draft)",
      "  words: \(Escape.terminal(draft.textPath)):\(draft.location.line):\(draft.location.column), offsets \(anchor.start)..<\(anchor.end)\(found)",
      "  kind: \(claim.kind.rawValue)",
      "  attribution: \(Escape.terminal(describe(claim.attribution)))",
    ]
    if claim.assertions.isEmpty {
      lines.append(
        "  assertions: none yet (lint warns [empty-assertions] on a factual claim until you add them)"
      )
    } else {
      lines.append(
        "  assertions: \(claim.assertions.map(\.field.rawValue).joined(separator: ", "))")
    }
    lines.append(
      "next: review and edit the record, delete its \"draft\" field, then run factledger lint --ledger \(Escape.terminal(ledger))"
    )
    return lines.joined(separator: "\n") + "\n"
  }

  private static func describe(_ attribution: Attribution) -> String {
    guard attribution.kind != .none else { return "none (no cue in the sentence)" }
    var parts = [attribution.kind.rawValue]
    if let cue = attribution.cue { parts.append("cue '\(cue.exact)' at \(cue.start)..<\(cue.end)") }
    if let name = attribution.speaker?.name { parts.append("speaker '\(name)'") }
    if let outlet = attribution.outlet { parts.append("outlet '\(outlet)'") }
    return parts.joined(separator: ", ")
  }

  /// The error, with the places it concerns as notes at their line and column in the text.
  private static func report(
    _ error: ClaimDraftError, textPath: String, ledger: Ledger, console: Console
  ) {
    let text = ArticleText(
      ledger.articles.first { $0.textPath == textPath }?.text ?? "")
    console.error(error.message)
    switch error {
    case .ambiguous(let places):
      for (index, place) in places.enumerated() {
        console.note(
          "occurrence \(index + 1): '\(context(of: place, in: text))'", in: textPath,
          at: text.location(of: place.lowerBound))
      }
    case .notFound(let nearest?):
      let kind =
        switch nearest.match {
        case .folded: "the nearest passage"
        case .similar: "the most similar passage"
        }
      console.note(
        "\(kind): '\(context(of: nearest.range, in: text, around: 0))'", in: textPath,
        at: text.location(of: nearest.range.lowerBound))
    default:
      break
    }
  }

  /// The words at `range` with a little text each side, on one line.
  private static func context(of range: Range<Int>, in text: ArticleText, around: Int = 20)
    -> String
  {
    let start = max(0, range.lowerBound - around)
    let end = min(text.count, range.upperBound + around)
    let shown = (text.text(from: start, to: end) ?? "").split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    return (start > 0 && around > 0 ? "…" : "") + shown
      + (end < text.count && around > 0 ? "…" : "")
  }

}
