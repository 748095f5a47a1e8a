import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("CSV evidence cells: numbers by the JSON number grammar")
struct EvidenceCSVTests {
  private static func facts(_ column: String, _ cell: String) throws -> JSONValue? {
    let text = "id,claims,source.publisher,\(column)\r\nev-1,c1,TASS,\(cell)\r\n"
    return try EvidenceCSV.items(in: text).first?["facts"]?[String(column.dropFirst(6))]
  }

  private static let jsonNumbers = [
    "4", "0", "-1", "4.0", "4.50", "-0", "-0.5", "4e0", "4E+0", "1e-3", "12345678901234567890",
  ]

  private static let notNumbers = [
    "0x1p2", "0x10", "nan", "NaN", "inf", "-inf", "Infinity", "+4", "04", "-04", "00", "1.",
    ".5", "-.5", "1e", "1e+", "1.e3", "-", "--1", "4_000", "١", "4\u{2009}",
  ]

  @Test("a cell that is a JSON number is a number, with its literal text", arguments: jsonNumbers)
  func number(cell: String) throws {
    #expect(
      try Self.facts("facts.durationDays", cell) == JSONValue(.number(JSONNumber(literal: cell)!)))
    #expect(
      try Self.facts("facts.count", "\(cell) ship")
        == .object([
          "amount": JSONValue(.number(JSONNumber(literal: cell)!)), "unit": .string("ship"),
        ]))
  }

  @Test("a cell JSON would not read as a number is a string", arguments: notNumbers)
  func notNumber(cell: String) throws {
    #expect(try Self.facts("facts.durationDays", cell) == .string(cell))
    #expect(try Self.facts("facts.count", "\(cell) ship") == .string("\(cell) ship"))
  }

  private static func problems(_ csv: String) throws -> [String] {
    let folder = try TemporaryFolder()
    try folder.write(csv, to: "evidence.csv")
    return try FileValidator().validate(fileAt: folder.path + "/evidence.csv").map {
      "\($0.location): \($0.message)"
    }
  }

  @Test("a cell that is not a number is refused by the schema at its line and column")
  func refusedAtItsCell() throws {
    let csv =
      "id,claims,source.publisher,facts.durationDays,facts.amount\r"
      + "ev-1,c1,TASS,0x1p2,4 ship\r"
      + "ev-2,c1,TASS,4,nan km\r\n"
      + "ev-3,c1,TASS,+4,1. km\n"
    #expect(
      try Self.problems(csv) == [
        "2:14: /facts/durationDays: expected integer, not string (item 'ev-1')",
        "3:16: /facts/amount: expected object, not string (item 'ev-2')",
        "4:14: /facts/durationDays: expected integer, not string (item 'ev-3')",
        "4:17: /facts/amount: expected object, not string (item 'ev-3')",
      ])
  }
}
