/// The one place where untrusted text (ledger files, evidence, command-line values) is made
/// safe for the program that reads the output: a terminal or CI log, a Markdown renderer, a
/// spreadsheet, an XML or HTML parser, the GitHub Actions runner.
///
/// Every writer and every message of the CLI goes through these functions; JSON and SARIF go
/// through `JSONWriter` instead, which keeps the exact text.
///
/// Characters are judged as Unicode scalars, so a CR LF pair, or a control character joined to
/// a combining mark, is never passed over as one grapheme.
public enum Escape {
  // MARK: - Terminal and plain text

  /// Text for a terminal, a log or any line-oriented output, with every control character
  /// shown and none obeyed.
  ///
  /// Guarantees the result holds no C0 control (U+0000–U+001F, tab and line feed included),
  /// no DEL, no C1 control (U+0080–U+009F), no line or paragraph separator (U+2028, U+2029) and
  /// no bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), no
  /// directional mark (U+200E, U+200F, U+061C) and no byte order mark (U+FEFF): so it is one
  /// line, cannot move the cursor, change colours, set a window title or reorder what is shown,
  /// and cannot start a GitHub workflow command on a line of its own.
  ///
  /// Tab, line feed and carriage return become `\t`, `\n` and `\r`; every other such character
  /// becomes `\u{…}` with its code point in uppercase hexadecimal, as in a Swift string
  /// literal (`\u{1B}`, `\u{202E}`). Backslashes are left as they are, so escaping twice
  /// changes nothing more than escaping once; the form is for reading, not for decoding (the
  /// JSON formats keep the exact text).
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: The text, on one line, with those characters made visible.
  public static func terminal(_ text: String) -> String {
    showing(text, where: isUnsafeForTerminal)
  }

