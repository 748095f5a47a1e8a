import FactLedger

/// `factledger lint`: the CI gate.
enum LintCommand: Subcommand {
  static let summary =
    "The CI gate: unsourced claims, schema violations, anchor drift, uncovered text, broken chains."

  static let format = CommandSpec.Option(
    "--format", value: "FORMAT", help: "Output format (default: text).",
    allowed: LintFormat.allCases.map(\.rawValue))
  static let strict = CommandSpec.Option("--strict", help: "Make warnings fail the run too.")
  static let fix = CommandSpec.Option(
    "--fix",
    help:
      "Move drifted anchors and cues whose words stand once elsewhere in the article, then lint again."
  )
  static let baseline = CommandSpec.Option(
    "--baseline", value: "FILE",
    help:
      "Report only findings not in this baseline (written by --write-baseline); list its entries that no longer occur."
  )
  static let writeBaseline = CommandSpec.Option(
    "--write-baseline", value: "FILE",
    help:
      "Record today's unwaived findings in FILE (rule, record, fingerprint) and exit 0, so a gate can start on an archive. The whole ledger's: not with --changed-since or --staged. FILE may not be one of the ledger's records (Ledger/lint-baseline.json beside them is fine)."
  )
  static let changedSince = CommandSpec.Option(
    "--changed-since", value: "REF",
    help:
      "Lint only the articles whose files changed since git revision REF (committed or not, and new files), with ids checked ledger-wide; a change to factledger.json, sources.json or gazetteer.json lints everything; other files outside articles/ (evidence, a baseline) are not linted."
  )
  static let staged = CommandSpec.Option(
    "--staged",
    help:
      "Lint only the articles whose files are staged for the next commit (the pre-commit hook). lint reads the working tree: a staged file with changes not staged, or a file git does not track in an article it lints, is refused (exit 2)."
  )
  static let explain = CommandSpec.Option(
    "--explain", value: "RULE", help: "Explain a rule and how to fix or waive its findings.",
    allowed: LintRules.all.map(\.id.rawValue))

