/// Writes a command's help in the layout of swift-argument-parser: OVERVIEW, USAGE,
/// ARGUMENTS, OPTIONS, SUBCOMMANDS, wrapped to a width.
package struct HelpText: Sendable {
  private let spec: CommandSpec
  private let width: Int
  private let labelWidth = 26

  /// Prepares the help of `spec`, wrapped at `width` columns.
  package init(for spec: CommandSpec, width: Int = 80) {
    self.spec = spec
    self.width = max(40, width)
  }

  /// The help text, ending with a newline.
  package var text: String {
    var sections = [wrap("OVERVIEW: " + spec.overview, indent: 0, hangingIndent: 2), usage]
    if !spec.arguments.isEmpty {
      sections.append(
        "ARGUMENTS:\n"
          + spec.arguments.map { row("<\($0.name)>" + ($0.isRepeatable ? " ..." : ""), $0.help) }
          .joined())
    }
    sections.append("OPTIONS:\n" + spec.options.map(optionRow).joined())
    if !spec.subcommands.isEmpty {
      sections.append("SUBCOMMANDS:\n" + spec.subcommands.map { row($0.name, $0.summary) }.joined())
    }
    if let discussion = spec.discussion {
      sections.append(
        discussion.split(separator: "\n", omittingEmptySubsequences: false).map {
          line in
          let leading = line.prefix(while: { $0 == " " }).count
          return line.isEmpty ? "" : wrap(String(line), indent: leading, hangingIndent: leading + 2)
        }.joined(separator: "\n"))
    }
    return sections.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
  }

  private var usage: String {
    var parts = ["USAGE:", spec.name]
    if !spec.subcommands.isEmpty { parts.append("<subcommand>") }
    for option in spec.options where option.name != "--help" {
      let text = option.name + (option.valueName.map { " <\($0)>" } ?? "")
      parts.append(option.isRequired ? text : "[\(text)]")
    }
    for argument in spec.arguments {
      let text = "<\(argument.name)>" + (argument.isRepeatable ? " ..." : "")
      parts.append(argument.isOptional ? "[\(text)]" : text)
    }
    return wrap(parts.joined(separator: " "), indent: 0, hangingIndent: 7)
  }

  private func optionRow(_ option: CommandSpec.Option) -> String {
    var label = option.shortName.map { "\($0), " } ?? ""
    label += option.name + (option.valueName.map { " <\($0)>" } ?? "")
    var help = option.help
    if let allowed = option.allowedValues {
      help += " (values: \(allowed.joined(separator: ", ")))"
    }
    return row(label, help)
  }

  private func row(_ label: String, _ help: String) -> String {
    let indentedLabel = "  " + label
    let body = wrap(help, indent: labelWidth, hangingIndent: labelWidth)
    if indentedLabel.count + 1 < labelWidth {
      let padding = String(repeating: " ", count: labelWidth - indentedLabel.count)
      return indentedLabel + padding + body.dropFirst(labelWidth) + "\n"
    }
    return indentedLabel + "\n" + body + "\n"
  }

  /// Wraps `text` at word boundaries: the first line indented by `indent`, the rest by
  /// `hangingIndent`.
  private func wrap(_ text: String, indent: Int, hangingIndent: Int) -> String {
    var lines: [String] = []
    var current = String(repeating: " ", count: indent)
    var currentHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if currentHasWord, current.count + 1 + word.count > width {
        lines.append(current)
        current = String(repeating: " ", count: hangingIndent)
        currentHasWord = false
      }
      current += (currentHasWord ? " " : "") + word
      currentHasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }
}
