import Foundation

/// The arguments of one command line, checked against a `CommandSpec`.
package struct ParsedArguments: Sendable, Equatable {
  /// The values of each option given, by long name, in the order given.
  package var values: [String: [String]] = [:]
  /// The flags given, by long name.
  package var flags: Set<String> = []
  /// The positional arguments, in order.
  package var positionals: [String] = []

  /// Parses `arguments` (without the program and command names).
  ///
  /// Accepts `--name value`, `--name=value`, `-n value`, flags, and `--` before positionals
  /// that start with a dash.
  /// - Throws: `UsageError` for an unknown option, a missing or empty value, or a value outside
  ///   the option's allowed set.
  package init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
    var remaining = arguments[...]
    var optionsEnded = false
    while let argument = remaining.popFirst() {
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = spec.option(named: name) else {
        throw .unknownOption(name, command: spec.name)
      }
      guard option.takesValue else {
        if inlineValue != nil { throw .unexpectedValue(option: option.name) }
        flags.insert(option.name)
        continue
      }
      guard let value = inlineValue ?? remaining.popFirst() else {
        throw .missingValue(option: option.name, valueName: option.valueName ?? "VALUE")
      }
      if !option.allowsEmpty, value.allSatisfy(\.isWhitespace) {
        throw .emptyValue(option: option.name, valueName: option.valueName ?? "VALUE")
      }
      if let allowed = option.allowedValues, !allowed.contains(value) {
        throw .invalidValue(value, option: option.name, allowed: allowed)
      }
      values[option.name, default: []].append(value)
    }
  }

  // MARK: - Lookup by declared option

  /// Whether the flag was given.
  ///
  /// Commands look options up through the `CommandSpec.Option` they declare, so a misspelt
  /// name is a compile error rather than an option that is never found.
  package func has(_ flag: CommandSpec.Option) -> Bool { has(flag.name) }

  /// The last value given for `option`, if any.
  package func value(_ option: CommandSpec.Option) -> String? { value(option.name) }

  /// Every value given for `option`, in the order given, each whole.
  package func values(_ option: CommandSpec.Option) -> [String] { values[option.name] ?? [] }

  /// Every value given for `option`, comma-separated lists split, each entry trimmed of white
  /// space (`a, b`), empty entries dropped.
  ///
  /// - Throws: `UsageError.emptyValue` when the option was given but lists nothing (`,,`),
  ///   unless an empty list means something to it (`allowsEmpty`): it is not "not given".
  package func list(_ option: CommandSpec.Option) throws(UsageError) -> [String] {
    let entries = list(option.name)
    if entries.isEmpty, !option.allowsEmpty, !values(option).isEmpty {
      throw .emptyValue(option: option.name, valueName: option.valueName ?? "VALUE")
    }
    return entries
  }

  // MARK: - Lookup by name, for the lookups above only

  private func has(_ flag: String) -> Bool { flags.contains(flag) }

  private func value(_ option: String) -> String? { values[option]?.last }

  private func list(_ option: String) -> [String] {
    (values[option] ?? []).flatMap {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    .filter { !$0.isEmpty }
  }
}

/// A command line that does not fit its command.
package enum UsageError: Error, Sendable, Equatable {
  /// An option the command does not have.
  case unknownOption(String, command: String)
  /// An option given without its value.
  case missingValue(option: String, valueName: String)
  /// An option given an empty value, or one of white space only.
  case emptyValue(option: String, valueName: String)
  /// A flag given a value.
  case unexpectedValue(option: String)
  /// A value outside the option's allowed set.
  case invalidValue(String, option: String, allowed: [String])
  /// A positional argument the command does not take, or too many.
  case unexpectedArgument(String)
  /// A positional argument that is missing.
  case missingArgument(String)
  /// A value that breaks the option's own rule.
  case invalid(String)

  /// A lowercase message that quotes the offending value.
  package var message: String {
    switch self {
    case .unknownOption(let name, let command):
      "unknown option '\(name)' for '\(command)'"
    case .missingValue(let option, let valueName):
      "option '\(option)' needs a value (\(option) \(valueName))"
    case .emptyValue(let option, let valueName):
      "option '\(option)' needs a value, not an empty one (\(option) \(valueName))"
    case .unexpectedValue(let option):
      "option '\(option)' takes no value"
    case .invalidValue(let value, let option, let allowed):
      "'\(value)' is not a value of '\(option)'; expected one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
    case .unexpectedArgument(let argument):
      "unexpected argument '\(argument)'"
    case .missingArgument(let name):
      "missing argument \(name)"
    case .invalid(let message):
      message
    }
  }
}
