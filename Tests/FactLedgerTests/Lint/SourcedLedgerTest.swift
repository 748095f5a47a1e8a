import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A test that starts from a copy of `Tests/Fixtures/lint/sourced-ledger`, which is clean,
/// and breaks one thing in it.
protocol SourcedLedgerTest {
  /// The copy's ledger folder.
  var root: String { get }
}

extension SourcedLedgerTest {
  /// The claims folder of the copy's one article, ending in `/`.
  var claims: String { root + "/articles/wire-2020-01-02/claims/" }

  /// Copies the fixture into `folder`, giving its ledger folder.
  static func copyFixture(into folder: TemporaryFolder) throws -> String {
    let root = folder.path + "/Ledger"
    try FileManager.default.copyItem(
      atPath: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/lint/sourced-ledger")
        .path, toPath: root)
    return root
  }

  /// Rewrites `file` with `change`, which must change it.
  func edit(_ file: String, _ change: (String) -> String) throws {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let changed = change(text)
    #expect(changed != text, "the edit of \(file) changed nothing")
    try changed.write(toFile: file, atomically: true, encoding: .utf8)
  }

  func lint() throws -> LintReport { try Linter().lint(at: root) }

  func rules(_ report: LintReport) -> [RuleID] { report.findings.map(\.rule) }
}
