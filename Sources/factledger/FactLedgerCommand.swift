import FactLedger

/// The root command: dispatches to a subcommand, or prints help or the version.
enum FactLedgerCommand {
  static let subcommands: [any Subcommand.Type] = [
    ListCommand.self, CheckCommand.self, MarkCommand.self, HistoryCommand.self,
    VerifyCommand.self, LintCommand.self, ValidateCommand.self, AddCommand.self,
    ClaimCommand.self, ExtractCommand.self, ExportCommand.self, MergeDriverCommand.self,
    InstallGitCommand.self,
  ]

  static let version = CommandSpec.Option("--version", help: "Show the version.")

  static let spec = CommandSpec(
    name: "factledger",
    overview:
      "A claim-and-attribution fact-check ledger: every claim of an article, the source the article gives it, and its status.",
    options: [version],
    subcommands: subcommands.map {
      ($0.spec.name.split(separator: " ").last.map(String.init) ?? "", $0.summary)
    },
    discussion: """
      The ledger is found from --ledger DIR, else $FACTLEDGER_LEDGER, else ./Ledger.
      Exit codes: 0 clean, 1 findings or failed policy, 2 usage or input error.
      See 'factledger <subcommand> --help' for the options of each.
      """)

  static func run(_ arguments: [String], environment: [String: String]) -> ExitCode {
    let console = Console(environment: environment)
    guard let first = arguments.first else {
      console.out(HelpText(for: spec, width: console.width).text)
      return .success
    }
    // An option of the root spec is matched by its long name, so `-h` is `--help`.
    switch spec.option(named: first)?.name ?? first {
    case CommandSpec.Option.help.name, "help":
      if arguments.count > 1, let command = subcommand(named: arguments[1]) {
        console.out(HelpText(for: command.spec, width: console.width).text)
      } else {
        console.out(HelpText(for: spec, width: console.width).text)
      }
      return .success
    case version.name:
      console.out("factledger \(FactLedgerVersion.current)\n")
      return .success
    default:
      guard let command = subcommand(named: first) else {
        console.error("unknown subcommand '\(first)'; see 'factledger --help'")
        return .usageOrInputError
      }
      return execute(command, Array(arguments.dropFirst()), console: console)
    }
  }

  private static func subcommand(named name: String) -> (any Subcommand.Type)? {
    subcommands.first { $0.spec.name == "factledger \(name)" }
  }

  private static func execute(
    _ command: any Subcommand.Type, _ arguments: [String], console: Console
  ) -> ExitCode {
    if !command.subcommands.isEmpty {
      return executeGroup(command, arguments, console: console)
    }
    do {
      let parsed = try ParsedArguments(arguments, spec: command.spec)
      if parsed.has(.help) {
        console.out(HelpText(for: command.spec, width: console.width).text)
        return .success
      }
      return try command.run(parsed, console: console)
    } catch let error as UsageError {
      console.error("\(error.message); see '\(command.spec.name) --help'")
      return .usageOrInputError
    } catch let error as LedgerError {
      if case .invalid(let diagnostics) = error { diagnostics.forEach(console.report) }
      console.error(error.message)
      return .usageOrInputError
    } catch let error as LedgerWriteError {
      if case .invalidClaimFile(let findings) = error { findings.forEach(console.report) }
      console.error(error.message)
      return .usageOrInputError
    } catch {
      console.error("\(error)")
      return .usageOrInputError
    }
  }

  /// A command that only groups others (`factledger claim`): its first argument names one of
  /// them; `--help` prints its help.
  private static func executeGroup(
    _ group: any Subcommand.Type, _ arguments: [String], console: Console
  ) -> ExitCode {
    guard let first = arguments.first else {
      let names = group.spec.subcommands.map(\.name).joined(separator: ", ")
      console.error("missing subcommand (\(names)); see '\(group.spec.name) --help'")
      return .usageOrInputError
    }
    if first == CommandSpec.Option.help.name || first == CommandSpec.Option.help.shortName {
      console.out(HelpText(for: group.spec, width: console.width).text)
      return .success
    }
    guard
      let command = group.subcommands.first(where: { $0.spec.name == "\(group.spec.name) \(first)" }
      )
    else {
      console.error("unknown subcommand '\(first)'; see '\(group.spec.name) --help'")
      return .usageOrInputError
    }
    return execute(command, Array(arguments.dropFirst()), console: console)
  }
}

/// A subcommand of `factledger`.
protocol Subcommand: Sendable {
  /// What it accepts; its name is `factledger <name>`.
  static var spec: CommandSpec { get }
  /// One line for the root help.
  static var summary: String { get }
  /// The commands it groups (`claim new`), when it only groups others; empty by default.
  static var subcommands: [any Subcommand.Type] { get }
  /// Runs it; throws `UsageError` or `LedgerError` for the root to report.
  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode
}

extension CommandSpec.Option {
  /// `--ledger DIR`, which every ledger command takes.
  static let ledger = CommandSpec.Option(
    "--ledger", value: "DIR",
    help: "The ledger folder (default: $FACTLEDGER_LEDGER, then ./Ledger).")

  /// `--follow-links`, which every ledger command takes.
  static let followLinks = CommandSpec.Option(
    "--follow-links",
    help:
      "Follow symbolic links that lead outside the ledger (refused by default, so a pull request cannot make the tool read or write elsewhere)."
  )

  /// `--lock-timeout`, which every command that writes takes.
  static let lockTimeout = CommandSpec.Option(
    "--lock-timeout", value: "SECONDS", help: "How long to wait for another writer (default: 10).")
}

extension Subcommand {
  static var subcommands: [any Subcommand.Type] { [] }

  /// The seconds of `--lock-timeout`, 10 when not given.
  static func lockTimeout(_ arguments: ParsedArguments) throws -> Double {
    guard let text = arguments.value(.lockTimeout) else { return 10 }
    guard let seconds = Double(text), seconds >= 0 else {
      throw UsageError.invalid(
        "'\(CommandSpec.Option.lockTimeout.name)' takes seconds, not '\(text)'")
    }
    return seconds
  }

  /// For a command that writes: settles a write that was interrupted, before the ledger is
  /// loaded (an interrupted `add` can leave it unloadable until then), saying so in a note.
  static func settleInterruptedWrite(_ arguments: ParsedArguments, console: Console) throws {
    let root = LedgerLocator.path(
      option: arguments.value(.ledger), environment: console.environment)
    guard InterruptedWrite.isPending(at: root) else { return }
    let recovery = try InterruptedWrite.settle(
      at: root, followsLinks: arguments.has(.followLinks), lockTimeout: lockTimeout(arguments))
    if let note = recovery.note { console.note(note) }
  }

  /// Loads the ledger named by `--ledger`, the environment, or the default; it is kept until
  /// the process exits (`KeptUntilExit`).
  static func loadLedger(_ arguments: ParsedArguments, console: Console) throws -> Ledger {
    let path = LedgerLocator.path(
      option: arguments.value(.ledger), environment: console.environment)
    let ledger = try LedgerLoader(followsLinks: arguments.has(.followLinks)).load(at: path)
    ledger.warnings.forEach(console.report)
    KeptUntilExit.keep(ledger)
    return ledger
  }
}
