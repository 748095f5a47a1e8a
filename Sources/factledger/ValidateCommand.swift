import FactLedger

/// `factledger validate`: checks files against factledger's JSON Schemas.
enum ValidateCommand: Subcommand {
  static let summary = "Validate ledger or evidence files against factledger's JSON Schemas."

  static let schemaKind = CommandSpec.Option(
    "--as", value: "KIND",
    help:
      "The schema to use for every FILE (default: inferred from the file's place in a ledger, its .jsonl or .csv ending, or its \"$schema\").",
    allowed: SchemaKind.allCases.map(\.rawValue))

  static let spec = CommandSpec(
    name: "factledger validate",
    overview:
      "Validate files against the JSON Schemas in Schemas/ (built into the binary), then against the checks no schema can state that every command reading them makes (a period that ends before it starts, an alias two sources share, an evidence id repeated in its file). With no FILE, validate every file of the ledger. Files are read within the limits the ledger's factledger.json sets, when there is a ledger (--ledger, $FACTLEDGER_LEDGER or ./Ledger), as check and lint read them. Each problem is printed as path:line:column, a violation with the JSON Pointer of the offending value.",
    options: [.ledger, .followLinks, schemaKind],
    arguments: [
      CommandSpec.Argument(
        "FILE",
        help:
          "A file to validate; a .jsonl file is one evidence item a line, a .csv file one a row.",
        isRepeatable: true, isOptional: true)
    ],
    discussion: """
      Exit codes: 0 every file is valid, 2 a file is invalid, unreadable or of unknown kind.

      EXAMPLES:
        factledger validate
        factledger validate my-evidence.jsonl
        factledger validate --as evidence research/evidence.json
      """)

  static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
    let kind = arguments.value(Self.schemaKind).flatMap(SchemaKind.init(rawValue:))
    var files = arguments.positionals
    var validator = FileValidator()
    let root = LedgerLocator.path(
      option: arguments.value(.ledger), environment: console.environment)
    if files.isEmpty {
      guard FileSystem.isDirectory(root) else { throw LedgerError.notFound(path: root) }
      files = FileValidator.ledgerFiles(in: root)
      validator.limits = FileValidator.limits(ofLedgerAt: root)
      validator.ledger = LedgerFiles(root: root, followsLinks: arguments.has(.followLinks))
    } else if FileSystem.isDirectory(root) {
      // Files named are read within the ledger's limits too, as check and lint read them.
      validator.limits = FileValidator.limits(ofLedgerAt: root)
    }
    var invalid = 0
    for file in files {
      do {
        let diagnostics = try validator.validate(fileAt: file, as: kind)
        diagnostics.forEach(console.report)
        if !diagnostics.isEmpty { invalid += 1 }
      } catch {
        console.error(error.message)
        invalid += 1
      }
    }
    console.out(
      "\(files.count - invalid) of \(files.count) file\(files.count == 1 ? "" : "s") valid.\n")
    return invalid == 0 ? .success : .usageOrInputError
  }
}
