/// Escaping for GitHub Actions workflow commands (`::error file=…::message`).
extension Escape {
  /// The message of a GitHub Actions workflow command (after the second `::`), which the
  /// runner shows as the same text.
  ///
  /// `%`, carriage return and line feed become `%25`, `%0D` and `%0A`, as GitHub documents and
  /// the runner decodes, so the message keeps its line breaks but the command stays one line
  /// and nothing in it can start another command. The other characters `terminal(_:)` shows
  /// (ESC and the rest) are shown the same way, so none reaches the log raw.
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: The escaped message.
  public static func workflowCommandData(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      default:
        if isUnsafeForTerminal(scalar) {
          output += visible(scalar)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }

  /// A property value of a GitHub Actions workflow command (`file=…`, `title=…`).
  ///
  /// As `workflowCommandData(_:)`, and also `:` and `,` become `%3A` and `%2C`, so a value
  /// can neither end the property list nor add a property.
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: The escaped value.
  public static func workflowCommandProperty(_ text: String) -> String {
    workflowCommandData(text).replacingOccurrences(of: ":", with: "%3A")
      .replacingOccurrences(of: ",", with: "%2C")
  }
}
