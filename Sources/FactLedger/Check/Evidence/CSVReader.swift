/// Reads RFC 4180 CSV, keeping the line and column where each field starts.
///
/// Fields are separated by commas and records by CRLF, LF or CR; a field in double quotes may hold
/// commas, line breaks and doubled quotes (`""`). A byte order mark at the start is skipped,
/// as spreadsheet exports often write one.
struct CSVReader {
  /// One field and where it starts.
  struct Field: Equatable, Sendable {
    var text: String
    var location: SourceLocation
  }

  /// Why a text is not CSV.
  struct SyntaxError: Error, Equatable {
    var message: String
    var location: SourceLocation
    /// `csv-syntax`, or `input-limit` for a cell past the limit on strings.
    var rule: RuleID = .csvSyntax
  }

  /// The records of `text`; blank lines are skipped.
  static func records(in text: String) throws(SyntaxError) -> [[Field]] {
    var cursor = Cursor(text)
    var records: [[Field]] = []
    var record: [Field] = []
    while !cursor.isAtEnd {
      record.append(try field(at: &cursor))
      if cursor.current == "," {
        cursor.advance()
        // A comma at the very end still opens one last, empty field.
        if cursor.isAtEnd { record.append(Field(text: "", location: cursor.location)) }
        continue
      }
      cursor.skipLineEnd()
      if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
      record = []
    }
    if !record.isEmpty { records.append(record) }
    return records
  }

  // MARK: - Fields

  /// Reads the field at the cursor, quoted or not, up to the comma or line end after it.
  private static func field(at cursor: inout Cursor) throws(SyntaxError) -> Field {
    let start = cursor.location
    let text =
      cursor.current == "\""
      ? try quotedField(at: &cursor, from: start) : try unquotedField(at: &cursor)
    return Field(text: String(text), location: start)
  }

  private static func quotedField(at cursor: inout Cursor, from start: SourceLocation)
    throws(SyntaxError) -> String.UnicodeScalarView
  {
    var field = String.UnicodeScalarView()
    cursor.advance()
    while let scalar = cursor.current {
      cursor.advance()
      guard scalar == "\"" else {
        field.append(scalar)
        continue
      }
      guard cursor.current == "\"" else {
        try expectFieldEnd(at: cursor)
        return field
      }
      field.append("\"")
      cursor.advance()
    }
    throw SyntaxError(message: "a quoted field is not closed", location: start)
  }

  /// After a closing quote only a comma, a line end or the end of the text may follow.
  private static func expectFieldEnd(at cursor: Cursor) throws(SyntaxError) {
    guard let scalar = cursor.current, !isFieldEnd(scalar) else { return }
    throw SyntaxError(
      message:
        "unexpected '\(Character(scalar))' after a closing quote; double a quote inside a quoted field",
      location: cursor.location)
  }

  private static func unquotedField(at cursor: inout Cursor) throws(SyntaxError)
    -> String.UnicodeScalarView
  {
    var field = String.UnicodeScalarView()
    while let scalar = cursor.current, !isFieldEnd(scalar) {
      if scalar == "\"" {
        throw SyntaxError(
          message: "a quote inside an unquoted field; quote the whole field and double the quote",
          location: cursor.location)
      }
      field.append(scalar)
      cursor.advance()
    }
    return field
  }

  private static func isFieldEnd(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == "\r" || scalar == "\n"
  }

  // MARK: - Position

  /// The scalars of the text, the read position and its line and column.
  private struct Cursor {
    private var scalars: ArraySlice<Unicode.Scalar>
    private var index: Int
    private var line = 1
    private var column = 1

    init(_ text: String) {
      scalars = Array(text.unicodeScalars)[...]
      if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
      index = scalars.startIndex
    }

    var isAtEnd: Bool { index == scalars.endIndex }
    var current: Unicode.Scalar? { isAtEnd ? nil : scalars[index] }
    var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// Steps over one scalar. CR, LF and CR LF each end one line, inside quoted fields too.
    mutating func advance() {
      switch scalars[index] {
      case "\r":
        line += 1
        column = 1
      case "\n" where index > scalars.startIndex && scalars[index - 1] == "\r":
        break
      case "\n":
        line += 1
        column = 1
      default:
        column += 1
      }
      index += 1
    }

    /// Steps over the end of a record: CRLF, LF, CR, or nothing at the end of the text.
    mutating func skipLineEnd() {
      if current == "\r" { advance() }
      if current == "\n" { advance() }
    }
  }
}
