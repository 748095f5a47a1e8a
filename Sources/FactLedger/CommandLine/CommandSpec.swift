/// What a command accepts, from which its arguments are parsed and its help is written.
package struct CommandSpec: Sendable {
  /// One option: `--format FORMAT`, or a flag such as `--all`.
  package struct Option: Sendable {
    /// The long name, with its dashes: `--format`.
    package var name: String
    /// A one-letter alias, with its dash: `-f`.
    package var shortName: String?
    /// The placeholder of the value (`FORMAT`); `nil` for a flag.
    package var valueName: String?
    /// One sentence of help.
    package var help: String
    /// The values the option takes, when they are a fixed set; others are refused.
    package var allowedValues: [String]?
    /// Whether the command needs it: usage shows it without brackets.
    package var isRequired: Bool
    /// Whether an empty value means something (an empty list); for every other option an
    /// empty value, or one of white space only, is refused rather than taken for "not given"
    /// (`--by ''` fell back to git's user name, `--ledger ''` to `./Ledger`).
    package var allowsEmpty: Bool

    /// Creates an option.
    package init(
      _ name: String, short shortName: String? = nil, value valueName: String? = nil,
      help: String, allowed allowedValues: [String]? = nil, isRequired: Bool = false,
      allowsEmpty: Bool = false
    ) {
      self.name = name
      self.shortName = shortName
      self.valueName = valueName
      self.help = help
      self.allowedValues = allowedValues
      self.isRequired = isRequired
      self.allowsEmpty = allowsEmpty
    }

    /// Whether the option takes a value.
    package var takesValue: Bool { valueName != nil }

    /// `--help`, which every command takes.
    package static let help = Option("--help", short: "-h", help: "Show help information.")
  }

  /// A positional argument.
  package struct Argument: Sendable {
    /// The placeholder: `ID`.
    package var name: String
    /// One sentence of help.
    package var help: String
    /// Whether more than one may be given.
    package var isRepeatable: Bool
    /// Whether it may be left out: usage shows it in brackets.
    package var isOptional: Bool

    /// Creates a positional argument.
    package init(
      _ name: String, help: String, isRepeatable: Bool = false, isOptional: Bool = false
    ) {
      self.name = name
      self.help = help
      self.isRepeatable = isRepeatable
      self.isOptional = isOptional
    }
  }

  /// The command's name as typed: `factledger list`.
  package var name: String
  /// What the command does, in a sentence or two.
  package var overview: String
  /// The options.
  package var options: [Option]
  /// The positional arguments.
  package var arguments: [Argument]
  /// Subcommands and their one-line summaries, for a command that has them.
  package var subcommands: [(name: String, summary: String)]
  /// Further paragraphs for the help: examples, exit codes.
  package var discussion: String?

  /// Creates a command spec. `--help` is added to every command.
  package init(
    name: String, overview: String, options: [Option] = [], arguments: [Argument] = [],
    subcommands: [(name: String, summary: String)] = [], discussion: String? = nil
  ) {
    self.name = name
    self.overview = overview
    self.options = options + [.help]
    self.arguments = arguments
    self.subcommands = subcommands
    self.discussion = discussion
  }

  /// The option named `name` (long or short), if the command has it.
  package func option(named name: String) -> Option? {
    options.first { $0.name == name || $0.shortName == name }
  }
}
