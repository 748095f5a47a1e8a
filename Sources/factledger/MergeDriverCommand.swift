import FactLedger

/// `factledger merge-driver %O %A %B %P`: git's merge driver for claim files.
enum MergeDriverCommand: Subcommand {
  static let summary = "git's merge driver for claim files: both branches' reviews kept, chained."

  static let spec = CommandSpec(
    name: "factledger merge-driver",
    overview:
      "Merge a claim file as two branches left it, for git (merge.factledger.driver): fields changed on one side take that side's value; reviews both sides appended are all kept, each with its own hash, joined by a merge review (previous: the first line's last review, merged: the second's), so the trail still verifies. Anything else changed on both sides is a conflict, left with both versions marked.",
    arguments: [
      CommandSpec.Argument("BASE", help: "%O: the common ancestor's version."),
      CommandSpec.Argument("OURS", help: "%A: this branch's version; the result is written here."),
      CommandSpec.Argument("THEIRS", help: "%B: the other branch's version."),
      CommandSpec.Argument("PATH", help: "%P: the file's path, for messages.", isOptional: true),
    ],
    discussion: """
      Set up by 'factledger install-git', which adds to .gitattributes:
        Ledger/articles/*/claims/*.json merge=factledger
      and to the repository's git config:
        git config merge.factledger.driver "factledger merge-driver %O %A %B %P"
      Exit codes: 0 merged, 1 a conflict (both versions marked in OURS; OURS left as it was when a version is not text), 2 a file cannot be read or written.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    let files = arguments.positionals
    guard files.count >= 3 else { throw UsageError.missingArgument("BASE OURS THEIRS") }
    if files.count > 4 { throw UsageError.unexpectedArgument(files[4]) }
    let path = files.count == 4 ? files[3] : files[1]
    do {
      switch try ClaimFileMerge.runDriver(base: files[0], ours: files[1], theirs: files[2]) {
      case .merged:
        return .success
      case .conflict(let reason):
        console.error("\(path): \(reason); both versions are marked in the file")
        return .findings
      case .notText(let reason):
        console.error(
          "\(path): \(reason); this branch's version is left in the file, the others are in git's index (git checkout --theirs)"
        )
        return .findings
      }
    } catch {
      console.error("\(path): cannot merge: \(error.message)")
      return .usageOrInputError
    }
  }
}
