import FactLedger
import Foundation

/// `factledger install-git`: the merge driver, and the pre-commit hook, in this repository.
enum InstallGitCommand: Subcommand {
  static let summary = "Set up git for the ledger: the claim-file merge driver, a pre-commit hook."

  static let hook = CommandSpec.Option(
    "--hook", help: "Also install a pre-commit hook that runs 'lint --staged' on the ledger.")
  static let replaceHook = CommandSpec.Option(
    "--replace-hook", help: "Replace a pre-commit hook that factledger did not write.")
  static let command = CommandSpec.Option(
    "--command", value: "CMD",
    help: "How git should run factledger (default: the absolute path of this executable).")

  static let spec = CommandSpec(
    name: "factledger install-git",
    overview:
      "Route the ledger's claim files to factledger's merge driver (a line in .gitattributes and two git config entries), so two branches that review the same claim merge with both reviews kept; with --hook, also install a plain pre-commit hook (without the pre-commit framework) that lints the staged articles.",
    options: [.ledger, hook, replaceHook, command],
    discussion: """
      Run it again at any time: it adds nothing twice and replaces only a hook it wrote.
      With the pre-commit framework instead, use the hook 'factledger-lint' of this repository's .pre-commit-hooks.yaml.
      Exit codes: 0 set up, 2 not in a git repository, a file cannot be written, or a foreign hook.

      EXAMPLES:
        factledger install-git
        factledger install-git --hook
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    if let extra = arguments.positionals.first { throw UsageError.unexpectedArgument(extra) }
    let root = LedgerLocator.path(
      option: arguments.value(.ledger), environment: console.environment)
    guard FileSystem.isDirectory(root) else { throw LedgerError.notFound(path: root) }
    let executable = arguments.value(Self.command) ?? Self.executablePath
    let integration = GitIntegration(ledger: root, command: executable)
    do {
      var report = try integration.installMergeDriver()
      if arguments.has(Self.hook) || arguments.has(Self.replaceHook) {
        report += try integration.installHook(replacing: arguments.has(Self.replaceHook))
      }
      report.forEach(console.note)
      return .success
    } catch {
      console.error(error.message)
      return .usageOrInputError
    }
  }

  /// This executable's absolute path.
  private static var executablePath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }
}
