import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Reading evidence")
struct EvidenceLoaderTests {
  @Test(
    "CSV: quoted fields hold commas, doubled quotes and line breaks; each field keeps its position")
  func csvFields() throws {
    let text = "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n2,,z"
    let records = try CSVReader.records(in: text)
    #expect(
      records.map { $0.map(\.text) } == [
        ["a", "b", "c"], ["1", "x, \"y\"", "two\nlines"], ["2", "", "z"],
      ])
    #expect(records[1][2].location == SourceLocation(line: 2, column: 14))
    #expect(records[2][2].location == SourceLocation(line: 4, column: 4))
  }

  @Test(
    "CSV syntax errors name the place",
    arguments: [
      ("a,b\n1,\"open", "a quoted field is not closed", 2, 3),
      (
        "a,b\n1,x\"y",
        "a quote inside an unquoted field; quote the whole field and double the quote", 2, 4
      ),
      (
        "a,b\n1,\"x\"y",
        "unexpected 'y' after a closing quote; double a quote inside a quoted field", 2, 6
      ),
    ])
  func csvErrors(text: String, message: String, line: Int, column: Int) {
    #expect(
      throws: CSVReader.SyntaxError(
        message: message, location: SourceLocation(line: line, column: column))
    ) {
      try CSVReader.records(in: text)
    }
  }

  private func write(_ text: String, as name: String) throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    try folder.write(text, to: name)
    return (folder, folder.path + "/" + name)
  }

  private func problems(_ text: String, as name: String, claims: Set<String> = ["c1"]) throws
    -> [String]
  {
    let (folder, path) = try write(text, as: name)
    defer { _ = folder }
    do {
      _ = try EvidenceLoader().load(at: path, claimIDs: claims)
      return []
    } catch {
      guard case .invalid(let diagnostics) = error else { return [error.message] }
      return diagnostics.map { "\($0.location): \($0.message) [\($0.rule)]" }
    }
  }

  @Test("an invalid evidence file is refused whole, with every problem, its place and the item id")
  func invalidJSON() throws {
    let text = """
      {"items": [
        {"id": "ev-1", "claims": ["c1"], "source": {"publisher": "TASS"}, "facts": {"start": "2019-13-01"}},
        {"id": "ev-2", "claims": ["c9"], "source": {"publisher": "TASS"}},
        {"id": "ev-1", "claims": ["c1"], "source": {"publisher": "TASS"}, "stance": "agrees"}
      ]}
      """
    #expect(
      try problems(text, as: "evidence.json") == [
        "2:88: /items/0/facts/start: \"2019-13-01\" is not a valid date (item 'ev-1') [schema-violation]",
        "3:29: unknown claim 'c9' (item 'ev-2'): no record of the ledger has this id [unknown-claim]",
        "4:79: /items/2/stance: \"agrees\" is not one of \"supports\", \"refutes\" (item 'ev-1') [schema-violation]",
      ])
  }

  @Test("a JSON file's own problems are listed once each, beside its items' problems")
  func fileProblems() throws {
    #expect(
      try problems(#"{"items": 5, "note": 1}"#, as: "e.json") == [
        "1:11: /items: expected array, not integer [schema-violation]",
        "1:14: /: unexpected property 'note' [schema-violation]",
      ])
    let text = """
      {"items": [
        {"id": "ev-1", "claims": ["c1"], "source": {"publisher": "TASS"}, "stance": "agrees"}
      ], "note": true}
      """
    #expect(
      try problems(text, as: "e.json") == [
        "2:79: /items/0/stance: \"agrees\" is not one of \"supports\", \"refutes\" (item 'ev-1') [schema-violation]",
        "3:4: /: unexpected property 'note' [schema-violation]",
      ])
    #expect(
      try problems(#"{"description": 3}"#, as: "e.json") == [
        "1:1: /: missing required property 'items' [schema-violation]",
        "1:17: /description: expected string, not integer [schema-violation]",
      ])
  }

  @Test(
    "a string past the limit in an evidence file is tagged input-limit, JSON or JSON Lines; bad syntax json-syntax"
  )
  func limitRule() throws {
    var limits = InputLimits.default
    limits.maxStringBytes = 8
    let message =
      "a string of more than 8 bytes goes past the limit of 8 (limits.maxStringBytes in factledger.json)"
    for (name, text) in [
      ("e.json", #"{"items": [{"id": "ev-1", "excerpt": "0123456789"}]}"#),
      ("e.jsonl", #"{"id": "ev-1", "excerpt": "0123456789"}"#),
    ] {
      let (folder, path) = try write(text, as: name)
      defer { _ = folder }
      do {
        _ = try EvidenceLoader(limits: limits).load(at: path, claimIDs: ["c1"])
        Issue.record("\(name) was read")
      } catch {
        guard case .invalid(let diagnostics) = error else {
          Issue.record("\(name): \(error)")
          continue
        }
        #expect(
          diagnostics.map { "\($0.message) [\($0.rule)]" } == ["\(message) [input-limit]"],
          "\(name)")
      }
    }
    #expect(try problems(#"{"items": [}"#, as: "e.json").first?.hasSuffix("[json-syntax]") == true)
  }

  @Test("JSON Lines and CSV errors point at the line and the cell")
  func linesAndCells() throws {
    let lines =
      #"{"id": "ev-1", "claims": ["c1"], "source": {"publisher": "TASS"}}"# + "\n\n"
      + #"{"id": "ev-2", "claims": ["c1"]}"#
    #expect(
      try problems(lines, as: "evidence.jsonl") == [
        "3:1: /: missing required property 'source' (item 'ev-2') [schema-violation]"
      ])
    let csv = "id,claims,source.publisher,facts.durationDays\r\nev-1,c1,TASS,four\r\n"
    #expect(
      try problems(csv, as: "evidence.csv") == [
        "2:14: /facts/durationDays: expected integer, not string (item 'ev-1') [schema-violation]"
      ])
    #expect(
      try problems("id,colour\r\n", as: "evidence.csv") == [
        "1:4: unknown column 'colour'; the columns are \(EvidenceCSV.columns.joined(separator: ", ")) [csv-syntax]"
      ])
  }

  @Test("the CSV form reads into the same items as the JSON form")
  func csvMatchesJSON() throws {
    let json =
      #"{"items": [{"id": "ev-1", "claims": ["c1", "c2"], "source": {"publisher": "TASS", "published": "2018-03"}, "excerpt": "He said, \"yes\".", "facts": {"participants": ["Russia", "China"], "durationDays": 4, "count": {"amount": 3, "unit": "ship"}}}]}"#
    let csv =
      "id,claims,source.publisher,source.published,excerpt,facts.participants,facts.durationDays,facts.count\r\nev-1,c1;c2,TASS,2018-03,\"He said, \"\"yes\"\".\",Russia; China,4,3 ship\r\n"
    let (jsonFolder, jsonPath) = try write(json, as: "e.json")
    let (csvFolder, csvPath) = try write(csv, as: "e.csv")
    defer { _ = (jsonFolder, csvFolder) }
    var fromJSON = try EvidenceLoader().load(at: jsonPath, claimIDs: ["c1", "c2"])
    var fromCSV = try EvidenceLoader().load(at: csvPath, claimIDs: ["c1", "c2"])
    for index in fromJSON.indices {
      fromJSON[index].path = ""
      fromJSON[index].location = .start
    }
    for index in fromCSV.indices {
      fromCSV[index].path = ""
      fromCSV[index].location = .start
    }
    #expect(fromJSON == fromCSV)
    #expect(fromCSV.first?.facts.count == Quantity(amount: 3, unit: "ship"))
  }

  @Test("a file of another kind is refused by its ending")
  func unknownFormat() throws {
    let (folder, path) = try write("x", as: "evidence.xml")
    defer { _ = folder }
    #expect(throws: EvidenceError.unknownFormat(path: path)) {
      try EvidenceLoader().load(at: path, claimIDs: [])
    }
  }
}
