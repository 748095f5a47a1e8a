import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("CSV line ends: CR, CRLF and LF each end one line")
struct CSVReaderTests {
  private static let lineEnds = ["\n", "\r\n", "\r"]

  private static func positions(_ text: String) throws -> [[String]] {
    try CSVReader.records(in: text).map { record in
      record.map { "\($0.text)@\($0.location.line):\($0.location.column)" }
    }
  }

  @Test("records and positions are the same whichever line end the file uses", arguments: lineEnds)
  func records(end: String) throws {
    #expect(
      try Self.positions(["a,b", "1,2", "3,4"].joined(separator: end) + end) == [
        ["a@1:1", "b@1:3"], ["1@2:1", "2@2:3"], ["3@3:1", "4@3:3"],
      ])
  }

  @Test("line ends inside a quoted cell count, and the cell keeps them", arguments: lineEnds)
  func quotedLineEnds(end: String) throws {
    let text = "a,b" + end + "\"x" + end + "y\",z" + end + "w,v"
    #expect(
      try Self.positions(text) == [
        ["a@1:1", "b@1:3"], ["x\(end)y@2:1", "z@3:4"], ["w@4:1", "v@4:3"],
      ])
  }

  @Test("syntax errors stand at their line and column", arguments: lineEnds)
  func errors(end: String) {
    #expect(
      throws: CSVReader.SyntaxError(
        message: "unexpected 'y' after a closing quote; double a quote inside a quoted field",
        location: SourceLocation(line: 3, column: 6))
    ) {
      try CSVReader.records(in: "a,b" + end + "1,2" + end + "1,\"x\"y")
    }
    #expect(
      throws: CSVReader.SyntaxError(
        message: "a quote inside an unquoted field; quote the whole field and double the quote",
        location: SourceLocation(line: 4, column: 4))
    ) {
      try CSVReader.records(in: "a,b" + end + "\"1" + end + "\",2" + end + "1,x\"y")
    }
  }

  @Test("CR LF is one line end, a CR after it is another, and blank lines are skipped")
  func mixedLineEnds() throws {
    #expect(
      try Self.positions("a\r\n\rb\n\nc\r\rd\r\n") == [["a@1:1"], ["b@3:1"], ["c@5:1"], ["d@7:1"]])
  }
}
