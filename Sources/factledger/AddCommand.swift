import FactLedger

/// `factledger add`: puts a new article's text (plain text or HTML) and metadata in the ledger,
/// or re-captures a corrected text with `--update`.
enum AddCommand: Subcommand {
  static let summary = "Add an article's text (plain text or HTML) and metadata to the ledger."

  static let article = CommandSpec.Option(
    "--article", value: "ID", help: "The article's id, a lowercase slug: crespo-2020-05-27.",
    isRequired: true)
  static let title = CommandSpec.Option(
    "--title", value: "TITLE", help: "The headline (required for a new article).")
  static let published = CommandSpec.Option(
    "--published", value: "DATE",
    help: "The publication date the page shows, YYYY-MM-DD (required for a new article).")
  static let author = CommandSpec.Option("--author", value: "NAME", help: "The byline's author.")
  static let url = CommandSpec.Option("--url", value: "URL", help: "Where the text was captured.")
  static let publisher = CommandSpec.Option(
    "--publisher", value: "NAME", help: "Who published it.")
  static let language = CommandSpec.Option(
    "--language", value: "TAG", help: "The BCP 47 language tag of the text (default: en).")
  static let update = CommandSpec.Option(
    "--update",
    help:
      "Re-capture the text of an article the ledger has: refresh its SHA-256 and find every record's anchor and cue again by its words."
  )

  static let spec = CommandSpec(
    name: "factledger add",
    overview:
      "Create articles/ID/ with the article's text (article.txt) and metadata (article.json, with the text's SHA-256). HTML is turned into text: tags stripped, character references decoded, scripts, styles and comments dropped, block elements made paragraphs. The text is laid out as the shipped article is: a blank line between paragraphs, white space folded, a plain text's single line breaks kept.",
    options: [
      .ledger, .followLinks, article, title, published, author, url, publisher, language, update,
      .lockTimeout,
    ],
    arguments: [
      CommandSpec.Argument(
        "FILE", help: "The article: a .txt, .html or .htm file, or '-' for standard input.")
    ],
    discussion: """
      An existing id is refused unless --update is given; with --update, a record whose words the new text no longer has is reported (path:line:column: error: ... [anchor-drift]) and nothing is written, exit 1: correct the record's 'exact' words, or remove the record, and run again.
      Exit codes: 0 written, 1 records lost their words (nothing written), 2 usage error or bad input (empty, binary or non-UTF-8 file, a page with no text, an id that is not a slug, a date that is not YYYY-MM-DD, an existing id; nothing written).

      EXAMPLES:
        factledger add page.html --article navies-2024-03-01 --title "Navies Hold Joint Drill" --published 2024-03-01 --author "Staff Writer"
        pbpaste | factledger add - --article navies-2024-03-01 --title "Navies Hold Joint Drill" --published 2024-03-01
        factledger add corrected.txt --article navies-2024-03-01 --update
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    guard let file = arguments.positionals.first else { throw UsageError.missingArgument("FILE") }
    if let extra = arguments.positionals.dropFirst().first {
      throw UsageError.unexpectedArgument(extra)
    }
    guard let id = arguments.value(Self.article) else {
      throw UsageError.missingArgument("--article ID")
    }
    guard Slug.isValid(id) else {
      throw UsageError.invalid(ArticleRecordError.invalidID(id).message)
    }
    let published = try arguments.value(Self.published).map { text in
      guard let date = CalendarDate(iso: text) else {
        throw UsageError.invalid("'\(text)' is not a date YYYY-MM-DD (\(Self.published.name))")
      }
      return date
    }
    let isUpdate = arguments.has(Self.update)
    if !isUpdate {
      guard arguments.value(Self.title) != nil else { throw UsageError.missingArgument("--title") }
      guard published != nil else { throw UsageError.missingArgument("--published") }
    }
    let timeout = try lockTimeout(arguments)
    if let tag = arguments.value(Self.language), !LanguageTag.isWellFormed(tag) {
      throw UsageError.invalid(
        "'\(Self.language.name)' takes a BCP 47 language tag such as en, pt-BR or zh-Hant-TW, not '\(tag)'"
      )
    }
    try settleInterruptedWrite(arguments, console: console)
    let ledger = try loadLedger(arguments, console: console)
    let shownPath = file == "-" ? "<stdin>" : file
    let capture: ArticleCapture
    do {
      let bytes = try BoundedFile.read(
        file == "-" ? "/dev/stdin" : file, limit: ledger.policy.limits.maxFileBytes)
      capture = try ArticleCapture(bytes: bytes, path: shownPath)
    } catch let error as BoundedFile.Failure {
      console.error("cannot read '\(shownPath)': \(error.message)")
      return .usageOrInputError
    } catch let error as CaptureError {
      console.report(error.finding)
      return .usageOrInputError
    }
    let metadata = ArticleRecorder.Metadata(
      title: arguments.value(Self.title), author: arguments.value(Self.author),
      publisher: arguments.value(Self.publisher), published: published,
      url: arguments.value(Self.url), language: arguments.value(Self.language))
    let recorder = ArticleRecorder(
      root: ledger.root, lockTimeout: timeout, followsLinks: arguments.has(.followLinks))
    let outcome: ArticleRecorder.Outcome
    do {
      outcome =
        isUpdate
        ? try recorder.update(capture, id: id, metadata: metadata, in: ledger)
        : try recorder.add(capture, id: id, metadata: metadata, limits: ledger.policy.limits)
    } catch {
      switch error {
      case .wordsGone(let findings):
        findings.forEach(console.report)
        console.error(error.message)
        return .findings
      case .write(.invalidClaimFile(let findings)):
        findings.forEach(console.report)
      default: break
      }
      console.error(error.message)
      return .usageOrInputError
    }
    if let note = outcome.recovery.note { console.note(note) }
    console.out(report(outcome, capture: capture, isUpdate: isUpdate, ledger: ledger.root))
    return .success
  }

  /// What was written, and the next step.
  private static func report(
    _ outcome: ArticleRecorder.Outcome, capture: ArticleCapture, isUpdate: Bool, ledger: String
  ) -> String {
    let verb = isUpdate ? "updated" : "created"
    var lines = [
      "\(verb) \(Escape.terminal(outcome.textPath)) (\(capture.wasHTML ? "from HTML, " : "")\(capture.characterCount) characters, \(capture.paragraphCount) paragraph\(capture.paragraphCount == 1 ? "" : "s"))",
      "\(verb) \(Escape.terminal(outcome.metadataPath)) (sha256 \(outcome.article.sha256))",
    ]
    if isUpdate {
      let moved = outcome.reanchored.filter { $0.from != $0.to }
      lines.append(
        "re-anchored \(outcome.reanchored.count) records: \(moved.count) moved, \(outcome.reanchored.count - moved.count) in place"
      )
      for entry in moved { lines.append("  \(entry.claimID): \(entry.from) -> \(entry.to)") }
      lines.append("next: factledger lint --ledger \(Escape.terminal(ledger))")
    } else {
      lines.append(
        "next: factledger lint --ledger \(Escape.terminal(ledger))   # lists the article's text that no record covers yet"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

}
