import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The text report groups claims by status, most urgent first, each group in ledger order, and
/// hands a large report on in pieces.
@Suite("The check's text report")
struct CheckTextWriterTests {
  private let report: CheckReport

  init() throws {
    let ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
    let items = try EvidenceLoader().load(
      at: RepositoryPaths.ledger + "/evidence/crespo-2020-05-27.json",
      claimIDs: Set(ledger.claims.map(\.id)))
    report = ClaimChecker(ledger: ledger).check(items)
  }

  /// The ids under each status heading, in the order the text lists them.
  private static func groups(in text: String) -> [(String, [String])] {
    var groups: [(String, [String])] = []
    for line in text.split(separator: "\n") {
      if let open = line.firstIndex(of: " "), line[line.index(after: open)...].hasPrefix("("),
        line.uppercased() == line, line.hasSuffix(")")
      {
        groups.append((String(line[..<open]).lowercased(), []))
      } else if !line.hasPrefix(" "), let id = line.split(separator: " ").first,
        !groups.isEmpty, !line.contains(" claims checked")
      {
        groups[groups.count - 1].1.append(String(id))
      }
    }
    return groups
  }

  @Test("statuses most urgent first, each with its claims in ledger order and its count")
  func groupsInOrder() {
    let text = CheckTextWriter().write(report)
    let expected = CheckReport.OverallStatus.allCases.compactMap { status in
      let ids = report.results.filter { $0.overall == status }.map(\.id)
      return ids.isEmpty ? nil : (status.rawValue, ids)
    }
    let found = Self.groups(in: text)
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
    #expect(expected.count > 1)
    for (status, ids) in expected {
      #expect(text.contains("\(status.uppercased()) (\(ids.count))\n\n"))
    }
    #expect(text.hasSuffix(report.summary + "\n"))
  }

  @Test("a large report comes in parts of a few hundred claims that join into the whole text")
  func largeReportInPieces() {
    var large = report
    large.results = Array(repeating: report.results, count: 200).flatMap { $0 }
    var pieces: [[UInt8]] = []
    CheckTextWriter().write(large) { pieces.append($0) }
    let whole = String(decoding: pieces.joined(), as: UTF8.self)
    #expect(whole == Self.reference(large))
    #expect(pieces.count > 2)
    let largestClaim = 8_192
    #expect(pieces.allSatisfy { $0.count < ParallelPieces.partSize * largestClaim })
    #expect(
      pieces.allSatisfy {
        String(decoding: $0, as: UTF8.self).components(separatedBy: "\n  claim: ").count - 1
          <= ParallelPieces.partSize
      })
    #expect(Self.groups(in: whole).map(\.1.count).reduce(0, +) == large.results.count)
  }

  /// The text report as it was written before it came in pieces: the whole text at once, the
  /// groups made by filtering the results.
  private static func reference(_ report: CheckReport) -> String {
    var output = ""
    for status in CheckReport.OverallStatus.allCases {
      let results = report.results.filter { $0.overall == status }
      guard !results.isEmpty else { continue }
      output += "\(status.rawValue.uppercased()) (\(results.count))\n\n"
      for result in results {
        output +=
          "\(result.id)  \(result.kind.rawValue)  attribution: \(result.attribution.rawValue)  content: \(result.content.rawValue)\n"
        output += "  \(Escape.terminal(result.path)):\(result.line)\n"
        output += "  claim: \(Escape.terminal(result.text))\n"
        if !result.reasons.isEmpty {
          output += "  reasons: \(result.reasons.map(\.rawValue).joined(separator: ", "))\n"
        }
        for assertion in result.assertions {
          output +=
            "  [\(assertion.state.mark)] \(assertion.field.rawValue): \(Escape.terminal(assertion.value))\n"
          for detail in assertion.details { output += "       \(Escape.terminal(detail))\n" }
        }
        for note in result.notes { output += "  note: \(Escape.terminal(note))\n" }
        let evidence = result.evidence.isEmpty ? "none" : result.evidence.joined(separator: ", ")
        output += "  evidence: \(Escape.terminal(evidence))\n\n"
      }
    }
    return output + report.summary + "\n"
  }
}
