/// The CSV form of evidence: one item a row, under a header row that names the columns.
///
/// Columns: `id`, `claims`, `stance`, `source.publisher`, `source.url`, `source.published`,
/// `source.title`, `excerpt`, `note`, and `facts.<field>` for `start`, `end`, `date`,
/// `durationDays`, `participants`, `location`, `within`, `count`, `amount`, `quote`, `speaker`,
/// `role`, `venue`, `event`, `organization`, `outlet`: every field a JSON item can have. Lists
/// (`claims`, `facts.participants`, `facts.location`) separate their values with `;`.
/// `facts.within` holds places inside others, `;` between places, each written
/// `place > container > container` (`Tsugol training ground > Zabaykalsky Krai > Siberia`). A quantity (`facts.count`,
/// `facts.amount`) is a number, a space and a unit: `4 ship`. Numbers are read only as JSON
/// writes them, keeping their literal text; any other cell is a string. An empty cell is an
/// absent value. Columns may come in any order; an unknown column is an error.
enum EvidenceCSV {
  /// The columns, in the order `factledger` writes them.
  static let columns = [
    "id", "claims", "stance", "source.publisher", "source.url", "source.published",
    "source.title", "excerpt", "note", "facts.start", "facts.end", "facts.date",
    "facts.durationDays", "facts.participants", "facts.location", "facts.within", "facts.count",
    "facts.amount",
    "facts.quote", "facts.speaker", "facts.role", "facts.venue", "facts.event",
    "facts.organization", "facts.outlet",
  ]

  private static let listColumns: Set = ["claims", "facts.participants", "facts.location"]
  private static let quantityColumns: Set = ["facts.count", "facts.amount"]

  /// Each data row as an evidence item in JSON, its values at their cells' positions.
  ///
  /// - Parameter maxCellBytes: The longest cell accepted, in UTF-8 bytes (a CSV cell is a JSON
  ///   string once read, so the limit on strings applies).
  /// - Throws: `CSVReader.SyntaxError` for malformed CSV, an empty file, an unknown or
  ///   repeated column, a row with more or fewer cells than the header, or a cell past the
  ///   limit.
  static func items(
    in text: String, maxCellBytes: Int = InputLimits.default.maxStringBytes
  ) throws(CSVReader.SyntaxError) -> [JSONValue] {
    let rows = try rows(in: text, maxCellBytes: maxCellBytes)
    return (0..<rows.count).map(rows.item(at:))
  }

  /// The data rows of a CSV file, checked as `items(in:maxCellBytes:)` checks them, each made
  /// an item in JSON only when asked for: a large file is read a batch of items at a time.
  struct Rows: Sendable {
    fileprivate let header: [String]
    fileprivate let rows: ArraySlice<[CSVReader.Field]>

    /// How many data rows there are.
    var count: Int { rows.count }

    /// Data row `offset` (0 for the first after the header) as an evidence item in JSON.
    func item(at offset: Int) -> JSONValue {
      EvidenceCSV.item(from: rows[rows.startIndex + offset], header: header)
    }
  }

  /// The data rows of `text`; throws what `items(in:maxCellBytes:)` throws.
  static func rows(in text: String, maxCellBytes: Int) throws(CSVReader.SyntaxError) -> Rows {
    let records = try CSVReader.records(in: text)
    for cell in records.joined() where cell.text.utf8.count > maxCellBytes {
      throw CSVReader.SyntaxError(
        message: InputLimit.stringBytes.describe(found: cell.text.utf8.count, limit: maxCellBytes),
        location: cell.location, rule: .inputLimit)
    }
    guard let header = records.first else {
      throw CSVReader.SyntaxError(
        message:
          "the file is empty: a CSV evidence file starts with a header row naming its columns",
        location: .start)
    }
    var seen: Set<String> = []
    for field in header {
      guard columns.contains(field.text) else {
        throw CSVReader.SyntaxError(
          message:
            "unknown column '\(field.text)'; the columns are \(columns.joined(separator: ", "))",
          location: field.location)
      }
      guard seen.insert(field.text).inserted else {
        throw CSVReader.SyntaxError(
          message: "column '\(field.text)' appears twice", location: field.location)
      }
    }
    // A row of another width is refused, fewer cells as well as more: a comma left out
    // puts every cell after it under the wrong column.
    for row in records.dropFirst() where row.count != header.count {
      let more = row.count > header.count
      throw CSVReader.SyntaxError(
        message:
          "this row has \(row.count) cell\(row.count == 1 ? "" : "s"), \(more ? "more" : "fewer") than the \(header.count) columns of the header",
        location: more ? row[header.count].location : row.last?.location ?? .start)
    }
    return Rows(header: header.map(\.text), rows: records.dropFirst())
  }

  fileprivate static func item(from row: [CSVReader.Field], header: [String]) -> JSONValue {
    var top: [JSONMember] = []
    var source: [JSONMember] = []
    var facts: [JSONMember] = []
    for (column, cell) in zip(header, row) where !cell.text.isEmpty {
      let value = self.value(of: cell, column: column)
      if column.hasPrefix("source.") {
        source.append(
          JSONMember(key: String(column.dropFirst(7)), keyLocation: cell.location, value: value))
      } else if column.hasPrefix("facts.") {
        facts.append(
          JSONMember(key: String(column.dropFirst(6)), keyLocation: cell.location, value: value))
      } else {
        top.append(JSONMember(key: column, keyLocation: cell.location, value: value))
      }
    }
    let start = row.first?.location ?? .start
    if !source.isEmpty {
      top.append(
        JSONMember(key: "source", value: JSONValue(.object(source), at: source[0].keyLocation)))
    }
    if !facts.isEmpty {
      top.append(
        JSONMember(key: "facts", value: JSONValue(.object(facts), at: facts[0].keyLocation)))
    }
    return JSONValue(.object(top), at: start)
  }

  private static func value(of cell: CSVReader.Field, column: String) -> JSONValue {
    let text = cell.text
    if listColumns.contains(column) {
      let parts = text.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
      return JSONValue(
        .array(parts.map { JSONValue(.string($0), at: cell.location) }), at: cell.location)
    }
    if quantityColumns.contains(column), let space = text.firstIndex(of: " ") {
      if let amount = JSONNumber(literal: String(text[..<space])) {
        return JSONValue(
          .object([
            JSONMember(
              key: "amount", keyLocation: cell.location,
              value: JSONValue(.number(amount), at: cell.location)),
            JSONMember(
              key: "unit", keyLocation: cell.location,
              value: JSONValue(.string(text[space...].trimmingSpaces), at: cell.location)),
          ]), at: cell.location)
      }
    }
    if column == "facts.within" {
      var members: [JSONMember] = []
      for entry in text.split(separator: ";") {
        let names = entry.split(separator: ">").map { $0.trimmingSpaces }
        guard let place = names.first, !place.isEmpty else { continue }
        members.append(
          JSONMember(
            key: place, keyLocation: cell.location,
            value: JSONValue(
              .array(names.dropFirst().map { JSONValue(.string($0), at: cell.location) }),
              at: cell.location)))
      }
      return JSONValue(.object(members), at: cell.location)
    }
    if column == "facts.durationDays", let number = JSONNumber(literal: text) {
      return JSONValue(.number(number), at: cell.location)
    }
    return JSONValue(.string(text), at: cell.location)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
