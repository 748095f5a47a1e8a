import TestSupport
import Testing

@testable import FactLedger

@Suite("Command-line arguments and help")
struct CommandLineTests {
  private let spec = CommandSpec(
    name: "factledger demo",
    overview: "A demo command used to test parsing and help output that wraps.",
    options: [
      CommandSpec.Option("--all", help: "A flag."),
      CommandSpec.Option(
        "--format", short: "-f", value: "FORMAT", help: "A format.", allowed: ["a", "b"]),
      CommandSpec.Option("--kind", value: "KIND", help: "Repeatable."),
      CommandSpec.Option("--only", value: "LIST", help: "May be empty.", allowsEmpty: true),
    ],
    arguments: [CommandSpec.Argument("ID", help: "Ids.", isRepeatable: true)])

  @Test("options take values in every usual spelling; flags and positionals are kept apart")
  func spellings() throws {
    let parsed = try ParsedArguments(
      ["x", "--all", "-f", "a", "--kind=event,quote", "--kind", "credential", "--", "--y"],
      spec: spec)
    #expect(parsed.has(spec.options[0]))
    #expect(parsed.value(spec.options[1]) == "a")
    #expect(try parsed.list(spec.options[2]) == ["event", "quote", "credential"])
    #expect(parsed.positionals == ["x", "--y"])
  }

  @Test("declared options look up what was given under their names, so lookups cannot be misspelt")
  func declaredOptions() throws {
    let all = spec.options[0]
    let format = spec.options[1]
    let kind = spec.options[2]
    let parsed = try ParsedArguments(
      ["--all", "-f", "b", "--kind=event,quote", "--kind", "credential"], spec: spec)
    #expect(parsed.has(all))
    #expect(!parsed.has(.help))
    #expect(parsed.value(format) == "b")
    #expect(parsed.values(kind) == ["event,quote", "credential"])
    #expect(try parsed.list(kind) == ["event", "quote", "credential"])
    #expect(try ParsedArguments(["-h"], spec: spec).has(.help))
    #expect(spec.options.last?.name == CommandSpec.Option.help.name)
  }

  @Test(
    "mistakes are usage errors that quote the offending word",
    arguments: [
      (["--bogus"], "unknown option '--bogus' for 'factledger demo'"),
      (["--format"], "option '--format' needs a value (--format FORMAT)"),
      (["--format", "c"], "'c' is not a value of '--format'; expected one of 'a', 'b'"),
      (["--all=yes"], "option '--all' takes no value"),
      (["--kind", ""], "option '--kind' needs a value, not an empty one (--kind KIND)"),
      (["--kind=", "x"], "option '--kind' needs a value, not an empty one (--kind KIND)"),
      (["--kind", " \t"], "option '--kind' needs a value, not an empty one (--kind KIND)"),
      (["-f", ""], "option '--format' needs a value, not an empty one (--format FORMAT)"),
    ])
  func mistakes(arguments: [String], message: String) {
    #expect(throws: UsageError.self) { try ParsedArguments(arguments, spec: spec) }
    do {
      _ = try ParsedArguments(arguments, spec: spec)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("an option whose empty value means something (an empty list) takes one")
  func emptyAllowed() throws {
    let parsed = try ParsedArguments(["--only", "", "--only="], spec: spec)
    #expect(parsed.values(spec.options[3]) == ["", ""])
    #expect(try parsed.list(spec.options[3]) == [])
    #expect(try ParsedArguments(["--only", ",,"], spec: spec).list(spec.options[3]) == [])
  }

  @Test(
    "entries are trimmed; a list of nothing but commas is refused as empty, not taken for no filter",
    arguments: [",", ",,", ", ,", "a,,", " a , b"])
  func emptyList(value: String) throws {
    let kind = spec.options[2]
    let parsed = try ParsedArguments(["--kind", value], spec: spec)
    if value.contains("a") {
      #expect(try parsed.list(kind) == (value.contains("b") ? ["a", "b"] : ["a"]))
    } else {
      #expect(throws: UsageError.emptyValue(option: "--kind", valueName: "KIND")) {
        try parsed.list(kind)
      }
    }
    #expect(try ParsedArguments([], spec: spec).list(kind) == [])
  }

  @Test("help has OVERVIEW, USAGE, ARGUMENTS and OPTIONS, wrapped at the width, with --help added")
  func help() {
    let text = HelpText(for: spec, width: 50).text
    #expect(
      text.hasPrefix(
        "OVERVIEW: A demo command used to test parsing and\n  help output that wraps.\n\nUSAGE: factledger demo"
      ))
    #expect(text.contains("ARGUMENTS:\n  <ID> ...                Ids.\n"))
    #expect(text.contains("  -f, --format <FORMAT>   A format. (values: a, b)\n"))
    #expect(text.contains("  -h, --help              Show help information.\n"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 50 })
  }

  @Test("the ledger is --ledger, else FACTLEDGER_LEDGER, else ./Ledger")
  func ledgerLocation() {
    #expect(LedgerLocator.path(option: "x", environment: ["FACTLEDGER_LEDGER": "y"]) == "x")
    #expect(LedgerLocator.path(option: nil, environment: ["FACTLEDGER_LEDGER": "y"]) == "y")
    #expect(LedgerLocator.path(option: nil, environment: ["FACTLEDGER_LEDGER": ""]) == "Ledger")
    #expect(LedgerLocator.path(option: nil, environment: [:]) == "Ledger")
  }
}