  static let spec = CommandSpec(
    name: "factledger lint",
    overview:
      "Check the ledger against every rule of its policy: unsourced factual claims, vague attributions, schema violations, anchor drift, uncovered text, unknown sources, duplicate ids, a changed article text, broken review chains and references, factual claims with no assertions, unreviewed drafts. Each finding names its file, line and column; waived findings are listed, never hidden.",
    options: [
      .ledger, .followLinks, format, strict, fix, changedSince, staged, baseline, writeBaseline,
      explain,
    ],
    discussion: """
      A baseline lets a ledger with old findings adopt the gate: --write-baseline records them, --baseline then fails only on new ones. Findings match by fingerprint (rule, record, message with its digits folded; the one SARIF's partialFingerprints carry), so moved lines stay matched. Entries no finding matches any more are listed as notes, to be dropped by writing the baseline again.
      Exit codes: 0 no errors (or a baseline written), 1 errors (or warnings with --strict), 2 usage or unreadable input (a bad baseline file too).

      EXAMPLES:
        factledger lint
        factledger lint --format github
        factledger lint --format sarif > factledger.sarif
        factledger lint --write-baseline .factledger-baseline.json
        factledger lint --baseline .factledger-baseline.json --format github
        factledger lint --changed-since origin/main --format github
        factledger lint --explain unsourced-claim
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    if let rule = arguments.value(Self.explain).flatMap({ LintRules.rule(RuleID(rawValue: $0)) }) {
      console.out(rule.explanation)
      return .success
    }
    let root = LedgerLocator.path(
      option: arguments.value(.ledger), environment: console.environment)
    if arguments.value(Self.writeBaseline) != nil,
      arguments.value(Self.changedSince) != nil || arguments.has(Self.staged)
    {
      throw UsageError.invalid(
        "--write-baseline records every finding of the ledger; with --changed-since or --staged it would drop those of the articles left out"
      )
    }
    if let path = arguments.value(Self.writeBaseline),
      let name = LedgerFiles(root: root).recordName(ofOutput: path)
    {
      throw UsageError.invalid(
        "the baseline '\(path)' would replace or add the ledger's file '\(name)': write it beside the records (Ledger/lint-baseline.json) or outside the ledger; nothing was written"
      )
    }
    if arguments.has(Self.fix) { try settleInterruptedWrite(arguments, console: console) }
    let linter = Linter(followsLinks: arguments.has(.followLinks))
    guard let scope = try scope(arguments, root: root, console: console) else {
      return .usageOrInputError
    }
    var (report, ledger) = try linter.lintKeepingLedger(at: root, scope: scope)
    if arguments.has(Self.fix) {
      let fixed: [String]
      do {
        fixed = try AnchorFixer(
          root: root, followsLinks: linter.followsLinks, limits: report.limits
        ).fix(report.findings)
      } catch {
        console.error(error.message)
        return .usageOrInputError
      }
      console.note(
        "moved the anchors or cues of \(fixed.count) record\(fixed.count == 1 ? "" : "s")\(fixed.isEmpty ? "" : ": " + fixed.joined(separator: ", "))"
      )
      if !fixed.isEmpty { (report, ledger) = try linter.lintKeepingLedger(at: root, scope: scope) }
    }
    // The ledger linted lives to the end of the command: it is freed with the process, not
    // record by record (as `loadLedger` keeps the ledger of the other commands).
    if let ledger { KeptUntilExit.keep(ledger) }
    if let path = arguments.value(Self.writeBaseline) {
      return writeBaseline(of: report, to: path, console: console)
    }
    if let path = arguments.value(Self.baseline) {
      do {
        report = try LintBaseline.read(from: path, limits: report.limits).apply(
          to: report, scope: scope)
      } catch {
        error.findings.forEach(console.report)
        console.error("the baseline '\(path)' cannot be used; nothing was linted against it")
        return .usageOrInputError
      }
    }
    let format = arguments.value(Self.format).flatMap(LintFormat.init(rawValue:)) ?? .text
    console.out(report, with: format.writer)
    report.loadWarnings.forEach(console.report)
    report.inputErrors.forEach(console.report)
    for entry in report.staleBaseline {
      console.note(
        "baselined finding no longer occurs: [\(entry.rule)] \(entry.record ?? entry.file): \(entry.message) (drop it with --write-baseline)"
      )
    }
    // Freed with the process, not finding by finding.
    KeptUntilExit.keep(report)
    if !report.inputErrors.isEmpty { return .usageOrInputError }
    return report.findings.contains { $0.fails(strict: arguments.has(Self.strict)) }
      ? .findings : .success
  }

  /// Writes the baseline of `report` to `path`, all or nothing; refuses while the ledger has
  /// unreadable files (their findings could not be recorded).
  private static func writeBaseline(of report: LintReport, to path: String, console: Console)
    -> ExitCode
  {
    guard report.inputErrors.isEmpty else {
      report.inputErrors.forEach(console.report)
      console.error("no baseline written: the ledger has files that cannot be read")
      return .usageOrInputError
    }
    let baseline = LintBaseline(of: report)
    do {
      try baseline.write(to: path)
    } catch {
      console.error(error.message)
      return .usageOrInputError
    }
    let count = baseline.entries.count
    console.note("wrote \(count) finding\(count == 1 ? "" : "s") to the baseline '\(path)'")
    return .success
  }

  /// Whether git tracks every file `lint --staged` would read in `scope`: lint reads the
  /// working tree, and the commit would leave an untracked file out. Says which on stderr.
  private static func tracksEveryFileRead(in scope: LintScope, root: String, console: Console)
    -> Bool
  {
    let untracked: [String]
    do throws(GitError) {
      // Each article's metadata is read once, however many of its files git does not track.
      var textFiles: [String: String] = [:]
      untracked = try ChangedFiles.untracked(ledger: root).filter {
        scope.reads($0) { article in
          if let known = textFiles[article] { return known }
          let name = textFile(ofArticle: article, root: root)
          textFiles[article] = name
          return name
        }
      }
    } catch {
      console.error(error.message)
      return false
    }
    guard !untracked.isEmpty else { return true }
    let files = untracked.map { "'\(joinPath(root, $0))'" }.joined(separator: ", ")
    console.error(
      "\(files) \(untracked.count == 1 ? "is" : "are") not tracked by git: lint reads the working tree, so it would lint \(untracked.count == 1 ? "a file" : "files") the commit leaves out; add \(untracked.count == 1 ? "it" : "them") (git add), or set \(untracked.count == 1 ? "it" : "them") aside (git stash --keep-index --include-untracked), and commit again"
    )
    return false
  }

  /// The text file the `article.json` of article `id` names (`textFile`), as the loader reads
  /// it; `article.txt`, which `add` writes, when the file cannot be read.
  private static func textFile(ofArticle id: String, root: String) -> String {
    let path = joinPath(joinPath(joinPath(root, "articles"), id), "article.json")
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
      let name = (try? JSONParser().parse(text))?["textFile"]?.stringValue
    else { return "article.txt" }
    return name
  }

  /// The articles to lint: those `--changed-since` or `--staged` name, else all; says on
  /// stderr which were chosen. `nil` when git cannot tell (the error is printed).
  private static func scope(_ arguments: ParsedArguments, root: String, console: Console) throws
    -> LintScope?
  {
    let revision = arguments.value(Self.changedSince)
    let isStaged = arguments.has(Self.staged)
    if revision != nil, isStaged {
      throw UsageError.invalid("'--changed-since' and '--staged' cannot be given together")
    }
    guard revision != nil || isStaged else { return .everything }
    let changed: [String]
    do throws(GitError) {
      if let revision {
        changed = try ChangedFiles.since(revision, ledger: root)
      } else {
        changed = try ChangedFiles.staged(ledger: root)
        let mixed = try ChangedFiles.withUnstagedChanges(changed, ledger: root)
        if !mixed.isEmpty {
          let files = mixed.map { "'\(joinPath(root, $0))'" }.joined(separator: ", ")
          console.error(
            "\(files) \(mixed.count == 1 ? "has" : "have") changes that are not staged: lint reads the working tree, so it would not lint what the commit holds; stage them, or set them aside (git stash --keep-index), and commit again"
          )
          return nil
        }
      }
    } catch {
      console.error(error.message)
      return nil
    }
    let scope = LintScope.changing(changed)
    if isStaged, !tracksEveryFileRead(in: scope, root: root, console: console) { return nil }
    let what = revision.map { "changed since '\($0)'" } ?? "staged"
    switch scope {
    case .everything:
      let files = changed.filter(LintScope.isLedgerWide).joined(separator: ", ")
      console.note("\(files) \(what): linting every article")
    case .articles(let ids):
      let list = ids.sorted().joined(separator: ", ")
      console.note(
        "linting \(ids.count) article\(ids.count == 1 ? "" : "s") \(what)\(ids.isEmpty ? "" : ": " + list); ids checked ledger-wide"
      )
    }
    return scope
  }
}
