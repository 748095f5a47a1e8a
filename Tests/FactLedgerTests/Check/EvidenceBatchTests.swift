import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Large evidence files are read a batch of items at a time (`EvidenceLoader.batchSize`): what
/// comes out must not show where one batch ended and the next began.
@Suite("Evidence read a batch at a time")
struct EvidenceBatchTests {
  /// More items than two batches, so that three batches meet.
  private static let count = EvidenceLoader.batchSize * 2 + 7

  private static func id(_ index: Int) -> String { "ev-\(index)" }

  private static func jsonItem(_ index: Int, claim: String = "c1") -> String {
    #"{"id": "\#(id(index))", "claims": ["\#(claim)"], "source": {"publisher": "TASS"}, "facts": {"durationDays": \#(index % 10)}}"#
  }

  private static func load(_ text: String, as name: String) throws -> [EvidenceItem] {
    let folder = try TemporaryFolder()
    try folder.write(text, to: name)
    return try EvidenceLoader().load(at: folder.path + "/" + name, claimIDs: ["c1"])
  }

  private static func problems(_ text: String, as name: String) throws -> [String] {
    do {
      _ = try load(text, as: name)
      return []
    } catch let error as EvidenceError {
      guard case .invalid(let diagnostics) = error else { return [error.message] }
      return diagnostics.map { "\($0.location): \($0.message) [\($0.rule)]" }
    }
  }

  /// Items with their file's path and place cleared, to compare across formats.
  private static func placeless(_ items: [EvidenceItem]) -> [EvidenceItem] {
    items.map { item in
      var item = item
      item.path = ""
      item.location = .start
      return item
    }
  }

  @Test(
    "every item of a file larger than a batch is read, in order, the same from all three formats")
  func allItemsInOrder() throws {
    let indices = Array(0..<Self.count)
    let json = #"{"items": ["# + indices.map { Self.jsonItem($0) }.joined(separator: ",\n") + "]}"
    // A blank line every 1,000 lines: line numbers count them.
    let lines = indices.map { ($0 % 1_000 == 999 ? "\n" : "") + Self.jsonItem($0) }
      .joined(separator: "\n")
    let csv =
      "id,claims,source.publisher,facts.durationDays\r\n"
      + indices.map { "\(Self.id($0)),c1,TASS,\($0 % 10)\r\n" }.joined()

    let fromJSON = try Self.load(json, as: "e.json")
    let fromLines = try Self.load(lines, as: "e.jsonl")
    let fromCSV = try Self.load(csv, as: "e.csv")
    #expect(fromJSON.map(\.id) == indices.map(Self.id))
    #expect(Self.placeless(fromLines) == Self.placeless(fromJSON))
    #expect(Self.placeless(fromCSV) == Self.placeless(fromJSON))
    // Item i stands on line i + 1, one more for each blank line before it.
    let lastLine = fromLines.last.map(\.location.line)
    #expect(lastLine == Self.count + (Self.count - 1) / 1_000)
    #expect(fromCSV.last.map(\.location.line) == Self.count + 1)
  }

  @Test(
    "problems in later batches keep their lines: a broken line, a repeated id, an unknown claim")
  func problemsAcrossBatches() throws {
    let brokenLine = Self.count - 3
    let repeatLine = Self.count - 1
    let unknownLine = EvidenceLoader.batchSize + 2
    let lines = (1...Self.count).map { line in
      switch line {
      case brokenLine: #"{"id": "ev-broken", "claims": ["#
      case repeatLine: Self.jsonItem(1)
      case unknownLine: Self.jsonItem(line, claim: "c9")
      default: Self.jsonItem(line)
      }
    }
    .joined(separator: "\n")
    let broken: JSONSyntaxError
    do {
      _ = try JSONParser().parse(#"{"id": "ev-broken", "claims": ["#)
      Issue.record("the broken line parsed")
      return
    } catch {
      broken = error
    }
    let found = try Self.problems(lines, as: "e.jsonl")
    let idColumn = #"{"id": "#.count + 1
    let claimColumn = #"{"id": "\#(Self.id(unknownLine))", "claims": ["#.count + 1
    #expect(
      found == [
        "\(unknownLine):\(claimColumn): unknown claim 'c9' (item '\(Self.id(unknownLine))'): no record of the ledger has this id [unknown-claim]",
        "\(brokenLine):\(broken.location.column): \(broken.message) [json-syntax]",
        "\(repeatLine):\(idColumn): duplicate evidence id 'ev-1' (first at 1:1) [duplicate-id]",
      ])
  }
}
