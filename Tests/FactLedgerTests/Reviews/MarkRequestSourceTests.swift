import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("What mark --from reads: a check report's verdicts, or ids one a line")
struct MarkRequestSourceTests {
  private static func parse(_ text: String) throws(MarkRequestSource.Failure)
    -> MarkRequestSource
  {
    try MarkRequestSource.parse(Array(text.utf8), path: "from.txt")
  }

  /// The problems of a text that is no check report, as diagnostic lines.
  private static func problems(_ text: String) -> [String] {
    do {
      _ = try parse(text)
      return []
    } catch {
      guard case .invalid(let diagnostics) = error else { return [error.message] }
      return diagnostics.map(\.description)
    }
  }

  @Test("ids are one a line, trimmed; blank lines and # comments are left out")
  func idList() throws {
    let source = try Self.parse("# morning batch\n  claim-a \n\n#claim-b\r\nclaim-c\n")
    #expect(
      source
        == .claimIDs([
          .init("claim-a", at: SourceLocation(line: 2, column: 3)),
          .init("claim-c", at: SourceLocation(line: 5, column: 1)),
        ]))
    #expect(try Self.parse("") == .claimIDs([]))
    let twice = try Self.parse("claim-a\n\tclaim-b\nclaim-a\n")
    #expect(
      twice.places == [
        "claim-a": SourceLocation(line: 1, column: 1),
        "claim-b": SourceLocation(line: 2, column: 2),
      ])
  }

  @Test(
    "a check report gives its verified and disputed claims, with their evidence and reasons, in order"
  )
  func checkReport() throws {
    typealias F = CheckFixtures
    let assertions = [
      Assertion(field: .participants, value: .set(["Russia", "China"])), F.december2019,
    ]
    let ledger = F.ledger([
      F.claim("drill", assertions), F.claim("drill-again", assertions),
      F.claim("unchecked", assertions),
    ])
    let report = ClaimChecker(ledger: ledger).check([
      F.item(
        #"{"id": "ev-good", "claims": ["drill"], "source": {"publisher": "Reuters"}, "facts": {"start": "2019-12-27", "end": "2019-12-30", "participants": ["Russia", "China"]}}"#
      ),
      F.item(
        #"{"id": "ev-sep", "claims": ["drill-again"], "source": {"publisher": "Reuters"}, "facts": {"start": "2019-09-11", "end": "2019-09-17"}}"#
      ),
    ])
    #expect(report.results.map(\.overall) == [.verified, .disputed, .unsourced])
    let text = "\n  " + CheckJSONWriter().write(report)
    let source = try Self.parse(text)
    guard case .checkReport(let verdicts) = source else {
      Issue.record("not read as a report: \(source)")
      return
    }
    #expect(
      verdicts == [
        MarkRequestSource.Verdict(
          claimID: "drill", status: .verified, evidence: ["ev-good"], reasons: ["unsourced"],
          at: verdicts[0].location),
        MarkRequestSource.Verdict(
          claimID: "drill-again", status: .disputed, evidence: ["ev-sep"],
          reasons: ["date-mismatch", "unsourced"], at: verdicts[1].location),
      ])
    // Each verdict points at its id's value in the report.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for verdict in verdicts {
      let line = lines[verdict.location.line - 1]
      let column = line.unicodeScalars.index(
        line.unicodeScalars.startIndex, offsetBy: verdict.location.column - 1)
      #expect(line.unicodeScalars[column...].starts(with: "\"\(verdict.claimID)\"".unicodeScalars))
    }
  }

  @Test("an empty check report marks nothing")
  func emptyReport() throws {
    let text = CheckJSONWriter().write(ClaimChecker(ledger: CheckFixtures.ledger([])).check([]))
    #expect(try Self.parse(text) == .checkReport([]))
  }

  @Test(
    "a text that starts as JSON but does not parse is a json-syntax error at its place",
    arguments: [
      ("{\"results\": [\n", "from.txt:2:1: error: unexpected end of file, expected a value"),
      ("\n [\"claim-a\",]", "from.txt:2:13: error: unexpected ']', expected a value"),
      ("\u{FEFF}{}", "from.txt:1:1: error: the file starts with a byte order mark"),
    ])
  func syntaxError(text: String, prefix: String) {
    let problems = Self.problems(text)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix(prefix) == true, "\(problems)")
    #expect(problems.first?.hasSuffix(" [json-syntax]") == true)
  }

  @Test(
    "JSON that is no check report is a schema-violation error at the offending value",
    arguments: [
      ("[\"claim-a\"]", "from.txt:1:1: error: /: expected object, not array [schema-violation]"),
      (#"{"results": []}"#, "from.txt:1:1: error: /: "),
      (
        #"{"evidenceFiles": [], "results": [7], "summary": {"checked": 0, "notChecked": 0, "counts": {"disputed": 0, "unverified": 0, "unsourced": 0, "verified": 0}}}"#,
        "from.txt:1:35: error: /results/0: "
      ),
    ])
  func notAReport(text: String, prefix: String) {
    let problems = Self.problems(text)
    #expect(!problems.isEmpty)
    #expect(problems.first?.hasPrefix(prefix) == true, "\(problems)")
    #expect(problems.allSatisfy { $0.hasSuffix(" [schema-violation]") })
  }

  @Test("a file is read through BoundedFile with the evidence limit, and a missing one is named")
  func reading() throws {
    let folder = try TemporaryFolder()
    try folder.write("claim-a\n", to: "ids.txt")
    let path = folder.url.appendingPathComponent("ids.txt").path
    #expect(try MarkRequestSource.read(from: path) == .claimIDs([.init("claim-a", at: .start)]))
    var limits = InputLimits.default
    limits.maxEvidenceBytes = 4
    #expect(throws: MarkRequestSource.Failure.self) {
      try MarkRequestSource.read(from: path, limits: limits)
    }
    do {
      _ = try MarkRequestSource.read(from: "no-such-file.txt")
      Issue.record("a missing file was read")
    } catch {
      #expect(error.message == "cannot read 'no-such-file.txt': missing file")
    }
  }
}
