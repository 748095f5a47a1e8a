/// Reads RFC 4180 CSV, keeping the line and column where each field starts.
///
/// Fields are separated by commas and records by CRLF, LF or CR; a field in double quotes may hold
/// commas, line breaks and doubled quotes (`""`). A byte order mark at the start is skipped,
/// as spreadsheet exports often write one.
struct CSVReader {
  /// One field and where it starts.
  struct Field: Equatable {
    var text: String
    var location: SourceLocation
  }

  /// Why a text is not CSV.
  struct SyntaxError: Error, Equatable {
    var message: String
    var location: SourceLocation
  }

  /// The records of `text`; blank lines are skipped.
  static func records(in text: String) throws(SyntaxError) -> [[Field]] {
    var scalars = Array(text.unicodeScalars)[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var records: [[Field]] = []
    var record: [Field] = []
    var line = 1
    var column = 1
    var index = scalars.startIndex

    // CR, LF and CR LF each end one line, inside quoted fields too.
    func advance() {
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

    while index < scalars.endIndex {
      let start = SourceLocation(line: line, column: column)
      var field = String.UnicodeScalarView()
      if scalars[index] == "\"" {
        advance()
        var closed = false
        while index < scalars.endIndex {
          if scalars[index] == "\"" {
            advance()
            if index < scalars.endIndex, scalars[index] == "\"" {
              field.append("\"")
              advance()
            } else {
              closed = true
              break
            }
          } else {
            field.append(scalars[index])
            advance()
          }
        }
        guard closed else {
          throw SyntaxError(message: "a quoted field is not closed", location: start)
        }
        if index < scalars.endIndex, !",\r\n".unicodeScalars.contains(scalars[index]) {
          throw SyntaxError(
            message:
              "unexpected '\(Character(scalars[index]))' after a closing quote; double a quote inside a quoted field",
            location: SourceLocation(line: line, column: column))
        }
      } else {
        while index < scalars.endIndex, !",\r\n".unicodeScalars.contains(scalars[index]) {
          if scalars[index] == "\"" {
            throw SyntaxError(
              message:
                "a quote inside an unquoted field; quote the whole field and double the quote",
              location: SourceLocation(line: line, column: column))
          }
          field.append(scalars[index])
          advance()
        }
      }
      record.append(Field(text: String(field), location: start))
      if index < scalars.endIndex, scalars[index] == "," {
        advance()
        if index == scalars.endIndex {
          record.append(Field(text: "", location: SourceLocation(line: line, column: column)))
        }
        continue
      }
      // End of record: CRLF, LF, CR, or end of text.
      if index < scalars.endIndex, scalars[index] == "\r" { advance() }
      if index < scalars.endIndex, scalars[index] == "\n" { advance() }
      if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
      record = []
    }
    if !record.isEmpty { records.append(record) }
    return records
  }
}
