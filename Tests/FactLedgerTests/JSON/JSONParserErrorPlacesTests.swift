import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Errors anywhere in a record: a shipped claim record (with escapes, non-ASCII text, numbers,
/// a boolean and nested containers) is broken at each of its byte offsets in four ways, and
/// every message and line:column must be the one the parser of commit 01136c9 gave, before
/// its fast paths were last changed (`Tests/Fixtures/json-errors/errors.txt`, one line per
/// offset and way).
@Suite("JSON parser: an error at every place of a record")
struct JSONParserErrorPlacesTests {
  private static let folder = RepositoryPaths.root.appendingPathComponent(
    "Tests/Fixtures/json-errors")

  /// Each way a byte offset is broken: cut there, a control byte, a backslash put before it,
  /// a byte that is never UTF-8.
  static func outcomes(of record: [UInt8]) -> [String] {
    var lines: [String] = []
    for offset in 0...record.count {
      var inserted = record
      inserted.insert(UInt8(ascii: "\\"), at: offset)
      var broken: [(String, [UInt8])] = [
        ("cut", Array(record[..<offset])), ("backslash", inserted),
      ]
      if offset < record.count {
        for (name, byte) in [("control", UInt8(0x01)), ("not-utf8", UInt8(0xFF))] {
          var replaced = record
          replaced[offset] = byte
          broken.append((name, replaced))
        }
      }
      for (name, bytes) in broken {
        let outcome: String
        do {
          _ = try JSONParser().parse(bytes)
          outcome = "parsed"
        } catch {
          outcome = "\(error.location): \(error.message)"
        }
        lines.append("\(offset) \(name) \(outcome)")
      }
    }
    return lines
  }

  @Test("every break of the record is reported with the message and place recorded")
  func recordedErrors() throws {
    let record = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("record.json")))
    let recorded = try String(
      contentsOf: Self.folder.appendingPathComponent("errors.txt"), encoding: .utf8)
    let lines = Self.outcomes(of: record)
    #expect(lines.count == 4 * record.count + 2)
    let expected = recorded.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == expected.count)
    for (line, expectedLine) in zip(lines, expected) where line != expectedLine {
      Issue.record("\(line)\n  recorded: \(expectedLine)")
    }
  }
}