  /// `text` with every scalar that `shows` picks written as its visible escape.
  private static func showing(_ text: String, where shows: (Unicode.Scalar) -> Bool) -> String {
    guard has(text, where: shows) else { return text }
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if shows(scalar) {
        output.append(contentsOf: visible(scalar).unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Whether `text` has a scalar that `shows` picks, decoded from its UTF-8 where the bytes
  /// stand (most text has none, and the scalar view's iterator took about 30 instructions a
  /// byte of every line a listing writes). `shows` picks no printable ASCII character (space
  /// to `~`), so those bytes are passed over without asking it.
  private static func has(_ text: String, where shows: (Unicode.Scalar) -> Bool) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      var byte = 0
      while byte < bytes.count {
        let lead = bytes[byte]
        if lead >= 0x20 && lead < 0x7F {
          byte += 1
          continue
        }
        let (value, length) = UTF8Scalar.decode(bytes, at: byte)
        if shows(value < 0x80 ? Unicode.Scalar(UInt8(value)) : Unicode.Scalar(value)!) {
          return true
        }
        byte += length
      }
      return false
    }
    return found ?? text.unicodeScalars.contains(where: shows)
  }

  /// Whether `scalar` is a control, line break or bidirectional formatting character that
  /// `terminal(_:)` shows as an escape.
  static func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    case 0x200E, 0x200F, 0x061C, 0xFEFF: true
    default: false
    }
  }

  /// `\n`, `\r`, `\t`, or `\u{…}`: a character written so that it can be seen.
  static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": "\\n"
    case "\r": "\\r"
    case "\t": "\\t"
    default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  // MARK: - Markdown

  /// Characters that open or close inline Markdown wherever they stand.
  static let markdownInlineMarks: Set<Character> = ["\\", "`", "*", "_", "~", "[", "]", "|", "$"]

  /// Characters that start a heading, list or rule at the start of a line.
  static let markdownBlockStarts: Set<Character> = ["#", "+", "-", "="]

  /// Text for a Markdown document (CommonMark and GitHub-flavoured), rendered as the same
  /// text and nothing else: no HTML, link, image, emphasis, code span, math, table cell
  /// boundary, heading or list.
  ///
  /// Control characters and line breaks are first shown as `terminal(_:)` does, so the result
  /// is one line and stays in its table cell or list item. Then `&`, `<` and `>` become
  /// `&amp;`, `&lt;` and `&gt;`; `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|` and `$` are
  /// escaped with a backslash wherever they stand; and a leading `#`, `+`, `-` or `=`, or the
  /// `.` or `)` after leading digits, is escaped too, so the text starts no block even at the
  /// start of a line. Safe in a paragraph, a heading, a list item and a table cell; not inside
  /// a code span, where backslashes show.
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: Markdown source that renders as `text`, with controls made visible.
  public static func markdown(_ text: String) -> String {
    var output = ""
    var isAtStart = true
    var followsLeadingDigits = false
    for character in terminal(text) {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      default:
        let startsBlock =
          (isAtStart && markdownBlockStarts.contains(character))
          || (followsLeadingDigits && (character == "." || character == ")"))
        if startsBlock || markdownInlineMarks.contains(character) { output += "\\" }
        output.append(character)
      }
      let isDigit = character.isASCII && character.isNumber
      followsLeadingDigits = isDigit && (isAtStart || followsLeadingDigits)
      isAtStart = false
    }
    return output
  }

  // MARK: - CSV

  /// The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// One CSV field (RFC 4180) that a spreadsheet shows as text, never runs as a formula.
  ///
  /// Control characters and line breaks are first shown as `terminal(_:)` does, so every
  /// record is one line of the file. A field that starts with `=`, `+`, `-`, `@`, tab or
  /// carriage return is then prefixed with a single quote (`'=1+1`), as OWASP advises; this
  /// also applies to numbers written with a sign. Last, a field holding a comma, a double
  /// quote, or a leading or trailing space is put in double quotes, inner quotes doubled.
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: The field, ready to join with commas.
  public static func csvField(_ text: String) -> String {
    var field = terminal(text)
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
      field = "'" + field
    }
    let needsQuotes =
      field.contains { $0 == "," || $0 == "\"" } || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One CSV record: each field as `csvField(_:)` writes it, joined by commas, ended by CRLF.
  ///
  /// - Parameter fields: The record's fields, untrusted.
  /// - Returns: The line, CRLF included.
  public static func csvRecord(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",") + "\r\n"
  }

  // MARK: - HTML

  /// Text for an HTML element's content or a quoted attribute value, shown as the same text.
  ///
  /// Control characters, line breaks and bidirectional formatting characters are shown as
  /// `terminal(_:)` does (so a reader sees them and they cannot reorder the page), and so are
  /// U+FFFE and U+FFFF (XML forbids them, and a page is also read as XML); and
  /// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`. Not for
  /// unquoted attributes, URLs, scripts or styles.
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: HTML that renders as `text`, with controls made visible.
  public static func html(_ text: String) -> String {
    let isSpecial = { (scalar: Unicode.Scalar) in
      switch scalar {
      case "&", "<", ">", "\"", "'": true
      default: isShownInHTML(scalar)
      }
    }
    // Most text has nothing to escape: returned as it is, after one pass.
    guard text.unicodeScalars.contains(where: isSpecial) else { return text }
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output.append(contentsOf: "&amp;".unicodeScalars)
      case "<": output.append(contentsOf: "&lt;".unicodeScalars)
      case ">": output.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
      case "'": output.append(contentsOf: "&#39;".unicodeScalars)
      default:
        if isShownInHTML(scalar) {
          output.append(contentsOf: visible(scalar).unicodeScalars)
        } else {
          output.append(scalar)
        }
      }
    }
    return String(output)
  }

  /// The text an HTML page shows for `text`, before markup is escaped: controls, line breaks
  /// and bidirectional marks as `terminal(_:)` shows them, and the noncharacters U+FFFE and
  /// U+FFFF, which XML forbids, likewise, so a page stays well-formed XML.
  public static func shownInHTML(_ text: String) -> String {
    showing(text, where: isShownInHTML)
  }

  /// Whether `html(_:)` shows `scalar` as an escape rather than the character.
  static func isShownInHTML(_ scalar: Unicode.Scalar) -> Bool {
    isUnsafeForTerminal(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }

  // MARK: - XML

  /// Text for an XML 1.0 element's content or an attribute value in double or single quotes
  /// (the JUnit report), which every conforming parser accepts and reads back as the text.
  ///
  /// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&apos;`. Tab, line
  /// feed and carriage return, and the characters `terminal(_:)` shows that XML allows (DEL,
  /// C1 controls, line and paragraph separators, bidirectional formatting), become character
  /// references such as `&#10;` or `&#x202E;`: a parser gets them back exactly (attribute
  /// normalisation does not turn them into spaces), and no raw line break or control reaches
  /// a log that prints the file. The characters XML 1.0 forbids outright (U+0000–U+0008,
  /// U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) cannot be written even as references, so
  /// they are replaced by their visible form `\u{…}` (as `terminal(_:)` writes it).
  ///
  /// - Parameter text: The untrusted text.
  /// - Returns: Well-formed XML character data for `text`.
  public static func xml(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\t", "\n", "\r": output += "&#\(scalar.value);"
      default:
        if isForbiddenInXML(scalar) {
          output += visible(scalar)
        } else if isUnsafeForTerminal(scalar) {
          output += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }

  /// Whether XML 1.0 forbids `scalar` anywhere in a document (its `Char` production).
  static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }
}
