import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A CSV evidence file is a header and rows as wide as it: a row of another width (a comma
/// left out puts every cell after it under the wrong column) and an empty file are refused at
/// their place, by `check` and by `validate` alike.
@Suite("CSV evidence: the header and the width of its rows")
struct EvidenceCSVShapeTests {
  static let header = "id,claims,source.publisher,facts.start,facts.end"

  @Test(
    "a row of another width, or an empty file, is refused where it goes wrong",
    arguments: [
      (
        "\(header)\nev-1,c1,TASS,2019-12-27,2019-12-30\nev-2,c1,TASS 2019-12-27,2019-12-30\n",
        "3:25: this row has 4 cells, fewer than the 5 columns of the header"
      ),
      (
        "\(header)\nev-1,c1,TASS,2019-12-27,2019-12-30,extra\n",
        "2:36: this row has 6 cells, more than the 5 columns of the header"
      ),
      ("\(header)\nev-1\n", "2:1: this row has 1 cell, fewer than the 5 columns of the header"),
      (
        "",
        "1:1: the file is empty: a CSV evidence file starts with a header row naming its columns"
      ),
    ])
  func refused(text: String, problem: String) throws {
    let folder = try TemporaryFolder()
    try folder.write(text, to: "e.csv")
    let path = folder.path + "/e.csv"
    do {
      _ = try EvidenceLoader().load(at: path, claimIDs: ["c1"])
      Issue.record("the file was read")
    } catch {
      guard case .invalid(let findings) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(findings.map { "\($0.location): \($0.message)" } == [problem])
      #expect(findings.allSatisfy { $0.rule == .csvSyntax })
    }
    let validated = try FileValidator().validate(fileAt: path)
    #expect(validated.map { "\($0.location): \($0.message)" } == [problem])
  }

  @Test("a header alone is a file of no items; rows as wide as the header are read")
  func wellFormed() throws {
    #expect(try EvidenceCSV.items(in: "\(Self.header)\n").isEmpty)
    let items = try EvidenceCSV.items(
      in: "\(Self.header)\nev-1,c1,TASS,,\nev-2,c1,TASS,2019,2020\n")
    #expect(items.map { $0["id"]?.stringValue } == ["ev-1", "ev-2"])
  }
}
